"""One label catalogue: every label the code asks for exists, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

from dashboard import i18n
from etl import labels

ROOT = Path(__file__).resolve().parent.parent
LITERAL = re.compile(r"""\bt\(\s*["']([a-z0-9_]+)["']\s*[,)]""")


def test_the_dashboard_reads_the_one_catalogue():
    assert i18n.LABELS is labels.LABELS and i18n.t is labels.t


def test_every_label_the_code_names_exists_in_both_languages():
    used = set()
    for path in [*ROOT.joinpath("dashboard").rglob("*.py"), *ROOT.joinpath("etl").rglob("*.py")]:
        used |= set(LITERAL.findall(path.read_text(encoding="utf-8")))
    assert len(used) > 100
    missing = sorted(k for k in used if k not in labels.LABELS)
    assert not missing, missing
    for key, (vi, en) in labels.LABELS.items():
        assert vi.strip() and en.strip(), key


def test_statuses_and_fact_names_in_the_loaders_messages_come_from_it():
    from etl.store.history import status_label

    assert status_label("superseded") == labels.t("batch_superseded").lower()
    assert status_label("rolled_back", "en") == "rolled back"
