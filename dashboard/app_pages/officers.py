"""Cán bộ: officer assignments by unit, programme, position and status. (placeholder until its issue lands)"""

from dashboard.app_pages.stubs import render

render("page_officers")
