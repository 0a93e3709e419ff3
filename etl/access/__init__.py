"""Who may see and change what: accounts, roles, unit scope, the audit log.

Kept apart from the warehouse, in a small SQLite file beside it (:mod:`etl.access.store`),
so signing in, exporting and writing the audit log never take the warehouse's writer lock
and never change its file (the dashboard's caches are keyed on it). Free of Streamlit: the
CLI, the dashboard and the report command all read this package.
"""
