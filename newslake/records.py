"""Records that flow between stages before they become Polars frames."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from a source, before annotation. `text` is kept exactly as given."""

    source: str
    text: str
    url: str | None = None
    title: str | None = None
    published_at: datetime | None = None  # timezone-aware UTC, or None when unknown
    authors: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record that could not be processed: it goes to the `quarantine` table, never silently dropped."""

    source: str  # file path, URL or "path:line"
    stage: str  # read | fetch | extract | annotate | normalize | validate | publish
    reason: str  # human readable: what went wrong and what to do
    record: str  # enough to reprocess: the raw line, the URL, the path, or a JSON dump of the row

    def as_row(self) -> dict[str, str]:
        return asdict(self)


def dump_record(obj: object, limit: int = 100_000) -> str:
    """JSON for a quarantine `record`, truncated so one huge input cannot blow up the table."""
    text = obj if isinstance(obj, str) else json.dumps(obj, default=str, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + f"...[truncated {len(text) - limit} chars]"
