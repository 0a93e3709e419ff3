"""Đơn vị: everything for one province, district or commune. (placeholder until its issue lands)"""

from dashboard.app_pages.stubs import render

render("page_unit")
