"""NER cache kept in the lake: entity spans per article text, keyed by content hash, extractor version and model."""

from __future__ import annotations

import io
import logging
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import polars as pl

from newslake.config import EXTRACTOR_VERSION
from newslake.ids import content_sha256
from newslake.store import LakeError, Store, open_store

log = logging.getLogger(__name__)

PREFIX = "cache/ner"
Ent = tuple[int, int, str, str, str]  # start_char, end_char, label, kb_id, span_id
SCHEMA = {
    "content_sha256": pl.String,
    "starts": pl.List(pl.Int64),
    "ends": pl.List(pl.Int64),
    "labels": pl.List(pl.String),
    "kb_ids": pl.List(pl.String),
    "span_ids": pl.List(pl.String),
}


def cache_prefix(model: str, version: str = EXTRACTOR_VERSION) -> str:
    """Key prefix of one (extractor version, model) generation: a new version starts an empty cache."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in model)
    return f"{PREFIX}/v{version}/{safe}/"


def ents_to_frame(entries: dict[str, list[Ent]]) -> pl.DataFrame:
    """Cache rows: one per article text, entity fields as parallel lists."""
    rows = [
        {"content_sha256": digest, "starts": [e[0] for e in ents], "ends": [e[1] for e in ents],
         "labels": [e[2] for e in ents], "kb_ids": [e[3] for e in ents], "span_ids": [e[4] for e in ents]}
        for digest, ents in entries.items()
    ]
    return pl.DataFrame(rows, schema=SCHEMA)


def frame_to_ents(frame: pl.DataFrame) -> dict[str, list[Ent]]:
    """Inverse of ents_to_frame."""
    return {
        row["content_sha256"]: list(zip(row["starts"], row["ends"], row["labels"], row["kb_ids"], row["span_ids"]))
        for row in frame.iter_rows(named=True)
    }


@lru_cache(maxsize=4096)
def _part_digests(store: Store, key: str) -> frozenset[str]:
    """Digests held by one immutable part (memoized: parts never change once written)."""
    found = store.get(key)
    if found is None:
        return frozenset()
    return frozenset(pl.read_parquet(io.BytesIO(found[0]), columns=["content_sha256"])["content_sha256"].to_list())


@dataclass
class NerCache:
    """Entity spans per text hash under `cache/ner/v<version>/<model>/part-<uuid>.parquet` in the lake store."""

    store: Store
    model: str
    version: str = EXTRACTOR_VERSION
    hits: int = 0
    misses: int = 0

    @property
    def prefix(self) -> str:
        return cache_prefix(self.model, self.version)

    def lookup(self, digests: Iterable[str]) -> dict[str, list[Ent]]:
        """Cached entities for those of `digests` already annotated under this version and model."""
        wanted = set(digests)
        found: dict[str, list[Ent]] = {}
        try:
            keys = [k for k in self.store.list(self.prefix) if k.endswith(".parquet")]
        except LakeError as exc:
            log.warning("NER cache unreadable at %s (%s); annotating without it", self.store.uri(self.prefix), exc)
            return found
        for key in keys:
            try:  # a cache is an optimisation: a bad part is skipped, never fatal
                if not (wanted - found.keys()) & _part_digests(self.store, key):
                    continue
                data = self.store.get(key)
                if data is not None:
                    part = pl.read_parquet(io.BytesIO(data[0])).filter(pl.col("content_sha256").is_in(list(wanted)))
                    found.update(frame_to_ents(part))
            except (LakeError, OSError, ValueError, pl.exceptions.PolarsError) as exc:
                log.warning("NER cache unreadable at %s (%s); annotating without it", self.store.uri(key), exc)
        return found

    def save(self, entries: dict[str, list[Ent]]) -> str | None:
        """Write one new immutable part; returns its key (None when there was nothing to write or it failed)."""
        if not entries:
            return None
        buf = io.BytesIO()
        ents_to_frame(entries).write_parquet(buf, compression="zstd")
        key = f"{self.prefix}part-{uuid.uuid4().hex}.parquet"
        try:
            self.store.put(key, buf.getvalue(), if_none_match=True)
        except (LakeError, OSError) as exc:
            log.warning("NER cache not written to %s (%s); the next run will annotate again", self.store.uri(key), exc)
            return None
        return key


def open_cache(lake: str, model: str, version: str = EXTRACTOR_VERSION) -> NerCache:
    """The NER cache of the lake at `lake` (local path or s3://bucket/prefix)."""
    return NerCache(open_store(lake), model, version)


def doc_ents(doc: Any) -> list[Ent]:
    """The cacheable part of a processed doc: its entity spans."""
    return [(e.start_char, e.end_char, e.label_, e.kb_id_, e.id_) for e in doc.ents]


def rebuild_doc(nlp: Any, text: str, ents: list[Ent]) -> Any | None:
    """A doc with the cached entities on a fresh tokenization (cheap); None if a span no longer aligns."""
    doc = nlp.make_doc(text)
    spans = []
    for start, end, label, kb_id, span_id in ents:
        span = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id)
        if span is None:
            return None
        spans.append(span)
    doc.ents = spans
    return doc


@dataclass
class CachedNLP:
    """A spaCy pipeline stand-in whose `pipe` serves cached entities and runs NER only on unseen texts."""

    nlp: Any
    cache: NerCache
    pending: dict[str, list[Ent]] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        if name in ("nlp", "cache", "pending"):  # not set yet (unpickling): never recurse
            raise AttributeError(name)
        return getattr(self.nlp, name)

    def pipe(self, texts: Iterable[str], batch_size: int = 64, **kwargs: Any) -> Iterator[Any]:
        """Docs in input order; cached texts are rebuilt, the rest go through the real pipeline in batches."""
        items = list(texts)
        digests = [content_sha256(t) for t in items]
        cached = self.cache.lookup(digests)
        docs: dict[int, Any] = {}
        for i, (text, digest) in enumerate(zip(items, digests)):
            if digest in cached and (doc := rebuild_doc(self.nlp, text, cached[digest])) is not None:
                docs[i] = doc
        self.cache.hits += len(docs)
        todo = [i for i in range(len(items)) if i not in docs]
        self.cache.misses += len(todo)
        fresh = self.nlp.pipe((items[i] for i in todo), batch_size=batch_size, **kwargs)
        for i in range(len(items)):
            if i in docs:
                yield docs.pop(i)
            else:
                doc = next(fresh)
                self.pending[digests[i]] = doc_ents(doc)
                yield doc

    def __call__(self, text: str) -> Any:
        return next(self.pipe([text]))

    def flush(self) -> str | None:
        """Persist entities of the texts annotated since the last flush (call once per batch)."""
        entries, self.pending = self.pending, {}
        return self.cache.save(entries)
