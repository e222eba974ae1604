"""Normalize stage: raw records and extractor output -> contract frames with deterministic ids."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime

import polars as pl

from newslake.ids import article_id_for, content_sha256, stable_id
from newslake.records import RawArticle, Rejected
from newslake.tables import empty, from_rows


def articles_frame(raws: Sequence[RawArticle]) -> pl.DataFrame:
    """One row per distinct text, ids derived from the text alone; every source of a repeated text is kept."""
    rows: dict[str, dict] = {}
    for raw in raws:
        digest = content_sha256(raw.text)
        article_id = article_id_for(digest)
        if article_id in rows:  # the same story from two feeds or files: one article, both sources recorded
            known = rows[article_id]
            if raw.source not in known["source"].split("; "):
                known["source"] += f"; {raw.source}"
            continue
        rows[article_id] = {
            "article_id": article_id,
            "url": raw.url,
            "title": raw.title,
            "published_at": raw.published_at,
            "source": raw.source,
            "text": raw.text,
            "word_count": max(len(raw.text.split()), 1),
            "content_sha256": digest,
            "language": raw.language,
            "authors": raw.authors,
        }
    return from_rows("articles", list(rows.values()))


def article_sources_frame(raws: Sequence[RawArticle], now: datetime | None = None) -> pl.DataFrame:
    """One row per (article, source) pair: where each text was seen, including texts already in the lake."""
    when = now or datetime.now(UTC)
    rows: dict[str, dict] = {}
    for raw in raws:
        article_id = article_id_for(content_sha256(raw.text))
        key = stable_id(article_id, raw.source)
        rows.setdefault(key, {"article_source_id": key, "article_id": article_id, "source": raw.source,
                              "url": raw.url, "seen_at": when})
    return from_rows("article_sources", list(rows.values()))


def quarantine_frame(rejected: Sequence[Rejected], now: datetime | None = None) -> pl.DataFrame:
    """Rejected records with a deterministic id, so re-running the same bad input adds no duplicate."""
    if not rejected:
        return empty("quarantine")
    when = now or datetime.now(UTC)
    rows = {}
    for r in rejected:
        qid = stable_id(r.source, r.stage, r.reason, r.record)
        rows.setdefault(qid, {"quarantine_id": qid, **r.as_row(), "quarantined_at": when})
    return from_rows("quarantine", list(rows.values()))


def _finite(x: object) -> float | None:
    if x is None:
        return None
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    return f if math.isfinite(f) else None


def spans_frame(table: str, id_name: str, rows: list[dict]) -> pl.DataFrame:
    """figures/dates rows (with article_id, start, end) -> contract frame with `<id_name>` = hash(article, span)."""
    out = []
    for row in rows:
        row = dict(row)
        row[id_name] = stable_id(row["article_id"], row["start"], row["end"])
        for key in ("value", "low", "high"):
            if key in row:
                row[key] = _finite(row[key])
        out.append(row)
    frame = from_rows(table, out)
    return frame.unique(subset=[id_name], keep="first", maintain_order=True)
