"""Every page of the dashboard, declared once.

The app's menu, the report capture, the benchmark and the tests all read :data:`PAGES`:
a page added here appears everywhere, and nothing else lists pages. Kept free of
Streamlit so the report command and the bench can import it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dashboard.queries import pages as page_queries
from dashboard.queries.scope import Scope
from etl.access.roles import Role

HERE = Path(__file__).parent / "app_pages"


@dataclass(frozen=True)
class Page:
    key: str  # stable name: report options, bench rows, tests
    label: str  # label key of its title in the menu (dashboard.i18n)
    script: str  # file in dashboard/app_pages
    url_path: str  # explicit: an inferred one follows the translated title
    icon: str
    section: str  # "dashboard" | "data": the menu's two groups
    title: str = ""  # label key of the page's own heading, when it differs from the menu's
    queries: Callable[[duckdb.DuckDBPyConnection, Scope], None] | None = None  # the bench
    reportable: bool = False  # can be a picture in a periodic report
    default: bool = False  # served at "/"
    needs: str = ""  # a right of etl.access.roles.Role ("upload", "admin"); "" for everyone

    def allowed(self, rights: Role | None) -> bool:
        """Whether a role may open it; ``None``: no accounts yet, everything is open."""
        return rights is None or not self.needs or bool(getattr(rights, self.needs))

    @property
    def path(self) -> Path:
        return HERE / self.script

    @property
    def heading(self) -> str:
        return self.title or self.label

    @property
    def served_at(self) -> str:
        """The URL path a browser opens: '' for the default page."""
        return "" if self.default else self.url_path


PAGES: tuple[Page, ...] = (
    Page(
        "overview",
        "page_overview",
        "overview.py",
        "tong-quan",
        ":material/dashboard:",
        "dashboard",
        title="overview_title",
        queries=page_queries.overview_page,
        reportable=True,
        default=True,
    ),
    Page(
        "officers",
        "page_officers",
        "officers.py",
        "can-bo",
        ":material/groups:",
        "dashboard",
        queries=page_queries.officers_page,
        reportable=True,
    ),
    Page(
        "ntm",
        "page_ntm",
        "ntm.py",
        "nong-thon-moi",
        ":material/agriculture:",
        "dashboard",
        queries=page_queries.ntm_page,
        reportable=True,
    ),
    Page(
        "training",
        "page_training",
        "training.py",
        "dao-tao",
        ":material/school:",
        "dashboard",
        queries=page_queries.training_page,
        reportable=True,
    ),
    Page(
        "unit",
        "page_unit",
        "unit.py",
        "don-vi",
        ":material/location_on:",
        "dashboard",
        queries=page_queries.unit_page,
        reportable=True,
    ),
    Page(
        "upload",
        "page_upload",
        "upload.py",
        "tai-du-lieu",
        ":material/upload_file:",
        "data",
        needs="upload",
    ),
    Page(
        "plan_import",
        "page_plan_import",
        "plan_import.py",
        "nhap-ke-hoach",
        ":material/post_add:",
        "data",
        needs="upload",
    ),
    Page("plan", "page_plan", "plan.py", "ke-hoach", ":material/article:", "data"),
    Page("history", "page_history", "history.py", "lich-su-nap", ":material/history:", "data"),
    Page(
        "templates", "page_templates", "templates.py", "bieu-mau", ":material/description:", "data"
    ),
    Page("reports", "page_reports", "reports.py", "bao-cao", ":material/print:", "data"),
    Page("audit", "page_audit", "audit.py", "nhat-ky", ":material/policy:", "data", needs="admin"),
)
SECTIONS = ("dashboard", "data")
BY_KEY = {p.key: p for p in PAGES}
REPORT_PAGES = tuple(p.key for p in PAGES if p.reportable)
QUERIED = {p.key: p.queries for p in PAGES if p.queries}
