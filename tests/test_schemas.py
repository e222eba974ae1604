"""Table contracts: frozen columns and dtypes, every column documented, row checks on the Pandera models."""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import date

import pandera.polars as pa
import polars as pl
import pytest

import schemas
from newslake.config import repo_root
from newslake.tables import TABLE_NAMES, from_rows, polars_schema

S, I64, F64 = pl.String, pl.Int64, pl.Float64
UTC = pl.Datetime("us", "UTC")
SPAN = {"article_id": S, "start": I64, "end": I64, "text": S}
# Written out by hand from issue 2's table contracts: a change here is a breaking change for every lake reader.
FROZEN = {
    "articles": {
        "article_id": S,
        "url": S,
        "title": S,
        "published_at": UTC,
        "source": S,
        "text": S,
        "word_count": I64,
        "content_sha256": S,
        "language": S,
        "authors": S,
    },
    "article_sources": {"article_source_id": S, "article_id": S, "source": S, "url": S, "seen_at": UTC},
    "mentions": {"mention_id": S, **SPAN, "label": S, "entity_id": S},
    "entities": {
        "entity_id": S,
        "name": S,
        "type": S,
        "country": S,
        "aliases": pl.List(S),
        "mention_count": I64,
        "geonames_id": I64,
        "wikidata_id": S,
    },
    "figures": {
        "figure_id": S,
        **SPAN,
        "kind": S,
        "value": F64,
        "low": F64,
        "high": F64,
        "currency": S,
        "unit": S,
        "qualifier": S,
        "period": S,
        "subject": S,
    },
    "dates": {"date_id": S, **SPAN, "date_start": pl.Date, "date_end": pl.Date},
    "quarantine": {
        "quarantine_id": S,
        "source": S,
        "stage": S,
        "reason": S,
        "record": S,
        "quarantined_at": UTC,
    },
}


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_columns_and_dtypes_are_frozen(table):
    assert dict(polars_schema(table)) == FROZEN[table]
    assert schemas.PRIMARY_KEYS[table] in FROZEN[table]


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_every_column_and_check_is_documented(table):
    model = schemas.TABLES[table]
    assert sys.modules[model.__module__].__doc__, f"schemas/{table}.py needs a module docstring"
    for name, col in model.to_schema().columns.items():
        assert col.description and len(col.description) > 10, f"{table}.{name} has no description"
    for check in model.to_schema().checks:
        assert check.description, f"{table} check {check.name} has no description"


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_suite_columns_match_the_contract(table):
    suite = json.loads((repo_root() / "expectations" / f"{table}.json").read_text())
    assert suite["name"] == table
    cols = next(e for e in suite["expectations"] if e["type"] == "expect_table_columns_to_match_set")
    assert cols["kwargs"]["column_set"] == list(FROZEN[table])
    for exp in suite["expectations"]:
        named = [exp["kwargs"][k] for k in ("column", "column_A", "column_B") if k in exp["kwargs"]]
        assert all(c in FROZEN[table] for c in named), (table, exp["type"], named)
        assert exp["notes"], f"{table}: {exp['type']} needs a note saying why"


def _errors(table: str, row: dict) -> set[str]:
    """Names of the checks that fail for a single-row frame."""
    try:
        schemas.TABLES[table].validate(from_rows(table, [row]), lazy=True)
    except pa.errors.SchemaErrors as err:
        return {f"{c['column']}:{c['check']}" for c in err.failure_cases.iter_rows(named=True)}
    return set()


TEXT = "Prices rose 5%."
SHA = hashlib.sha256(TEXT.encode()).hexdigest()
GOOD = {
    "articles": {
        "article_id": SHA[:16],
        "source": "x.txt",
        "text": TEXT,
        "word_count": 3,
        "content_sha256": SHA,
    },
    "figures": {
        "figure_id": "0" * 16,
        "article_id": SHA[:16],
        "start": 12,
        "end": 14,
        "text": "5%",
        "kind": "percent",
        "value": 5.0,
        "unit": "percent",
        "qualifier": "exact",
    },
    "dates": {
        "date_id": "0" * 16,
        "article_id": SHA[:16],
        "start": 0,
        "end": 4,
        "text": "2024",
        "date_start": date(2024, 1, 1),
        "date_end": date(2024, 12, 31),
    },
    "entities": {
        "entity_id": "0" * 16,
        "name": "Reuters",
        "type": "ORG",
        "aliases": ["Reuters"],
        "mention_count": 2,
    },
    "mentions": {
        "mention_id": "0" * 16,
        "article_id": SHA[:16],
        "start": 0,
        "end": 6,
        "text": "Prices",
        "label": "ORG",
        "entity_id": "1" * 16,
    },
}


@pytest.mark.parametrize("table", sorted(GOOD))
def test_good_rows_pass(table):
    assert _errors(table, GOOD[table]) == set()


CASES = [
    ("articles", {"text": "Prices rose 6%."}, "Articles:sha256_matches_text"),
    ("articles", {"article_id": "f" * 16}, "Articles:id_from_content"),
    ("articles", {"word_count": 0}, "word_count:greater_than_or_equal_to(1)"),
    ("articles", {"text": ""}, "text:str_length(1, None)"),
    ("figures", {"end": 12}, "Figures:end_after_start"),
    ("figures", {"value": float("nan")}, "Figures:finite_numbers"),
    ("figures", {"value": None}, "Figures:finite_numbers"),
    ("figures", {"qualifier": "range", "value": None, "low": 3.0}, "Figures:range_has_bounds"),
    ("figures", {"value": 9.0, "high": 6.0, "qualifier": "at_most"}, "Figures:bounds_ordered"),
    ("figures", {"kind": "ratio"}, "kind:isin(['count', 'money', 'percent', 'quantity', 'duration'])"),
    ("figures", {"currency": "usd"}, "currency:str_matches('^[A-Z]{3}$')"),
    ("dates", {"date_start": date(2025, 1, 1)}, "Dates:interval_ordered"),
    ("dates", {"date_start": None}, "Dates:interval_ordered"),
    ("dates", {"end": 0}, "Dates:end_after_start"),
    ("entities", {"aliases": []}, "Entities:has_alias"),
    ("entities", {"type": "GPE"}, "type:isin(['PERSON', 'ORG', 'PLACE', 'NORP', 'OTHER'])"),
    ("entities", {"wikidata_id": "42"}, "wikidata_id:str_matches('^Q[0-9]+$')"),
    ("mentions", {"start": 6}, "Mentions:end_after_start"),
]


@pytest.mark.parametrize(("table", "changes", "check"), CASES, ids=[f"{t}-{c}" for t, _, c in CASES])
def test_row_checks_fail_on_bad_rows(table, changes, check):
    assert check in _errors(table, GOOD[table] | changes)


def test_vague_approx_figure_may_have_no_number():
    vague = GOOD["figures"] | {
        "text": "thousands",
        "kind": "count",
        "unit": None,
        "value": None,
        "qualifier": "approx",
    }
    assert _errors("figures", vague) == set()


def test_both_null_interval_is_allowed():
    assert _errors("dates", GOOD["dates"] | {"date_start": None, "date_end": None}) == set()


def test_range_with_bounds_and_at_least_pass():
    assert (
        _errors("figures", GOOD["figures"] | {"qualifier": "range", "value": None, "low": 3.0, "high": 5.0})
        == set()
    )
    assert _errors("figures", GOOD["figures"] | {"qualifier": "at_least", "value": 5.0, "low": 5.0}) == set()
