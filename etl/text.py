"""Vietnamese text helpers: one normal form for stored text, one folded key for matching."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def clean(value: object) -> str | None:
    """NFC, trimmed, inner runs of whitespace collapsed; empty becomes None."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value))
    text = _SPACES.sub(" ", text).strip()
    return text or None


def fold(value: object) -> str:
    """Accent-, case- and punctuation-insensitive key: 'Xã Hòa Tân' -> 'xahoatan'.

    Unicode decomposition strips tone marks; 'đ' has no decomposition, so it is mapped
    by hand.
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFD", str(value).lower()).replace("đ", "d")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _NON_ALNUM.sub("", text)


def fold_words(value: object) -> str:
    """Like :func:`fold` but keeps word boundaries as single spaces."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFD", str(value).lower()).replace("đ", "d")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", re.sub(r"[^0-9a-z]+", " ", text)).strip()
