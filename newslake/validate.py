"""Validate stage: Pandera row checks (bad rows -> Rejected) and Great Expectations suites per table."""

from __future__ import annotations

import json
import tempfile
import threading
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pandera.polars as pa
import polars as pl

import schemas
from newslake.config import repo_root
from newslake.records import Rejected, dump_record
from newslake.tables import polars_schema

EXPECTATIONS_DIR = repo_root() / "expectations"
SPAN_TABLES = ("mentions", "figures", "dates")
_ROW = "__row"
FLAGS = ("no_article", "past_end", "text_mismatch", "no_entity")


class ContractError(ValueError):
    """A table does not have the contract's columns and dtypes: a programming error, not bad data."""


# --------------------------------------------------------------------------------------------- row checks


def check_rows(
    tables: dict[str, pl.DataFrame], known_ids: Mapping[str, set[str]] | None = None
) -> tuple[dict[str, pl.DataFrame], list[Rejected]]:
    """Remove rows failing Pandera or in-batch referential checks; return kept tables and one Rejected per row.

    `known_ids` optionally adds ids already in the lake ({"articles": {...}, "entities": {...}}) that
    mentions/figures/dates may reference without the row being in this batch (its offsets are then not checked).
    """
    for name, df in tables.items():
        _check_contract(name, df)
    known = {k: set(v) for k, v in (known_ids or {}).items()}
    kept: dict[str, pl.DataFrame] = {}
    rejected: list[Rejected] = []
    sources = _article_sources(tables.get("articles"))
    order = sorted(tables, key=lambda t: (t in SPAN_TABLES, t))  # articles/entities before the spans
    for name in order:
        df, reasons = _row_failures(name, tables[name])
        if name in SPAN_TABLES:
            df, more = _referential_failures(name, df, kept.get("articles"), kept.get("entities"), known)
            for row, why in more.items():
                reasons[row].append(why)
        bad = sorted(reasons)
        rejected += [_reject(name, df, row, reasons[row], sources) for row in bad]
        kept[name] = df.filter(~pl.col(_ROW).is_in(bad)).drop(_ROW)
    return {name: kept[name] for name in tables}, rejected


def failure_share(n_rows_in: int, rejected: int) -> float:
    """Share of input rows that were rejected (0.0 for an empty batch)."""
    return rejected / n_rows_in if n_rows_in > 0 else 0.0


def exceeds_threshold(n_rows_in: int, rejected: int, max_share: float) -> bool:
    """True when the batch must fail: its failure share is above `Settings.max_quarantine_share`."""
    return failure_share(n_rows_in, rejected) > max_share


def _check_contract(name: str, df: pl.DataFrame) -> None:
    if name not in schemas.TABLES:
        raise ContractError(f"unknown table {name!r}; expected one of {sorted(schemas.TABLES)}")
    want, got = polars_schema(name), df.schema
    problems = [f"missing column {c!r}" for c in want if c not in got]
    problems += [f"unexpected column {c!r}" for c in got if c not in want]
    problems += [
        f"column {c!r} is {got[c]}, contract says {t}" for c, t in want.items() if c in got and got[c] != t
    ]
    if problems:
        raise ContractError(
            f"table {name!r} breaks its contract: {'; '.join(problems)} (use newslake.tables.conform)"
        )


