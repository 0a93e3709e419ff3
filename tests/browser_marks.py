"""What every real-browser test module carries: Debian's chromium, the `browser` marker,
one xdist group (one browser at a time on two cores) and a skip where chromium is not
installed outside CI (`make test` installs it)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("TIENDO_CHROMIUM", "/usr/bin/chromium")

BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and not shutil.which("chromium") and not os.environ.get("CI"),
        reason="chromium is not installed (make test installs it)",
    ),
]
