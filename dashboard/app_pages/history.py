"""Lịch sử nạp: batches, download, rollback. (placeholder until its issue lands)"""

from dashboard.app_pages.stubs import render

render("page_history")
