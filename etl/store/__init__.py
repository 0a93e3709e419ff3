"""The warehouse: the one place that opens the DuckDB file, its schema and its history."""

from etl.store.warehouse import (
    Warehouse,
    WarehouseBusy,
    WarehouseError,
    WarehouseMissing,
    create,
    sql_file,
)

__all__ = [
    "Warehouse",
    "WarehouseBusy",
    "WarehouseError",
    "WarehouseMissing",
    "create",
    "sql_file",
]
