"""tiendo's ETL core: read, validate and load the workbooks districts send.

Plain functions, no Streamlit. ``python -m etl`` is a thin CLI over them.
"""

from etl.store import Warehouse, WarehouseBusy, WarehouseError, WarehouseMissing, create

__all__ = ["Warehouse", "WarehouseBusy", "WarehouseError", "WarehouseMissing", "create"]
