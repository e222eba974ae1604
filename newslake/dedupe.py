"""Near-duplicate detection (MinHash LSH over word 5-gram shingles), opt-in with `newslake run --near-duplicates`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newslake.ids import content_sha256
from newslake.records import RawArticle, Rejected, dump_record

SHINGLE_WORDS = 5
NUM_PERM = 64
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


class NearDuplicates:
    """Remembers the articles of a run; `match` names an earlier one whose text is near-identical."""

    def __init__(self, threshold: float = 0.9) -> None:
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.first_source: dict[str, str] = {}

    def match(self, article: RawArticle) -> str | None:
        """The source of an earlier near-duplicate, else None (and the article is remembered)."""
        from datasketch import MinHash

        key = content_sha256(article.text)
        if key in self.first_source:
            return None  # an exact repeat is the same article: normalize merges it, recording both sources
        sig = MinHash(num_perm=NUM_PERM, seed=1)
        sig.update_batch(shingles(article.text))
        hits = self.lsh.query(sig)
        if hits:
            return self.first_source[min(hits)]
        self.lsh.insert(key, sig)
        self.first_source[key] = article.source
        return None


def drop_near_duplicates(records: Iterable[RawArticle | Rejected], threshold: float) -> Iterator[RawArticle | Rejected]:
    """Pass records through; a near-duplicate of an earlier article becomes a quarantine row naming the original."""
    index = NearDuplicates(threshold)
    for rec in records:
        original = index.match(rec) if isinstance(rec, RawArticle) else None
        if original is None:
            yield rec
        else:
            yield Rejected(rec.source, "read", f"{rec.source}: near-duplicate (MinHash Jaccard >= {threshold}) of "
                           f"{original}; run without --near-duplicates to keep both",
                           dump_record({"source": rec.source, "url": rec.url, "title": rec.title, "text": rec.text}))
