"""Run summary: rows per table, quarantine reasons, validation outcome — for the CLI and the Prefect artifact."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import polars as pl


@dataclass
class RunSummary:
    release: int | None
    lake: str
    rows: dict[str, int]  # new rows published per table in this run
    records_in: int
    skipped_known: int
    quarantined: int
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    validation_success: bool = True

    @classmethod
    def build(cls, tables: dict[str, pl.DataFrame], release: Any, results: Sequence[Any], report: Any) -> RunSummary:
        reasons = Counter(f"{r.stage}: {_reason_kind(r.reason)}" for res in results for r in res.rejected)
        return cls(
            release=getattr(release, "number", None),
            lake=str(getattr(release, "lake", "")),
            rows={name: df.height for name, df in tables.items()},
            records_in=sum(res.records_in for res in results),
            skipped_known=sum(res.skipped_known for res in results),
            quarantined=sum(len(res.rejected) for res in results),
            quarantine_reasons=dict(reasons.most_common()),
            validation_success=bool(getattr(report, "success", True)),
        )


def _reason_kind(reason: str) -> str:
    """'path/x.txt: empty file; nothing to read' -> 'empty file; nothing to read' (group by cause, not file)."""
    head, sep, tail = reason.partition(": ")
    return tail if sep and ("/" in head or "." in head or ":" in head) else reason


def summary_markdown(s: RunSummary) -> str:
    lines = [f"# newslake run: release {s.release}", "", "| table | new rows |", "|---|---:|"]
    lines += [f"| {name} | {n} |" for name, n in s.rows.items()]
    status = "passed" if s.validation_success else "FAILED"
    lines += ["", (f"Records read: {s.records_in}; already in the lake (skipped): {s.skipped_known}; "
                   f"quarantined: {s.quarantined}; validation: {status}.")]
    if s.quarantine_reasons:
        lines += ["", "| quarantine reason | count |", "|---|---:|"]
        lines += [f"| {reason} | {n} |" for reason, n in s.quarantine_reasons.items()]
    return "\n".join(lines)
