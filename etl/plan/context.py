"""What the goal and duty rules share about one plan: its text (folded and not), its
document, its era, its period's end, the districts and communes of its province, and whose
plan it is (a district's People's Committee plans for the district)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from etl.plan import patterns as P
from etl.plan.document import provinces
from etl.plan.model import Document, PlanText, Scope
from etl.units.index import split_name
from etl.units.resolve import unit_index


@dataclass
class Context:
    """One plan as the rules read it; built once by ``extract.propose``."""

    plan: PlanText
    low: str  # the text folded (no tones, no case), of the same length: offsets are shared
    lowt: str  # the text in lower case with its tones, for rules marked ``tones``
    doc: Document
    era: str
    horizon: dt.date | None  # the plan's period's end: a goal's deadline when none is given
    districts: dict[str, tuple[str, str]]  # folded bare name -> (name, code)
    communes: dict[str, tuple[str, str]]
    # the plan's own unit: the issuer's district, else its province
    own: Scope = dataclasses.field(default_factory=lambda: Scope("province"))


def units_of(era: str, province: str | None, level: str) -> dict[str, tuple[str, str]]:
    if not province:
        return {}
    return {
        P.fold(split_name(u.name)[1]).replace(" ", ""): (u.name, u.code)
        for u in unit_index().within(era, level, province)
    }


def own_unit(ctx: Context) -> Scope:
    """The unit whose plan it is: a district when a district's People's Committee issued
    it ("UBND huyện Mường Nhé"), else the province. A district's plan that names no
    province gets its province here (``ctx.doc.province`` and the units are filled in)."""
    issuer = ctx.doc.issuer or ""
    m = re.match(
        r"(?:ubnd|uy ban nhan dan)\s+(?:huyen|thi xa|thanh pho|quan)\s+(.+)$", P.fold(issuer)
    )
    if m and ctx.doc.province is None:  # a district's plan that names no province
        key = re.sub(r"[^a-z]", "", m.group(1))
        hits = [
            u
            for u in unit_index().within(ctx.era, "district")
            if P.fold(split_name(u.name)[1]).replace(" ", "") == key
        ]
        if len(hits) == 1:
            code = hits[0].province_code
            name = next(n for n, c in provinces(ctx.era).values() if c == code)
            ctx.doc.province = Scope("province", name, code)
            ctx.districts = units_of(ctx.era, code, "district")
            ctx.communes = units_of(ctx.era, code, "commune")
    if m:
        named = named_units(_over(ctx, issuer), 0, len(issuer))
        if named and named[0][1].level == "district":
            return named[0][1]
    province = ctx.doc.province
    return Scope(
        "province", province.name if province else None, province.code if province else None
    )


def _over(ctx: Context, text: str) -> Context:
    """``ctx`` over another text (an issuer's name), its place names capitalised as
    headers print them in capitals ("UBND HUYỆN MƯỜNG NHÉ")."""
    text = re.sub(r"\w+", lambda m: m.group(0).capitalize(), text)
    return dataclasses.replace(
        ctx, plan=PlanText("", "txt", text), low=P.fold(text), lowt=P.lower(text)
    )


def named_units(ctx: Context, start: int, end: int) -> list[tuple[int, Scope]]:
    """The districts and communes of the plan's province named in low[start:end]."""
    out = []
    for m in P.compiled(
        # in a lookahead: "cấp xã thuộc huyện Xuyên Mộc" overlaps "huyện Xuyên Mộc"
        r"\b(?=(huyện|thị xã|thành phố|quận|xã|phường|thị trấn)\s+([a-z]+(?:\s+[a-z]+){0,2}))"
    ).finditer(ctx.low, start, end):
        words = m.group(2).split()
        table = ctx.communes if m.group(1) in ("xa", "phuong", "thi tran") else ctx.districts
        for n in range(len(words), 0, -1):
            key = "".join(words[:n])
            if key in table and ctx.plan.text[m.start(2)].isupper():
                name, code = table[key]
                level = "commune" if table is ctx.communes else "district"
                out.append((m.start(), Scope(level, name, code)))
                break
    return out