def _row_failures(name: str, df: pl.DataFrame) -> tuple[pl.DataFrame, dict[int, list[str]]]:
    """Pandera lazy validation plus keep-first uniqueness; reasons keyed by the `__row` number."""
    df = df.with_row_index(_ROW).with_columns(pl.col(_ROW).cast(pl.Int64))
    reasons: dict[int, list[str]] = defaultdict(list)
    pk = schemas.PRIMARY_KEYS[name]
    dup = df.filter(~pl.col(pk).is_first_distinct() & pl.col(pk).is_not_null())
    for row, key in zip(dup[_ROW], dup[pk]):
        reasons[row].append(f"duplicate {pk} {key!r} in this batch: the first row with it was kept")
    try:
        schemas.TABLES[name].validate(df.drop(_ROW), lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
        if cases["index"].null_count():
            contract = cases.filter(pl.col("index").is_null())
            raise ContractError(f"table {name!r} fails table-level checks: {contract.to_dicts()}") from err
        for case in cases.iter_rows(named=True):
            if case["check"] == "field_uniqueness":
                continue  # handled above: keep the first, reject the rest
            reasons[case["index"]].append(_describe(name, case))
    return df, reasons


def _describe(name: str, case: dict[str, Any]) -> str:
    if case["schema_context"] == "DataFrameSchema":
        return (
            f"row check {case['check']!r} failed: {_check_descriptions(name).get(case['check'], '')}".rstrip(
                ": "
            )
        )
    value = case["failure_case"]
    if case["check"] == "not_nullable":
        return f"column {case['column']!r} is null but the contract requires a value"
    return f"column {case['column']!r} fails {case['check']} with value {value!r}"


@cache
def _check_descriptions(name: str) -> dict[str, str]:
    return {c.name: c.description or "" for c in schemas.TABLES[name].to_schema().checks}


def _referential_failures(
    name: str,
    df: pl.DataFrame,
    articles: pl.DataFrame | None,
    entities: pl.DataFrame | None,
    known: dict[str, set[str]],
) -> tuple[pl.DataFrame, dict[int, str]]:
    """Rows whose article/entity is missing or whose start/end do not index the article text."""
    art = (
        articles
        if articles is not None
        else pl.DataFrame(schema={"article_id": pl.String, "text": pl.String})
    )
    joined = df.join(
        art.select("article_id", pl.col("text").alias("__article_text")), on="article_id", how="left"
    )
    in_batch = pl.col("__article_text").is_not_null()
    known_article = pl.col("article_id").is_in(list(known.get("articles", ())))
    span = pl.col("__article_text").str.slice(pl.col("start"), (pl.col("end") - pl.col("start")).clip(0))
    length = pl.col("__article_text").str.len_chars()
    no_entity = pl.lit(False)
    if name == "mentions":
        ents = [] if entities is None else entities["entity_id"].to_list()
        no_entity = ~pl.col("entity_id").is_in(ents + list(known.get("entities", ())))
    checks = joined.select(
        _ROW,
        "article_id",
        "start",
        "end",
        no_article=~in_batch & ~known_article,
        past_end=in_batch & (pl.col("end") > length),
        text_mismatch=in_batch & (pl.col("end") <= length) & (span != pl.col("text")),
        found=span,
        no_entity=no_entity,
        entity_id=pl.col("entity_id") if name == "mentions" else pl.lit(None),
    ).filter(pl.any_horizontal(pl.col(c).fill_null(False) for c in FLAGS))
    out: dict[int, str] = {}
    for r in checks.iter_rows(named=True):
        if r["no_article"]:
            out[r[_ROW]] = f"article_id {r['article_id']!r} is not in articles (nor in the lake)"
        elif r["past_end"]:
            out[r[_ROW]] = f"end {r['end']} is past the end of the article text"
        elif r["text_mismatch"]:
            out[r[_ROW]] = (
                f"text does not match the article text at [{r['start']}:{r['end']}] ({r['found']!r})"
            )
        if r["no_entity"]:
            why = f"entity_id {r['entity_id']!r} is not in entities (nor in the lake)"
            out[r[_ROW]] = f"{out[r[_ROW]]}; {why}" if r[_ROW] in out else why
    return df, out


def _article_sources(articles: pl.DataFrame | None) -> dict[str, str]:
    if articles is None or articles.is_empty():
        return {}
    return dict(articles.select("article_id", "source").drop_nulls().iter_rows())


def _reject(name: str, df: pl.DataFrame, row: int, reasons: list[str], sources: dict[str, str]) -> Rejected:
    record = df.row(row, named=True)
    record.pop(_ROW)
    pk = schemas.PRIMARY_KEYS[name]
    source = record.get("source") if name == "articles" else sources.get(record.get("article_id") or "")
    source = source or f"{name}:{record.get(pk)}"
    why = "; ".join(dict.fromkeys(reasons))
    reason = (
        f"{name} row {pk}={record.get(pk)!r}: {why}; fix the stage that produced it and re-run this input"
    )
    return Rejected(source=str(source), stage="validate", reason=reason, record=dump_record(record))


# --------------------------------------------------------------------------------------------- GX suites

_GX_LOCK = threading.RLock()  # GX contexts are not thread-safe; Prefect may run batches in threads


@dataclass(frozen=True)
class Outcome:
    """One expectation's result on one table."""

    expectation: str
    column: str | None
    kwargs: dict[str, Any]
    notes: str
    success: bool | None  # None when skipped
    observed: Any = None
    unexpected_count: int | None = None
    unexpected_percent: float | None = None
    unexpected_examples: list[Any] = field(default_factory=list)
    skipped: str | None = None
    error: str | None = None

    @property
    def name(self) -> str:
        return f"{self.expectation}({self.column})" if self.column else self.expectation

    def to_dict(self) -> dict[str, Any]:
        """Compact form for manifests: kwargs only for failures, long value lists elided."""
        out = {k: v for k, v in self.__dict__.items() if v not in (None, [], {}) or k == "success"}
        if self.success is False:
            out["kwargs"] = {
                k: f"<{len(v)} values>" if isinstance(v, list) and len(v) > 20 else v
                for k, v in self.kwargs.items()
            }
        else:
            out.pop("kwargs", None)
        return out

    def observed_text(self) -> str:
        if self.error:
            return f"error: {self.error}"
        if self.unexpected_count is not None:
            ex = ", ".join(repr(v) for v in self.unexpected_examples[:5])
            share = f" ({self.unexpected_percent:.3g}%)" if self.unexpected_percent is not None else ""
            if "not_be_null" in self.expectation:
                return f"{self.unexpected_count} null value(s){share}"
            return f"{self.unexpected_count} unexpected value(s){share}" + (f", e.g. {ex}" if ex else "")
        shown = f"{self.observed:.4g}" if isinstance(self.observed, float) else repr(self.observed)
        return f"observed {shown}"


@dataclass
class TableResult:
    """A table's suite outcome."""

    table: str
    rows: int
    outcomes: list[Outcome]

    @property
    def success(self) -> bool:
        return all(o.success is not False for o in self.outcomes)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.success is False]


