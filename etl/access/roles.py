"""The roles, declared once: what each may do. Everything that checks a permission reads
:data:`ROLES`; the labels are in :mod:`etl.labels` (``role_<name>``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    name: str
    upload: bool  # load files and roll back batches within its units
    admin: bool  # every unit, every batch, the audit log
    personal: bool  # birth dates and party membership (else only with TIENDO_SHOW_PERSONAL)
    needs_units: bool  # --unit is required


ROLES: dict[str, Role] = {
    r.name: r
    for r in (
        Role("lanh_dao", upload=False, admin=False, personal=False, needs_units=True),
        Role("chuyen_vien", upload=True, admin=False, personal=True, needs_units=True),
        Role("quan_tri", upload=True, admin=True, personal=True, needs_units=False),
    )
}
