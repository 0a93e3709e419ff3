"""What must stay true of the code and its configuration: XSRF protection on, and no
user data through raw HTML."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The only things that may become raw HTML: CSS built from constants and labels.
HTML_BUILDERS = {
    "uploader_style",
    "paragraph_html",
    "text_html",
}  # plan_view escapes every character


def test_xsrf_protection_stays_on():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableXsrfProtection"] is True
    assert config["client"]["showErrorDetails"] == "none"
    for path in [ROOT / "Makefile", *ROOT.joinpath("dashboard").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert "enableXsrfProtection false" not in text and "XsrfProtection=false" not in text


def _raw_html_calls():
    for path in ROOT.joinpath("dashboard").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            unsafe = any(
                k.arg == "unsafe_allow_html"
                and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                for k in node.keywords
            )
            if name == "html" or unsafe:
                yield path, node


def test_no_user_data_goes_through_raw_html():
    """st.html and unsafe_allow_html take only a constant or a CSS builder of labels,
    never a value read from the warehouse, a file or the reader."""
    seen = 0
    for path, node in _raw_html_calls():
        seen += 1
        assert node.args, (path, node.lineno)
        arg = node.args[0]
        ok = (
            (
                isinstance(arg, ast.JoinedStr)  # an f-string of CSS: check it names no data
                and all(
                    isinstance(v, ast.Constant)
                    or (
                        isinstance(v, ast.FormattedValue)
                        and isinstance(v.value, ast.Name)
                        and v.value.id in {"hidden", "held"}
                    )
                    for v in arg.values
                )
            )
            or (
                isinstance(arg, ast.Call)
                and getattr(arg.func, "id", getattr(arg.func, "attr", "")) in HTML_BUILDERS
            )
            or isinstance(arg, ast.Constant)
        )
        assert ok, f"{path.name}:{node.lineno} puts something other than constant CSS in raw HTML"
    assert seen >= 2  # the report style and the uploader's labels: the check looked
