"""Báo cáo định kỳ: past screenshot reports. (placeholder until its issue lands)"""

from dashboard.app_pages.stubs import render

render("page_reports")
