"""Tải dữ liệu: upload, preview, confirm. (placeholder until its issue lands)"""

from dashboard.app_pages.stubs import render

render("page_upload")
