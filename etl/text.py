"""Vietnamese text helpers: one normal form for stored text, one folded key for matching.

Stored text is NFC, trimmed, with the tone mark placed the way the official unit names
write it ("Hòa", "Thủy", "Khỏe"), so "hoà" and "hòa" from two districts become one value.
Text typed in the legacy TCVN3 (.VnTime) or VNI encodings is converted with the tables
of the ``viparse`` package.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pyarrow as pa
import pyarrow.compute as pc

_SPACES = re.compile(r"\s+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Tone marks as combining characters (after NFD).
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# "oa", "oe", "uy" at the end of a syllable: the tone goes on the first vowel (hòa, khỏe,
# thủy). Not after "q" ("quý" is right: there "u" belongs to the consonant), and not when
# a consonant follows ("hoàn", "khuyết" are right as they are).
_TONE_MOVE = re.compile(
    rf"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}])(?![^\W\d_]|[\u0300-\u036f])",
)


# Quick test on NFC text before the exact (and slower) decomposed rule.
_TONE_CANDIDATE = re.compile("[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]")


def _move_tone(text: str) -> str:
    if not _TONE_CANDIDATE.search(text):
        return text
    decomposed = unicodedata.normalize("NFD", text)
    if not any(t in decomposed for t in _TONES):
        return text
    # NFD puts the tone after any other mark of the vowel, so "ỏ" is o + hook; the
    # pattern only sees bare o/u + a/e/y + tone, which is the case to fix.
    moved = _TONE_MOVE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", moved)


def clean(value: object) -> str | None:
    """NFC, one tone placement, trimmed, inner whitespace collapsed; empty becomes None."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    if not text:
        return None
    if text.isascii():
        return text
    return _move_tone(unicodedata.normalize("NFC", text))


# ASCII unit separator: joins many values into one string or key. Never typed in a cell,
# and clean() turns it into a space, so cleaned text never holds it.
SEPARATOR = "\x1f"
# Whitespace to rewrite: a run of two or more, or one that is not a plain space.
_ODD_SPACE = re.compile(r"[^\S\x1f]{2,}|[^\S\x1f ]")
_SEP_SPACE = re.compile(r" \x1f ?|\x1f ")


def clean_many(texts: list[str]) -> list[str | None]:
    """:func:`clean` for many strings at once: a few C-level passes over one joined
    string instead of a Python call per value (a 100k-name roster costs milliseconds)."""
    if "" in texts:  # blank cells: keep them out of the joined text (see below)
        cleaned = iter(clean_many([t for t in texts if t]))
        return [next(cleaned) if t else None for t in texts]
    joined = SEPARATOR.join(texts)
    if joined.count(SEPARATOR) != len(texts) - 1:  # a separator inside a cell: do it one by one
        return [clean(t) for t in texts]
    joined = unicodedata.normalize("NFC", joined)
    # str.split() also splits at the separator (it counts as whitespace). When every
    # whitespace character is a space or separator and each lies between two words, the
    # text is already clean and the slower regular expressions are skipped.
    words = joined.split()
    gaps = joined.count(" ") + len(texts) - 1
    if len(words) != gaps + 1 or len(joined) - sum(map(len, words)) != gaps:
        joined = _SEP_SPACE.sub(SEPARATOR, _ODD_SPACE.sub(" ", joined)).strip(" ")
    if _TONE_CANDIDATE.search(joined):
        joined = _move_tone(joined)  # the rule never crosses the separator
    return [t or None for t in joined.split(SEPARATOR)]


# Every character str.split() treats as whitespace, as an RE2 class (Arrow's regular
# expressions are RE2, whose \\s knows only ASCII spaces).
_WHITESPACE = [chr(c) for c in range(0x3001) if chr(c).isspace()]
_WS = "".join(f"\\x{{{ord(c):x}}}" for c in _WHITESPACE)
_ODD_WS = "".join(f"\\x{{{ord(c):x}}}" for c in _WHITESPACE if c != " ")
# Text that clean() would change beyond NFC: space at either end, a run of spaces, or a
# whitespace character other than a plain space (which also catches all-blank cells).
_NEEDS_CLEANING = f"^[{_WS}]|[{_WS}]$|[{_WS}][{_WS}]|[{_ODD_WS}]"
_TO_FIX = f"{_NEEDS_CLEANING}|{_TONE_CANDIDATE.pattern}"


