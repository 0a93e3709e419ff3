"""Nông thôn mới: communes by level, criterion heatmap, near misses, map. (placeholder until its issue lands)"""

from dashboard.app_pages.stubs import render

render("page_ntm")
