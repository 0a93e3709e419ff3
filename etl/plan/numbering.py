"""Word's automatic list numbers ("II.", "2.1.", "a)", "-"), as the reader of the document
sees them.

A plan's structure is in its numbers: "II. MỤC TIÊU", "2. Mục tiêu cụ thể", "a) Năm 2026",
"- Báo cáo ...". A clerk who lets Word number the list stores no such text, only a
reference to a list definition (word/numbering.xml), directly on the paragraph or through
its style. python-docx gives the paragraph's text without them, and no well-kept library
renders them for python-docx's tree, so the counting is done here: per list and level,
restarting the deeper levels, in the list's format (decimal, letters, Roman numerals) and
its level text ("%1.%2."). A bullet of any glyph is written "-", as clerks type one.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    """Word's letters: a..z, then aa, bb, ... (the letter repeated)."""
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "none": lambda n: "",
}


@dataclass(frozen=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """The document's list definitions, and the counters as its paragraphs go by."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> ilvl -> Level
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId -> (numId, ilvl)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, archive: zipfile.ZipFile, parse: Callable[[bytes], object], wname) -> Numbering:
        """Read word/numbering.xml and word/styles.xml (either may be missing)."""
        numbering = cls()
        names = set(archive.namelist())
        if "word/numbering.xml" in names:
            numbering._read_numbering(parse(archive.read("word/numbering.xml")), wname)
        if "word/styles.xml" in names:
            numbering._read_styles(parse(archive.read("word/styles.xml")), wname)
        return numbering

    def _read_numbering(self, root, wname) -> None:
        abstract: dict[str, dict[int, Level]] = {}
        for el in root:
            if wname(el) == "abstractNum":
                abstract[_val(el, "abstractNumId")] = {
                    int(_val(lvl, "ilvl") or 0): _level(lvl, wname)
                    for lvl in el
                    if wname(lvl) == "lvl"
                }
        for el in root:
            if wname(el) != "num":
                continue
            levels = {}
            for child in el:
                if wname(child) == "abstractNumId":
                    levels = dict(abstract.get(_val(child, "val"), {}))
            for child in el:  # a list that restarts at another number
                if wname(child) == "lvlOverride":
                    ilvl = int(_val(child, "ilvl") or 0)
                    for o in child:
                        if wname(o) == "startOverride" and ilvl in levels:
                            base = levels[ilvl]
                            levels[ilvl] = Level(base.fmt, base.text, _int(_val(o, "val"), 1))
                        elif wname(o) == "lvl":
                            levels[ilvl] = _level(o, wname)
            self.levels[_val(el, "numId")] = levels

    def _read_styles(self, root, wname) -> None:
        based: dict[str, str] = {}
        own: dict[str, tuple[str, int]] = {}
        for style in root:
            if wname(style) != "style":
                continue
            sid = _val(style, "styleId")
            for child in style:
                if wname(child) == "basedOn":
                    based[sid] = _val(child, "val")
                elif wname(child) == "pPr":
                    found = _num_pr(child, wname)
                    if found:
                        own[sid] = found
        for sid in {*based, *own}:
            seen, cur = set(), sid
            while cur and cur not in own and cur not in seen:  # inherited from its base
                seen.add(cur)
                cur = based.get(cur)
            if cur in own:
                self.styles[sid] = own[cur]

    def label(self, paragraph, wname) -> str:
        """The number Word shows before ``paragraph`` ("" for none), counted in order."""
        found = None
        style = None
        for child in paragraph:
            if wname(child) == "pPr":
                found = _num_pr(child, wname)
                for el in child:
                    if wname(el) == "pStyle":
                        style = _val(el, "val")
        if found is None and style:
            found = self.styles.get(style)
        if found is None:
            return ""
        num_id, ilvl = found
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a deeper list starts again under the next item
        level = levels[ilvl]
        if level.fmt == "bullet":
            return "-"
        text = level.text
        for k in range(9, -1, -1):  # "%10" never: Word has nine levels, %1..%9
            if f"%{k + 1}" in text:
                lvl = levels.get(k, Level())
                n = counts.get(k, lvl.start)
                text = text.replace(f"%{k + 1}", FORMATS.get(lvl.fmt, str)(n))
        return text.strip()


def _val(el, name: str) -> str | None:
    for key, value in el.attrib.items():
        if key.rpartition("}")[2] == name:
            return value
    return None


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _level(lvl, wname) -> Level:
    fmt, text, start = "decimal", "", 1
    for child in lvl:
        name = wname(child)
        if name == "numFmt":
            fmt = _val(child, "val") or "decimal"
        elif name == "lvlText":
            text = _val(child, "val") or ""
        elif name == "start":
            start = _int(_val(child, "val"), 1)
    return Level(fmt, text, start)


def _num_pr(ppr, wname) -> tuple[str, int] | None:
    for el in ppr:
        if wname(el) == "numPr":
            num_id, ilvl = None, 0
            for child in el:
                if wname(child) == "numId":
                    num_id = _val(child, "val")
                elif wname(child) == "ilvl":
                    ilvl = _int(_val(child, "val"), 0)
            if num_id is not None:
                return num_id, ilvl
    return None