def clean_array(texts: pa.Array) -> pa.Array:
    """:func:`clean` for an Arrow string column, in Arrow's C++ kernels.

    NFC is applied to every value at once; only the few values with odd whitespace or
    a tone mark to move (found by one RE2 scan) go through Python. The result equals
    ``[clean(t) for t in texts]``; empty text becomes null.
    """
    normal = pc.utf8_normalize(texts, "NFC")
    odd = pc.match_substring_regex(normal, _TO_FIX).fill_null(False)
    if pc.any(odd).as_py():
        fixed = clean_many(texts.filter(odd).to_pylist())
        normal = pc.replace_with_mask(normal, odd, pa.array(fixed, pa.string()))
    empty = pc.equal(normal, "").fill_null(False)
    if pc.any(empty).as_py():
        normal = pc.if_else(empty, pa.scalar(None, pa.string()), normal)
    return normal


def display_name(value: object) -> object:
    """A person's name as pages and exports show it: a name written all in capitals
    ("NGUYỄN VĂN AN", as some rosters do) in title case ("Nguyễn Văn An"); any other
    name, and anything that is not text, as stored. The stored name is never changed."""
    if not isinstance(value, str) or value != value.upper() or value == value.lower():
        return value
    return " ".join(word[:1] + word[1:].lower() for word in value.split(" "))


def fold(value: object) -> str:
    """Accent-, case- and punctuation-insensitive key: 'Xã Hòa Tân' -> 'xahoatan'.

    Unicode decomposition strips tone marks; 'đ' has no decomposition, so it is mapped
    by hand.
    """
    if value is None:
        return ""
    return _NON_ALNUM.sub("", strip_marks(str(value)))


def fold_words(value: object) -> str:
    """Like :func:`fold` but keeps word boundaries as single spaces."""
    if value is None:
        return ""
    return _SPACES.sub(" ", _NON_ALNUM.sub(" ", strip_marks(str(value)))).strip()


def slug(value: object, sep: str = "-") -> str:
    """ASCII for a file name: 'Huyện Mường Lát' -> 'huyen-muong-lat'."""
    return fold_words(value).replace(" ", sep)


@lru_cache(maxsize=200_000)
def strip_marks(text: str) -> str:
    """Lower case without tone marks, "đ" as "d" ("Không quá" -> "khong qua")."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


# ---------------------------------------------------------------- legacy encodings

LEGACY_FONTS = {".vn": "tcvn3", "vni": "vni"}


def encoding_for_font(font: str) -> str | None:
    """'.VnTime' -> 'tcvn3', 'VNI-Times' -> 'vni', anything else -> None."""
    name = font.strip().lower()
    for prefix, encoding in LEGACY_FONTS.items():
        if name.startswith(prefix):
            return encoding
    return None


def may_be_legacy(text: str) -> bool:
    """Legacy-encoded Vietnamese is all Latin-1 with some high characters; Unicode
    Vietnamese almost always has a character above U+00FF (ư, ơ, ă, đ, ạ, ế...)."""
    high = False
    for ch in text:
        code = ord(ch)
        if code > 0xFF:
            return False
        if code >= 0x80:
            high = True
    return high


def detect_legacy(samples: list[str]) -> str | None:
    """'tcvn3' or 'vni' when the text reads as Vietnamese only after conversion.

    Unicode Vietnamese nearly always has a letter above U+00FF somewhere in a cell, so a
    sheet is a legacy candidate only when most of its non-ASCII cells have none; then
    viparse's content model decides which table, if any, makes it Vietnamese.
    """
    import viparse

    non_ascii = [s for s in samples if not s.isascii()]
    legacy = [s for s in non_ascii if may_be_legacy(s)]
    if len(legacy) < 3 or len(legacy) < 0.8 * len(non_ascii):
        return None
    text = " ".join(legacy)[:20_000]
    if len(text) < 30:
        return None
    return viparse.detect_text_encoding(text)


def convert_legacy(text: str, encoding: str) -> str:
    import viparse

    if not may_be_legacy(text):
        return text
    return viparse.fix(text, encoding=encoding)
