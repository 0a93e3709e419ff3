"""The dashboard's labels are tiendo's one catalogue, :mod:`etl.labels`."""

from etl.labels import LABELS, t

__all__ = ["LABELS", "t"]
