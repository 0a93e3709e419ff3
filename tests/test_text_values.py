"""Text normal form and cell value parsing."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl import values
from etl.spec import kinds
from etl.text import clean, fold
from etl.units import name_key


def test_clean_is_nfc_and_trims():
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Thị  Hòa ")
    assert clean(nfd) == "Nguyễn Thị Hòa"
    assert unicodedata.is_normalized("NFC", clean(nfd))
    assert clean("   ") is None


@pytest.mark.parametrize(
    ("text", "key"),
    [("Xã Hòa Tân", "xahoatan"), ("ĐỒNG XUÂN", "dongxuan"), ("Mường  Lát", "muonglat")],
)
def test_fold(text, key):
    assert fold(text) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("xã Tam Chung", "tamchung"),
        ("X. Tam Chung", "tamchung"),
        ("TT. Mường Lát", "muonglat"),
        ("thị trấn Mường Lát", "muonglat"),
        ("H. Quan Sơn", "quanson"),
        ("Phường 1", "phuong1"),  # a number is a name, not a prefix
    ],
)
def test_name_key_strips_prefixes(text, key):
    assert name_key(text) == key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("15/06/2017", dt.date(2017, 6, 15)),
        ("5/6/17", dt.date(2017, 6, 5)),
        (dt.datetime(2017, 6, 15, 0, 0), dt.date(2017, 6, 15)),
        ("2017-06-15", dt.date(2017, 6, 15)),
    ],
)
def test_parse_date(raw, expected):
    assert values.parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["31/02/2017", "hôm qua", "15/13/2017"])
def test_parse_date_refuses_with_vietnamese_reason(raw):
    with pytest.raises(values.ValueProblem) as err:
        values.parse_date(raw)
    assert "ngày" in str(err.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1.234,5", 1234.5), ("79,3%", 79.3), ("431", 431.0), (12.0, 12.0), ("1.234.567", 1234567)],
)
def test_parse_number_vietnamese(raw, expected):
    assert values.parse_number(raw) == pytest.approx(expected)


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=9))
def test_number_round_trip_through_vietnamese_format(whole, tenth):
    from dashboard import fmt

    number = whole + tenth / 10
    assert values.parse_number(fmt.number(number, 1)) == pytest.approx(number)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_date_round_trip_through_vietnamese_format(date):
    from dashboard import fmt

    assert values.parse_date(fmt.date(date)) == date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("x", True), ("X", True), ("Đạt", True), ("✓", True), ("", False), (0, False)],
)
def test_marks(raw, expected):
    assert values.parse_mark(raw) is expected


def test_year_or_date_field():
    birth = kinds.OFFICERS.sheets[0].field("birth")
    assert values.parse(birth, 1988.0) == 1988
    assert values.parse(birth, "02/03/1988") == dt.date(1988, 3, 2)
    with pytest.raises(values.ValueProblem, match="không có trên lịch"):
        values.parse(birth, "30/02/1988")


def test_choice_is_accent_insensitive_and_canonical():
    gender = kinds.OFFICERS.sheets[0].field("gender")
    assert values.parse(gender, "nu") == "Nữ"
    with pytest.raises(values.ValueProblem, match="Nam, Nữ"):
        values.parse(gender, "khác")


@given(
    st.lists(
        st.text(
            alphabet=st.sampled_from(list("aoeuyAOU qQ\t\n\u00a0àáảãạèéẻẽẹỳýỷỹỵhnđưĐ\u0300\u0301")),
            max_size=12,
        ),
        max_size=30,
    )
)
def test_clean_many_equals_clean_one_by_one(texts):
    from etl.text import clean_many

    assert clean_many(texts) == [clean(t) for t in texts]


@given(
    st.lists(
        st.one_of(
            st.none(),
            st.text(
                alphabet=st.sampled_from(
                    list("aoeuyAOU qQ\t\n\r\u00a0\u2003\u3000\x1fàáảãạèéẻẽẹỳýỷỹỵhnđưĐ\u0300\u0301")
                ),
                max_size=12,
            ),
        ),
        max_size=30,
    )
)
def test_clean_array_equals_clean_one_by_one(texts):
    """The Arrow path (whole columns of a large roster) cleans exactly like clean()."""
    import pyarrow as pa

    from etl.text import clean_array

    assert clean_array(pa.array(texts, pa.string())).to_pylist() == [clean(t) for t in texts]


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("NGUYỄN VĂN AN", "Nguyễn Văn An"),
        ("ĐINH THỊ ĐÀO", "Đinh Thị Đào"),
        ("GIÀNG A SÌNH", "Giàng A Sình"),
        ("Lò Văn Bình", "Lò Văn Bình"),  # written in mixed case: shown as written
        ("lê thị hoa", "lê thị hoa"),
        (None, None),
    ],
)
def test_names_in_capitals_are_shown_in_title_case(stored, shown):
    from etl.text import display_name

    assert display_name(stored) == shown


def test_roster_shows_capitals_in_title_case_and_stores_them_as_written(wh, tmp_path):
    from dashboard.queries import officers as oq
    from dashboard.queries.scope import Scope
    from etl import loader

    path = tmp_path / "hoa.csv"
    path.write_text(
        "STT,Họ và tên,Xã,Huyện,Tỉnh\n1,LÒ VĂN BÌNH,Tam Chung,Mường Lát,Thanh Hóa\n",
        encoding="utf-8",
    )
    assert loader.load_file(path, wh, kind="officers").status == "loaded"
    with wh.read() as con:
        assert con.execute("SELECT full_name FROM officers").fetchone()[0] == "LÒ VĂN BÌNH"
        shown = oq.roster(con, Scope(), "lò văn")
    assert list(shown["full_name"]) == ["Lò Văn Bình"]