@dataclass
class SuiteReport:
    """Results of every table's GX suite for one batch or release."""

    tables: dict[str, TableResult]
    _gx_results: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def success(self) -> bool:
        return all(t.success for t in self.tables.values())

    def to_dict(self) -> dict[str, Any]:
        """JSON-able summary for the release manifest."""
        return _jsonable(
            {
                "success": self.success,
                "tables": {
                    name: {
                        "success": t.success,
                        "rows": t.rows,
                        "evaluated": sum(o.success is not None for o in t.outcomes),
                        "failed": len(t.failed),
                        "expectations": [o.to_dict() for o in t.outcomes],
                    }
                    for name, t in self.tables.items()
                },
            }
        )

    def summary_text(self) -> str:
        """Readable report for CI logs: one line per table, one per failed expectation."""
        lines = [f"validation {'PASSED' if self.success else 'FAILED'}"]
        for name, t in self.tables.items():
            n_skip = sum(o.skipped is not None for o in t.outcomes)
            n_eval = len(t.outcomes) - n_skip
            head = f"{'ok  ' if t.success else 'FAIL'} {name} ({t.rows} rows): {n_eval - len(t.failed)}/{n_eval} passed"
            lines.append(head + (f", {n_skip} skipped (too few rows)" if n_skip else ""))
            lines += [f"     - {o.name}: {o.observed_text()} [{o.notes}]" for o in t.failed]
        return "\n".join(lines)

    def write_junit(self, path: str | Path) -> None:
        """JUnit XML: one testsuite per table, one testcase per expectation."""
        root = ET.Element("testsuites", name="newslake-validation")
        for name, t in self.tables.items():
            suite = ET.SubElement(
                root,
                "testsuite",
                name=name,
                tests=str(len(t.outcomes)),
                failures=str(sum(o.success is False and not o.error for o in t.outcomes)),
                errors=str(sum(bool(o.error) for o in t.outcomes)),
                skipped=str(sum(o.skipped is not None for o in t.outcomes)),
            )
            for i, o in enumerate(t.outcomes):
                case = ET.SubElement(
                    suite, "testcase", classname=f"expectations.{name}", name=f"{i:02d} {o.name}"
                )
                if o.skipped:
                    ET.SubElement(case, "skipped", message=o.skipped)
                elif o.error:
                    ET.SubElement(case, "error", message=o.error).text = o.notes
                elif o.success is False:
                    msg = o.observed_text()
                    ET.SubElement(
                        case, "failure", message=msg
                    ).text = f"{o.notes}\nkwargs: {json.dumps(_jsonable(o.kwargs))}\n{msg}"
        ET.indent(root)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)

    def data_docs(self, run_name: str = "newslake") -> dict[str, bytes]:
        """GX Data Docs site for these results: relative path -> file content (index.html at the root)."""
        from great_expectations.core.run_identifier import RunIdentifier
        from great_expectations.data_context.types.resource_identifiers import (
            ExpectationSuiteIdentifier,
            ValidationResultIdentifier,
        )

        with _GX_LOCK, tempfile.TemporaryDirectory(prefix="newslake-docs-") as out:
            ctx = _gx()["context"]
            store = ctx.validation_results_store
            for key in store.list_keys():
                store.remove_key(key)
            run_id = RunIdentifier(run_name=run_name, run_time=datetime.now(UTC))
            for table, result in self._gx_results.items():
                suite_id = ExpectationSuiteIdentifier(name=table)
                store.set(ValidationResultIdentifier(suite_id, run_id, batch_identifier=table), result)
            site = f"site-{Path(out).name}"
            ctx.add_data_docs_site(
                site,
                {
                    "class_name": "SiteBuilder",
                    "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": out},
                    "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                },
            )
            try:
                ctx.build_data_docs(site_names=[site])
            finally:
                ctx.delete_data_docs_site(site)
            return _referenced_files(Path(out))


