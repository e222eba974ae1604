"""Near-duplicate detection: a lightly edited copy is caught, a different story is not."""

from __future__ import annotations

import json

from newslake.dedupe import drop_near_duplicates
from newslake.records import RawArticle, Rejected
from tests.conftest import SEED


def test_edited_copy_is_quarantined_naming_the_original():
    seed = SEED.read_text()
    edited = seed.replace("signaling challenges for global diplomacy", "signalling challenges for diplomacy")
    other = "Brazil's central bank raised its Selic rate to 12.25% on Wednesday, its third rise in a row. " * 3
    records = [RawArticle("wire.txt", seed), RawArticle("copy.txt", edited), RawArticle("other.txt", other),
               RawArticle("again.txt", seed)]
    out = list(drop_near_duplicates(records, threshold=0.9))
    kept = [r.source for r in out if isinstance(r, RawArticle)]
    assert kept == ["wire.txt", "other.txt", "again.txt"]  # an exact repeat is merged later, not dropped here
    [dup] = [r for r in out if isinstance(r, Rejected)]
    assert dup.source == "copy.txt" and "near-duplicate" in dup.reason and "wire.txt" in dup.reason
    assert json.loads(dup.record)["text"] == edited  # enough to reprocess


def test_rejections_pass_through_untouched():
    rej = Rejected("bad.jsonl:1", "read", "bad.jsonl:1: not JSON", "{")
    assert list(drop_near_duplicates([rej], threshold=0.9)) == [rej]
