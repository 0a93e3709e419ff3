"""What fuzzing the loader checks, shared by the Hypothesis tests and the atheris harness.

Seeds are valid files written by the existing generators (``tests/messy.py`` and a few
``tests/corpus`` cases) in every container the loader reads: .xlsx, .xls, CSV in UTF-8,
UTF-8 with BOM and Windows-1258, TSV, and Excel's UTF-16 "Unicode Text". The fuzzers
mutate them; :func:`check` says what a load of anything must keep:

- the outcome is a :class:`etl.loader.LoadResult` (the loader has no refusal by
  exception: unreadable files are refusals too) with status loaded, unchanged or refused;
- a refusal has errors, each a Vietnamese sentence; a problem with the whole file names
  the file in its message, a problem of a sheet or a row says where (the result names
  the file);
- a refused or unchanged file leaves the warehouse exactly as it was (every table's row
  count, and the batch list);
- a loaded file's rows are all there: in its fact tables and in the analysts' views, as
  many as the result says.

Run as a script, this module is the atheris harness (see ``tests/test_fuzz_atheris.py``):
``python tests/fuzz_harness.py WAREHOUSE ARTIFACTS [libFuzzer flags] CORPUS_DIR``.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import io
import json
import random
import re
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script by the atheris test
    sys.path.insert(0, str(ROOT))

STATUSES = ("loaded", "unchanged", "refused")

# Fact table -> the analysts' view of it (tests/corpus/base.FACT_VIEWS, in this order).
FACT_VIEW_OF = {
    "fact_officer": "officers",
    "fact_commune_ntm": "commune_ntm",
    "fact_ntm_criterion": "commune_ntm_criteria",
    "fact_ntm_subcriterion": "commune_ntm_subcriteria",
    "fact_commune_indicator": "commune_indicators",
    "fact_training_target": "training_targets",
    "fact_training_result": "training_results",
    "fact_goal": "goals",
    "fact_reporting_duty": "reporting_duties",
}

# A letter only Vietnamese writes: every message of a refusal must have one.
VIETNAMESE = re.compile(
    "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.IGNORECASE
)


# ---------------------------------------------------------------------------- seeds

# Corpus cases by id (tests/corpus), tests/messy.py's builders and the goals template.
XLSX_SEEDS = (
    "messy-officers",
    "messy-ntm",
    "messy-training",
    "goals-template",
    "officers-groups-hidden-formulas",
    "officers-title-two-posts",
    "officers-summary-toan-tinh-first",
    "communes-matrix-tc-phu-yen-2018-2019",
    "communes-indicator-values-2019",
    "communes-unit-sheets-summary-toan-tinh-2021",
    "training-crosstab-years-levels-llct-caobang",
    "training-per-district-sheets-summary-phuyen",
    "containers-hidden-lists-sheet",
    "containers-split-over-sheets",
)
XLS_SEEDS = ("messy-officers-xls", "containers-xls", "officers-sheet-per-district-title-xls")
TEXT_SEEDS = (
    "containers-csv-utf8-comma",
    "containers-csv-utf8-bom-semicolon",
    "containers-csv-cp1258",
    "containers-csv-ntm-marks",
    "containers-csv-training-thousands",
    "containers-csv-quoted-line-break",
    "containers-csv-utf16-named-csv",
    "containers-tsv",
    "containers-unicode-text-txt",
)
ALL_SEEDS = XLSX_SEEDS + XLS_SEEDS + TEXT_SEEDS


def _goals_template(folder: Path) -> Path:
    from etl import templates

    data = {
        "goals": [templates.EXAMPLES[("goals", "goals")]],
        "duties": [templates.EXAMPLES[("goals", "duties")]],
    }
    return templates.write_workbook("goals", folder / "chi_tieu.xlsx", data)


def _messy(name: str, folder: Path) -> Path:
    from tests import messy

    if name == "messy-officers":
        return messy.officers_report(folder / "bieu_01_du_an_600.xlsx")
    if name == "messy-ntm":
        return messy.ntm_report(folder / "ntm_quan_son_2019.xlsx")[0]
    if name == "messy-training":
        return messy.training_report(folder / "dao_tao_phu_yen_2013.xlsx")
    if name == "messy-officers-xls":
        return messy.officers_xls(folder / "bieu_01_du_an_600.xls")
    if name == "goals-template":
        return _goals_template(folder)
    raise KeyError(name)


@functools.cache
def seed(name: str) -> tuple[str, bytes]:
    """A valid file from the generators, built once per process: (file name, bytes)."""
    with tempfile.TemporaryDirectory(prefix="tiendo-seed-") as tmp:
        folder = Path(tmp)
        if name.startswith(("messy-", "goals-")):
            path = _messy(name, folder)
        else:
            from tests.corpus.base import REGISTRY

            module = name.split("-", 1)[0]
            importlib.import_module(f"tests.corpus.{module}")
            case = REGISTRY[name][1](folder)
            assert case.status == "loaded", name  # seeds are files that load
            path = case.path
        return path.name, path.read_bytes()


# ---------------------------------------------------------------------------- checks


def snapshot(wh) -> dict:
    """Everything a load may change: each table's row count and the batch list."""
    with wh.read() as con:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1"
            ).fetchall()
        ]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        views = {
            v: con.execute(f"SELECT count(*) FROM {v}").fetchone()[0] for v in FACT_VIEW_OF.values()
        }
        batches = con.execute(
            "SELECT batch_id, file_sha256, kind, status, superseded_by, rows_loaded "
            "FROM load_batches ORDER BY batch_id"
        ).fetchall()
    return {"tables": counts, "views": views, "batches": batches}


