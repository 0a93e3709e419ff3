"""Administrative units of both eras: reference data, a name and code index, resolution.

A unit is its code *and* its era (codes were reused after 1/7/2025).
"""

from etl.units.index import Unit, UnitIndex, UnitNotFound, name_key
from etl.units.reference import LEGACY, NEW

__all__ = ["LEGACY", "NEW", "Unit", "UnitIndex", "UnitNotFound", "name_key"]
