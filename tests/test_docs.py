"""Docs that cannot drift: settings, make targets and the quick start."""

from __future__ import annotations

import re
from pathlib import Path

from etl import config

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented():
    for setting in config.SETTINGS:
        assert f"`{setting.env}`" in README, setting.env


def test_quick_start_is_two_commands():
    block = README.split("## Quick start", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make run", "make test"]


def test_documented_make_targets_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z-]+):", makefile, flags=re.MULTILINE))
    for target in re.findall(r"`make ([a-z-]+)`", README):
        assert target in targets, target
    assert {"run", "test", "install", "bench"} <= targets


def test_ci_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