def _names_file(message: str, file_name: str) -> bool:
    return Path(file_name).name in message


def check(
    wh, before: dict, result, file_name: str, content: bytes, after: dict | None = None
) -> tuple[list[str], bool]:
    """What is wrong with one load's outcome, and whether data were lost (a refused or
    unchanged file changed the warehouse, or loaded rows are not all stored). ``after``
    is the warehouse's snapshot after the load, when the caller knows it."""
    from etl.loader import LoadResult
    from etl.spec.tables import FACT_TABLES

    if not isinstance(result, LoadResult):
        return [f"not a LoadResult: {result!r}"], False
    wrong: list[str] = []
    if result.status not in STATUSES:
        wrong.append(f"status {result.status!r}")
    if Path(result.file).name != Path(file_name).name:
        wrong.append(f"result names {result.file!r}, not {file_name!r}")
    if after is None:
        after = snapshot(wh)
    lost = False
    if result.status == "refused":
        if not result.errors:
            wrong.append("refused without an error")
        for e in result.errors:
            if not VIETNAMESE.search(e.message or ""):
                wrong.append(f"not a Vietnamese message: {e.message!r}")
        if result.errors and not any(_names_file(e.message, file_name) for e in result.errors):
            located = [e for e in result.errors if e.sheet or e.row]
            if len(located) < len(result.errors):  # a whole-file problem must name the file
                wrong.append(
                    f"no message names the file {file_name!r}: "
                    f"{[e.message for e in result.errors][:3]}"
                )
        if after != before:
            lost = True
            wrong.append(f"refused, but the warehouse changed: {before} -> {after}")
    elif result.status == "unchanged":
        if after != before:
            lost = True
            wrong.append(f"unchanged, but the warehouse changed: {before} -> {after}")
        sha = hashlib.sha256(content).hexdigest()
        if not any(b[0] == result.batch_id and b[1] == sha for b in after["batches"]):
            wrong.append(f"unchanged, but batch {result.batch_id} is not this file")
    elif result.status == "loaded":
        wrong += _check_loaded(wh, before, after, result, content, FACT_TABLES)
        lost = any(w.startswith("lost:") for w in wrong)
    return wrong, lost


def _check_loaded(wh, before, after, result, content, fact_tables) -> list[str]:
    wrong = []
    batch = result.batch_id
    with wh.read() as con:
        row = con.execute(
            "SELECT file_sha256, status, rows_loaded, rows_rejected FROM load_batches "
            "WHERE batch_id = ?",
            [batch],
        ).fetchone()
        stored = con.execute(
            "SELECT octet_length(content) FROM batch_files WHERE batch_id = ?", [batch]
        ).fetchone()
        in_tables = in_views = 0
        for table, view in FACT_VIEW_OF.items():
            if fact_tables[table].detail:
                continue
            in_tables += con.execute(
                f"SELECT count(*) FROM {table} WHERE batch_id = ?", [batch]
            ).fetchone()[0]
            in_views += con.execute(
                f"SELECT count(*) FROM {view} WHERE batch_id = ?", [batch]
            ).fetchone()[0]
        rejections = con.execute(
            "SELECT count(*) FROM batch_rejections WHERE batch_id = ?", [batch]
        ).fetchone()[0]
    if row is None:
        return [f"lost: loaded as batch {batch}, which is not in load_batches"]
    sha, status, rows_loaded, _rejected = row
    if sha != hashlib.sha256(content).hexdigest():
        wrong.append(f"batch {batch} holds another file's checksum")
    if status != "current":
        wrong.append(f"batch {batch} is {status}, not current")
    if result.rows <= 0:
        wrong.append(f"loaded with {result.rows} rows")
    if rows_loaded != result.rows:
        wrong.append(f"lost: load_batches says {rows_loaded} rows, the result {result.rows}")
    if in_tables != result.rows:
        wrong.append(f"lost: {in_tables} rows in the fact tables, the result says {result.rows}")
    if in_views != result.rows:
        wrong.append(f"lost: {in_views} rows in the views, the result says {result.rows}")
    if stored != (len(content),):
        wrong.append(f"lost: the file's bytes are not kept with batch {batch}")
    if rejections != len(result.errors):
        wrong.append(f"{rejections} rejections kept, {len(result.errors)} errors reported")
    old = {b[0]: b for b in before["batches"]}
    new = {b[0]: b for b in after["batches"]}
    if set(new) != set(old) | {batch}:
        wrong.append(f"batches {sorted(old)} -> {sorted(new)}, expected one more ({batch})")
    for batch_id, was in old.items():
        now = new.get(batch_id)
        replaced = batch_id in result.replaced_batch_ids
        if now is None or (now[3] == "superseded") != (replaced or was[3] == "superseded"):
            wrong.append(f"batch {batch_id}: {was} -> {now} (replaced: {replaced})")
    return wrong


