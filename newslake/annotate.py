"""Annotate stage: language, spaCy NER mentions, figures and dates for a batch of articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl

from newslake.records import Rejected, dump_record

# `lead`/`tail` (the characters around a mention) only help linking ("Alexandria, Virginia", "Cook and DuPage
# counties"); they are not published
MENTION_COLUMNS = {
    "article_id": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
    "text": pl.String,
    "label": pl.String,
    "lead": pl.String,
    "tail": pl.String,
}


@dataclass
class Annotations:
    """Raw annotation output of one batch; normalize turns it into tables."""

    languages: dict[str, str | None] = field(default_factory=dict)
    mentions: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    failed_ids: set[str] = field(default_factory=set)

    def mentions_frame(self) -> pl.DataFrame:
        return pl.DataFrame(self.mentions, schema=MENTION_COLUMNS)


def annotate(articles: pl.DataFrame, nlp: Any) -> Annotations:
    """Run language detection, NER (English only), figure and date extraction over a batch."""
    from newslake.dates import extract_dates
    from newslake.entities import doc_mentions
    from newslake.figures import extract_figures_checked
    from newslake.language import detect_language

    out = Annotations()
    rows = articles.select("article_id", "text", "published_at", "language", "source").to_dicts()
    english: list[dict] = []
    for row in rows:
        lang = row["language"] or detect_language(row["text"])
        out.languages[row["article_id"]] = lang
        if lang in (None, "en"):
            english.append(row)
    docs = nlp.pipe((r["text"] for r in english), batch_size=64)
    for row in english:
        aid = row["article_id"]
        try:
            doc = next(docs)
            mentions = [{"article_id": aid, **m} for m in doc_mentions(doc)]
            found, refused = extract_figures_checked(row["text"], row["source"])
            figures = [{"article_id": aid, **f} for f in found]
            dates = [{"article_id": aid, **d} for d in extract_dates(row["text"], row["published_at"])]
        except Exception as exc:  # noqa: BLE001 -- one bad article must not sink the batch: quarantine it whole
            out.failed_ids.add(aid)
            out.rejected.append(Rejected(row["source"], "annotate", f"{row['source']}: annotation failed: "
                                         f"{type(exc).__name__}: {exc}", dump_record({"article_id": aid, **row})))
            continue
        out.rejected.extend(refused)  # numbers we would not publish are kept, with the reason
        out.mentions.extend(mentions)
        out.figures.extend(figures)
        out.dates.extend(dates)
    return out
