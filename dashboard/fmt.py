"""The dashboard's number and date formats are tiendo's one set (:mod:`etl.fmt`), shared
with the command line and the benchmark."""

from etl.fmt import LOCALES, amount, date, datetime, number, percent

__all__ = ["LOCALES", "amount", "date", "datetime", "number", "percent"]
