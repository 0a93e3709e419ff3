"""The warehouse: the one place that opens the DuckDB file, its schema and its history."""

from etl.store.migrations import sql_file
from etl.store.warehouse import (
    Warehouse,
    WarehouseBusy,
    WarehouseCorrupt,
    WarehouseError,
    WarehouseFull,
    WarehouseMissing,
    create,
)

__all__ = [
    "Warehouse",
    "WarehouseBusy",
    "WarehouseCorrupt",
    "WarehouseError",
    "WarehouseFull",
    "WarehouseMissing",
    "create",
    "sql_file",
]
