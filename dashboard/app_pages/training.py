"""Đào tạo, bồi dưỡng: targets against achieved. (placeholder until its issue lands)"""

from dashboard.app_pages.stubs import render

render("page_training")
