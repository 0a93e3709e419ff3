"""How a goal's value is held against its target: the one declaration of it.

Most plan targets are floors ("ít nhất 80%", "đào tạo 431 cán bộ"); some are ceilings, a
rate the plan wants to bring down ("tỷ lệ hộ nghèo còn dưới 4%"). A goal stores its
comparison (``fact_goal.comparison``; none stored means "ít nhất", the floor), and every
judgement (met, on track, the % of target) reads it from here: the dashboard, the goals
workbook's "So sánh" column and the plan reader's proposals.
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.text import strip_marks


@dataclass(frozen=True)
class Comparison:
    symbol: str  # as stored: ">=", ">", "<=", "<"
    ceiling: bool  # the target is the most allowed (a rate to bring down)
    strict: bool  # the target itself does not count as met ("trên 90%": 90% is not)
    vi: str  # as a Vietnamese reader says it before the target
    en: str
    words: tuple[str, ...]  # how a goals workbook may write it (any case, tones or not)


COMPARISONS: tuple[Comparison, ...] = (
    Comparison(
        ">=",
        False,
        False,
        "ít nhất",
        "at least",
        ("≥", "=", "ít nhất", "tối thiểu", "không dưới", "đạt"),
    ),
    Comparison(">", False, True, "trên", "more than", ("trên", "hơn", "vượt", "cao hơn")),
    Comparison(
        "<=",
        True,
        False,
        "không quá",
        "at most",
        ("≤", "=<", "không quá", "tối đa", "không vượt quá", "còn", "giảm còn"),
    ),
    Comparison("<", True, True, "dưới", "less than", ("dưới", "còn dưới", "thấp hơn")),
)
BY_SYMBOL: dict[str, Comparison] = {c.symbol: c for c in COMPARISONS}
DEFAULT = ">="
# what a plan proposal may say, stored as: "=" (an exact figure) and "range" (its low end)
# are reached like a floor
STORED = {">=": ">=", ">": ">", "<=": "<=", "<": "<", "=": ">=", "range": ">="}


def _key(text: str) -> str:
    return " ".join(strip_marks(text).split())


_WORDS = {_key(w): c.symbol for c in COMPARISONS for w in (c.symbol, *c.words)}


def parse(text: object) -> str | None:
    """The stored symbol for a workbook's "So sánh" cell; ``DEFAULT`` for an empty one and
    None for words it does not know."""
    if text is None or (isinstance(text, float) and text != text) or not str(text).strip():
        return DEFAULT
    return _WORDS.get(_key(str(text)))


def of(symbol: object) -> Comparison:
    """A stored comparison (none stored, or one not known: the floor)."""
    return BY_SYMBOL.get(symbol if isinstance(symbol, str) else DEFAULT, BY_SYMBOL[DEFAULT])


def reached(value: float, target: float, symbol: object = DEFAULT) -> bool:
    c = of(symbol)
    if c.ceiling:
        return value < target if c.strict else value <= target
    return value > target if c.strict else value >= target


def attainment(value: float, target: float, symbol: object = DEFAULT) -> float | None:
    """How far the value is toward its target, 1.0 at the target: value/target for a
    floor, target/value for a ceiling (a rate of 8% against "không quá 4%" is half way).
    None when it cannot be said (a floor of 0, a ceiling of 0 not yet reached)."""
    if of(symbol).ceiling:
        if value <= 0:
            return 1.0 if target >= 0 else None
        return target / value if target > 0 else None
    return value / target if target else None


def words(symbol: object, lang: str = "vi") -> str:
    """The words before a target: "" for the plain floor, else "trên", "không quá", ..."""
    c = of(symbol)
    if c.symbol == DEFAULT:
        return ""
    return c.vi if lang == "vi" else c.en


def help_text() -> str:
    """The goals workbook's help for its "So sánh" column."""
    return (
        "Để trống: ít nhất (đạt hoặc vượt). Hoặc: "
        + "; ".join(c.vi for c in COMPARISONS if c.symbol != DEFAULT)
        + " (chỉ tiêu cần giảm, như tỷ lệ hộ nghèo)."
    )
