"""Polars schemas of the lake tables, derived from the Pandera models in `schemas/` (the single source)."""

from __future__ import annotations

from functools import cache

import polars as pl

import schemas

TABLE_NAMES = tuple(schemas.TABLES)


@cache
def polars_schema(table: str) -> pl.Schema:
    model = schemas.TABLES[table].to_schema()
    return pl.Schema({name: col.dtype.type for name, col in model.columns.items()})


def empty(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=polars_schema(table))


def conform(table: str, df: pl.DataFrame) -> pl.DataFrame:
    """Columns in contract order with contract types; missing nullable columns are added as nulls."""
    schema = polars_schema(table)
    cols = [
        (pl.col(name) if name in df.columns else pl.lit(None)).cast(dtype).alias(name)
        for name, dtype in schema.items()
    ]
    return df.select(cols)


def from_rows(table: str, rows: list[dict]) -> pl.DataFrame:
    if not rows:
        return empty(table)
    return conform(table, pl.DataFrame(rows, infer_schema_length=None))