def run_suites(tables: dict[str, pl.DataFrame]) -> SuiteReport:
    """Run each table's GX suite from expectations/<table>.json on the (pandas copy of the) frame."""
    report = SuiteReport(tables={})
    with _GX_LOCK:
        gx_state = _gx()
        for name, df in tables.items():
            specs = _suite_specs(name)
            active = tuple(i for i, s in enumerate(specs) if _applies(s, df.height))
            batch = gx_state["batches"][name].get_batch(batch_parameters={"dataframe": df.to_pandas()})
            result = batch.validate(_suite(name, active), result_format="BASIC")
            report._gx_results[name] = result
            ran = _outcomes(result, specs)
            outcomes = [ran[i] if i in ran else _skipped(spec, df.height) for i, spec in enumerate(specs)]
            report.tables[name] = TableResult(table=name, rows=df.height, outcomes=outcomes)
    return report


@cache
def _suite_specs(table: str) -> list[dict[str, Any]]:
    path = EXPECTATIONS_DIR / f"{table}.json"
    if not path.exists():
        raise ContractError(f"no expectation suite for table {table!r}: add {path}")
    return json.loads(path.read_text(encoding="utf-8"))["expectations"]


@cache
def _suite(table: str, active: tuple[int, ...]) -> Any:
    import great_expectations as gx

    specs = _suite_specs(table)
    # the spec's index rides along in meta so results can be paired with specs whatever order GX returns them in
    chosen = [{**specs[i], "meta": {**specs[i].get("meta", {}), "newslake_index": i}} for i in active]
    return gx.ExpectationSuite(name=table, expectations=json.loads(json.dumps(chosen)))


@cache
def _gx() -> dict[str, Any]:
    """One ephemeral GX context per process, with one pandas dataframe asset per table."""
    import logging

    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = {"globally": False, "metric_calculations": False}
    source = ctx.data_sources.add_pandas("newslake")
    batches = {}
    for table in schemas.TABLES:
        batches[table] = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe(table)
    return {"context": ctx, "batches": batches}


def _outcomes(result: Any, specs: list[dict[str, Any]]) -> dict[int, Outcome]:
    """Outcomes keyed by the index of the spec they came from."""
    out: dict[int, Outcome] = {}
    for r in result.results:
        index = r.expectation_config.meta["newslake_index"]
        spec = specs[index]
        res = r.result or {}
        exc = r.exception_info or {}
        error = exc.get("exception_message") if exc.get("raised_exception") else None
        if error is None and not res and r.success is False and isinstance(exc, dict):
            nested = [v for v in exc.values() if isinstance(v, dict) and v.get("raised_exception")]
            error = nested[0].get("exception_message") if nested else None
        out[index] = Outcome(
            expectation=spec["type"],
            column=_column(spec),
            kwargs=spec["kwargs"],
            notes=spec.get("notes", ""),
            success=bool(r.success),
            observed=_jsonable(res.get("observed_value")),
            unexpected_count=res.get("unexpected_count"),
            unexpected_percent=res.get("unexpected_percent"),
            unexpected_examples=list(dict.fromkeys(_jsonable(res.get("partial_unexpected_list") or [])))[:10],
            error=error,
        )
    return out


def _applies(spec: dict[str, Any], rows: int) -> bool:
    """meta.min_rows / meta.max_rows bound the table sizes at which an expectation is meaningful."""
    meta = spec.get("meta", {})
    return meta.get("min_rows", 0) <= rows <= meta.get("max_rows", float("inf"))


def _skipped(spec: dict[str, Any], rows: int) -> Outcome:
    meta = spec.get("meta", {})
    if rows < meta.get("min_rows", 0):
        why = f"needs at least {meta['min_rows']} rows to be meaningful, table has {rows}"
    else:
        why = f"meaningful up to {meta['max_rows']} rows (a ratio that shrinks with corpus size), table has {rows}"
    return Outcome(
        expectation=spec["type"],
        column=_column(spec),
        kwargs=spec["kwargs"],
        notes=spec.get("notes", ""),
        success=None,
        skipped=why,
    )


def _column(spec: dict[str, Any]) -> str | None:
    kw = spec["kwargs"]
    return kw.get("column") or (f"{kw['column_A']},{kw['column_B']}" if "column_A" in kw else None)


def _jsonable(obj: Any) -> Any:
    """Plain JSON types; NaN/Infinity become strings so manifests stay strict JSON."""
    return json.loads(json.dumps(obj, default=str), parse_constant=str)


def _referenced_files(root: Path) -> dict[str, bytes]:
    """Site files, minus GX's multi-megabyte tutorial images that no page of ours references."""
    files = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    pages = b"".join(v for k, v in files.items() if k.endswith((".html", ".css", ".js")))
    return {
        k: v for k, v in files.items() if not k.startswith("static/images/") or Path(k).name.encode() in pages
    }