def fingerprint(wh) -> str:
    """The warehouse's bytes (the file and its write-ahead log), hashed: when they are
    the same after a load, nothing in it changed and no query need say so."""
    digest = hashlib.sha256()
    for path in (wh.path, wh.path.with_name(wh.path.name + ".wal")):
        if path.exists():
            digest.update(path.read_bytes())
        digest.update(b"|")
    return digest.hexdigest()


class Watch:
    """A warehouse watched over many loads. Each load is checked against the state the
    previous one left; when a load leaves the warehouse's bytes as they were, that state
    is known without asking DuckDB (a refusal then costs no connection)."""

    def __init__(self, wh):
        self.wh = wh
        self.state = snapshot(wh)
        self.bytes = fingerprint(wh)

    def load(self, folder: Path, file_name: str, content: bytes, **options):
        """Write the bytes under their name, load the file, check the outcome:
        (result, what is wrong, whether data were lost)."""
        from etl import loader

        path = folder / file_name
        path.write_bytes(content)
        try:
            result = loader.load_file(path, self.wh, **options)
        finally:
            path.unlink()
        now = fingerprint(self.wh)
        after = self.state if now == self.bytes else snapshot(self.wh)
        wrong, lost = check(self.wh, self.state, result, file_name, content, after)
        self.state, self.bytes = after, now
        return result, wrong, lost


# ---------------------------------------------------------------------------- atheris

SUFFIXES = (".xlsx", ".xls", ".csv", ".txt", ".tsv", ".xlsm", ".ods")


def _name_for(data: bytes) -> str:
    """The name the fuzzed bytes are uploaded under: mostly what their first bytes say,
    sometimes another spreadsheet's name (a wrong name is a case too). The last byte
    decides, so the fuzzer can change it."""
    pick = data[-1] % 16 if data else len(SUFFIXES)
    if pick < len(SUFFIXES):
        return "tep" + SUFFIXES[pick]
    if data.startswith(b"PK"):
        return "tep.xlsx"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "tep.xls"
    return "tep.csv"


def rezip_mutated(data: bytes, seed_: int, mutate) -> bytes | None:
    """A zip with one member's inflated bytes mutated and the zip rebuilt (valid CRCs),
    so the fuzzer reaches the XML readers instead of stopping at a checksum; None when
    ``data`` is not a readable zip."""
    rng = random.Random(seed_)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [(i, archive.read(i)) for i in archive.infolist()]
    except Exception:  # any unreadable zip: the caller mutates the raw bytes instead
        return None
    if not members:
        return None
    target = rng.randrange(len(members))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for n, (info, body) in enumerate(members):
            if n == target:
                body = mutate(body, len(body) + 256)
            archive.writestr(info.filename, body)
    return out.getvalue()


def main(argv: list[str]) -> None:
    import atheris

    warehouse_path, artifacts = Path(argv[1]), Path(argv[2])
    with atheris.instrument_imports(include=["etl"]):
        from etl import loader  # noqa: F401  (instrumented for coverage feedback)
    from etl.store import Warehouse

    watch = Watch(Warehouse(warehouse_path, timeout=60))
    folder = artifacts / "inputs"  # each input is written here under its name, then loaded
    counts = {"refused": 0, "loaded": 0, "unchanged": 0}

    def test_one_input(data: bytes) -> None:
        name = _name_for(data)
        result, wrong, lost = watch.load(folder, name, data)
        counts[result.status] = counts.get(result.status, 0) + 1
        # libFuzzer ends the process itself: keep the tally where the test reads it
        (artifacts / "outcomes.json").write_text(json.dumps(counts))
        if wrong:
            raise AssertionError(f"{name} ({len(data)} bytes, lost={lost}): {wrong}")

    def custom_mutator(data: bytes, max_size: int, seed_: int) -> bytes:
        if data.startswith(b"PK") and seed_ % 4:  # mostly inside the zip, sometimes raw
            inner = rezip_mutated(data, seed_, atheris.Mutate)
            if inner is not None and len(inner) <= max_size:
                return inner
        return atheris.Mutate(data, max_size)

    folder.mkdir(parents=True, exist_ok=True)
    flags = [f"-artifact_prefix={artifacts}/", *argv[3:]]
    atheris.Setup([argv[0], *flags], test_one_input, custom_mutator=custom_mutator)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
