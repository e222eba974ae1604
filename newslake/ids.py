"""Deterministic ids: the same input always gets the same id, so reruns add no duplicates."""

from __future__ import annotations

import hashlib

import polars as pl

ID_CHARS = 16


def stable_id(*parts: object) -> str:
    """16 hex chars of sha256 over the parts joined with a unit separator."""
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:ID_CHARS]


def content_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id_for(content_hash: str) -> str:
    """An article is its text: the same story from two URLs or feeds is one article."""
    return content_hash[:ID_CHARS]


def id_column(*cols: str, name: str) -> pl.Expr:
    """Vectorised stable_id over columns (same result as stable_id on the row's values)."""
    joined = pl.concat_str([pl.col(c).cast(pl.String).fill_null("") for c in cols], separator="\x1f")
    return joined.map_elements(
        lambda s: hashlib.sha256(s.encode("utf-8")).hexdigest()[:ID_CHARS], return_dtype=pl.String
    ).alias(name)
