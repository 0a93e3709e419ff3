"""Settings as data: each has a default, an environment variable and help text.

The README's settings table is checked against this list by a test.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str

    def value(self) -> str:
        return os.environ.get(self.env) or self.default


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "db",
        "TIENDO_DB",
        str(ROOT / "data" / "warehouse.duckdb"),
        "Đường dẫn tệp kho dữ liệu DuckDB (warehouse).",
    ),
    Setting(
        "warehouse",
        "TIENDO_WAREHOUSE",
        "",
        "Kho dữ liệu dùng chung thay cho tệp DuckDB: `ducklake:postgres:dbname=… host=… "
        "port=… user=…` (danh mục DuckLake trong PostgreSQL). Khi đặt, nó thắng TIENDO_DB, "
        "--db và `make run DB=`. Mật khẩu lấy từ PGPASSWORD hoặc ~/.pgpass, không ghi ở đây.",
    ),
    Setting(
        "data_path",
        "TIENDO_DATA_PATH",
        "",
        "Thư mục (dùng chung giữa các máy) chứa các tệp Parquet của kho DuckLake, cùng tệp "
        "tài khoản của nó; cần khi đặt TIENDO_WAREHOUSE.",
    ),
    Setting(
        "state_dir",
        "TIENDO_STATE_DIR",
        "",
        "Với kho dữ liệu chung: thư mục cục bộ chứa tệp tài khoản và nhật ký (SQLite) của "
        "máy chủ bảng điều khiển; mặc định là TIENDO_DATA_PATH khi đó là thư mục, bắt buộc "
        "khi dữ liệu nằm trên S3.",
    ),
    Setting(
        "lock_timeout",
        "TIENDO_LOCK_TIMEOUT",
        "120",
        "Số giây tối đa chờ kho dữ liệu rảnh trước khi báo bận.",
    ),
    Setting(
        "max_sheet_cells_million",
        "TIENDO_MAX_SHEET_CELLS_MILLION",
        "50",
        "Số ô tối đa (triệu) mà vùng dữ liệu của một trang tính được trải ra (dòng cuối × "
        "cột cuối); một ô lạc ở rất xa bảng bị từ chối thay vì làm tràn bộ nhớ.",
    ),
    Setting(
        "max_inflated_mb",
        "TIENDO_MAX_INFLATED_MB",
        "1024",
        "Giới hạn dung lượng giải nén của một tệp tải lên (MB); quá mức này tệp bị từ chối.",
    ),
    Setting(
        "max_upload_mb",
        "TIENDO_MAX_UPLOAD_MB",
        "50",
        "Dung lượng tối đa của một tệp tải lên trang 'Tải dữ liệu' (MB).",
    ),
    Setting(
        "reports_dir",
        "TIENDO_REPORTS_DIR",
        str(ROOT / "data" / "reports"),
        "Thư mục lưu báo cáo định kỳ (python -m dashboard.report --out), trang "
        "'Báo cáo định kỳ' liệt kê từ đây.",
    ),
    Setting(
        "today",
        "TIENDO_TODAY",
        "",
        "Ngày hôm nay (yyyy-mm-dd) dùng để đánh giá chỉ tiêu; mặc định là ngày thật. Kiểm "
        "thử, đo tốc độ và dữ liệu mẫu đặt cố định để kết quả không đổi theo lịch.",
    ),
    Setting(
        "listen",
        "TIENDO_LISTEN",
        "127.0.0.1",
        "Địa chỉ bảng điều khiển lắng nghe. Mặc định chỉ máy này; đặt 0.0.0.0 (hoặc địa chỉ "
        "của máy) để mở ra mạng, khi đó phải có tài khoản (python -m etl users add).",
    ),
    Setting(
        "show_personal",
        "TIENDO_SHOW_PERSONAL",
        "0",
        "Đặt 1 để vai trò lãnh đạo (lanh_dao) cũng xem ngày sinh và đảng viên.",
    ),
    Setting(
        "user",
        "TIENDO_USER",
        "",
        "Tên người nạp dữ liệu ghi vào lô nạp (mặc định: tên tài khoản hệ điều hành).",
    ),
)


def get(name: str) -> str:
    for setting in SETTINGS:
        if setting.name == name:
            return setting.value()
    raise KeyError(name)


LAKE_ANCHOR = "tiendo.lake"


class SettingError(RuntimeError):
    """Settings that cannot work together; the message is Vietnamese."""


def lake_url() -> str:
    """TIENDO_WAREHOUSE when it names a lake, else ''."""
    return get("warehouse").strip()


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The warehouse file: an explicit path wins, then TIENDO_DB, then data/warehouse.duckdb.

    With TIENDO_WAREHOUSE set (a lake) every path is ignored: the warehouse is the lake, and
    this names ``tiendo.lake`` in TIENDO_DATA_PATH, the anchor its sidecar files (accounts,
    audit) are named after, so that every replica sharing the folder shares them too."""
    if lake_url():
        base = get("state_dir") or get("data_path")
        if not base or "://" in base:
            raise SettingError(
                "Kho dữ liệu chung (TIENDO_WAREHOUSE) cần một thư mục cục bộ cho tệp tài khoản "
                "và nhật ký: đặt TIENDO_STATE_DIR (hoặc TIENDO_DATA_PATH là một thư mục)."
            )
        return Path(base).expanduser() / LAKE_ANCHOR
    return Path(explicit) if explicit else Path(get("db"))


def current_user() -> str:
    """Who loads: TIENDO_USER, else the OS account (the signed-in user, once there is
    sign-in). getpass reads the environment and then the password database, so it also
    answers under cron and in containers, where os.getlogin() has no terminal."""
    user = get("user")
    if user:
        return user
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return f"uid {os.getuid()}"


def listens_on_network() -> bool:
    """Whether TIENDO_LISTEN opens the dashboard beyond this machine."""
    import ipaddress

    address = get("listen").strip()
    if address == "localhost":
        return False
    try:
        return not ipaddress.ip_address(address).is_loopback
    except ValueError:
        return True  # a host name: assume it is reachable from elsewhere


def show_personal() -> bool:
    return get("show_personal").strip() in ("1", "true", "yes")


def today() -> dt.date:
    """The day goals are judged on: TIENDO_TODAY, else the real date. A bad value is
    refused loudly rather than silently replaced by the real date."""
    value = get("today")
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(
            f"TIENDO_TODAY='{value}' không phải ngày hợp lệ: ghi theo dạng yyyy-mm-dd, "
            "ví dụ 2026-12-01."
        ) from None


def max_upload_bytes() -> int:
    try:
        return int(float(get("max_upload_mb")) * 1024 * 1024)
    except ValueError:
        return 50 * 1024 * 1024
