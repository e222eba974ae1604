"""The stages composed for one batch, as plain functions (flows/ wraps them in Prefect tasks)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import polars as pl

from newslake.annotate import annotate
from newslake.normalize import article_sources_frame, articles_frame, quarantine_frame, spans_frame
from newslake.records import RawArticle, Rejected
from newslake.tables import TABLE_NAMES, empty
from schemas import PRIMARY_KEYS

FACT_TABLES = ("articles", "mentions", "figures", "dates")


@dataclass
class BatchResult:
    """Validated tables of one batch plus what the threshold check needs."""

    tables: dict[str, pl.DataFrame]
    records_in: int = 0
    rows_checked: int = 0
    rows_rejected: int = 0
    skipped_known: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def failure_share(self) -> float:
        return self.rows_rejected / self.rows_checked if self.rows_checked else 0.0


def batched(items: Iterable[RawArticle | Rejected], size: int) -> Iterator[tuple[list[RawArticle], list[Rejected]]]:
    """Group a record stream into batches of at most `size` articles (rejections ride along)."""
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield [r for r in chunk if isinstance(r, RawArticle)], [r for r in chunk if isinstance(r, Rejected)]


def process_batch(raws: Sequence[RawArticle], rejected: Sequence[Rejected], nlp: Any,
                  known_ids: frozenset[str] = frozenset()) -> BatchResult:
    """Normalize, annotate, link and row-validate one batch; articles already in the lake are skipped."""
    from newslake.entities import link_mentions
    from newslake.validate import check_rows

    articles = articles_frame(raws)
    before = articles.height
    if known_ids:
        articles = articles.filter(~pl.col("article_id").is_in(list(known_ids)))
    skipped = before - articles.height
    ann = annotate(articles, nlp)
    if ann.failed_ids:
        articles = articles.filter(~pl.col("article_id").is_in(list(ann.failed_ids)))
    articles = articles.with_columns(
        pl.col("article_id").replace_strict(ann.languages, default=pl.col("language"), return_dtype=pl.String)
        .alias("language")
    )
    mentions, entities = link_mentions(ann.mentions_frame())
    sources = article_sources_frame(raws)  # known articles too: a story seen again from a new feed gains a row
    sources = sources.filter(pl.col("article_id").is_in([*articles["article_id"], *known_ids]))
    tables = {
        "articles": articles,
        "article_sources": sources,
        "mentions": mentions,
        "entities": entities,
        "figures": spans_frame("figures", "figure_id", ann.figures),
        "dates": spans_frame("dates", "date_id", ann.dates),
    }
    clean, invalid = check_rows(tables)
    all_rejected = [*rejected, *ann.rejected, *invalid]
    clean["quarantine"] = quarantine_frame(all_rejected)
    return BatchResult(
        tables=clean,
        records_in=len(raws) + len(rejected),
        rows_checked=sum(t.height for t in tables.values()),
        rows_rejected=len(invalid),
        skipped_known=skipped,
        rejected=all_rejected,
    )


def combine(results: Sequence[BatchResult]) -> dict[str, pl.DataFrame]:
    """Concatenate batch tables; entities of several batches are merged like the lake merges them."""
    from newslake.entities import merge_entities

    out: dict[str, pl.DataFrame] = {}
    for name in TABLE_NAMES:
        frames = [r.tables[name] for r in results if name in r.tables]
        if name == "entities":
            merged = empty("entities")
            for frame in frames:
                merged = merge_entities(merged, frame)
            out[name] = merged
        else:
            table = pl.concat(frames, how="vertical", rechunk=False) if frames else empty(name)
            if table[PRIMARY_KEYS[name]].is_duplicated().any():  # unique() copies every column: only when needed
                table = table.unique(subset=[PRIMARY_KEYS[name]], keep="first", maintain_order=True)
            out[name] = table
    return out
