"""A corpus of workbooks shaped like the ones districts really send, built by code.

Each module here covers classes of ``shared/LAYOUTS.md`` and registers its cases with
:func:`tests.corpus.base.case`. A case writes one file and says what loading it must
give: the rows of the SQL views (the analysts' interface, README "Giao diện SQL"), or a
refusal and where. ``tests/test_corpus.py`` loads every case into a fresh warehouse and
compares. The files are written the way a clerk would type them, from the facts, without
looking at the loader.
"""
