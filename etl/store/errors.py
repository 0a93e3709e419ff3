"""What can go wrong with the warehouse, in words a user can act on (Vietnamese)."""

from __future__ import annotations

import os
from pathlib import Path


class WarehouseError(RuntimeError):
    """A problem with the warehouse file that a user can act on; the message is Vietnamese."""


class WarehouseBusy(WarehouseError):
    pass


class WarehouseMissing(WarehouseError):
    pass


class WarehouseFull(WarehouseError):
    """The disk (or the size a file may reach) is full: the write was undone."""


class WarehouseCorrupt(WarehouseError):
    """The file is damaged; the message says how to restore it from a backup."""

    def __init__(self, path: os.PathLike[str] | str, detail: str):
        super().__init__(
            f"Tệp kho dữ liệu {path} bị hỏng ({detail}); khôi phục từ bản sao lưu bằng "
            f"`python -m etl restore TỆP_SAO_LƯU --db {path}`."
        )
        self.path = Path(path)
        self.detail = detail

    def __reduce__(self):  # pickled as it was made (report jobs run in other processes)
        return type(self), (self.path, self.detail)
