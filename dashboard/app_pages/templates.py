"""Biểu mẫu: blank templates to download. (placeholder until its issue lands)"""

from dashboard.app_pages.stubs import render

render("page_templates")
