"""The data dictionary, rendered from the Pandera models in `schemas/` (their descriptions are the source)."""

from __future__ import annotations

import schemas


def table_rows(table: str) -> list[tuple[str, str, bool, str, str]]:
    """(column, dtype, nullable, checks, description) for every column of a table, in contract order."""
    schema = schemas.TABLES[table].to_schema()
    return [(name, str(col.dtype), bool(col.nullable), _checks(col), col.description or "")
            for name, col in schema.columns.items()]


def _checks(col) -> str:
    parts = [name for name in ("unique",) if getattr(col, name, False)]
    for check in col.checks:
        stats = ", ".join(_fmt(v) for v in (check.statistics or {}).values() if v is not None)
        parts.append(f"{check.name} {stats}".strip())
    return "; ".join(parts)


def _fmt(value: object) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        return "{" + ", ".join(sorted(map(str, value))) + "}"
    return f"`{value}`" if isinstance(value, str) else str(value)


def render_markdown() -> str:
    out = ["# newslake data dictionary", "",
           "Generated from `schemas/` by `newslake dictionary`; do not edit by hand.", ""]
    for table, model in schemas.TABLES.items():
        doc = (model.__module__ and __import__(model.__module__, fromlist=["_"]).__doc__ or "").strip()
        out += [f"## `{table}`", "", doc, "", f"Primary key: `{schemas.PRIMARY_KEYS[table]}`.", "",
                "| column | type | nullable | checks | description |", "|---|---|---|---|---|"]
        out += [f"| `{c}` | {t} | {'yes' if n else 'no'} | {k} | {d} |" for c, t, n, k, d in table_rows(table)]
        checks = [c for c in model.to_schema().checks]
        if checks:
            out += ["", "Table checks: " + "; ".join(f"{c.name}" + (f" ({c.description})" if c.description else "")
                                                      for c in checks) + "."]
        out.append("")
    return "\n".join(out)
