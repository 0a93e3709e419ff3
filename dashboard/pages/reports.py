"""Báo cáo định kỳ: past screenshot reports. (placeholder until its issue lands)"""

from dashboard.pages.stubs import render

render("page_reports")
