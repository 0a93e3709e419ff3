"""Tải dữ liệu: upload, preview, confirm. (placeholder until its issue lands)"""

from dashboard.pages.stubs import render

render("page_upload")
