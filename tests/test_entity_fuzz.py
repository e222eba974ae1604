"""Mangled news (dropped and doubled words, stray punctuation, shuffled phrases, markup) never trips a recogniser rule.

The entity stage keeps the model's own entities when a rule raises (newslake.nlp.EntityFixes); these texts must never
need that fallback, so any log record of it fails the test.
"""

from __future__ import annotations

import json
import logging
import random
from pathlib import Path

from newslake.entities import doc_mentions

DEVSET = Path(__file__).parents[1] / "benchmarks" / "entities_devset" / "devset.jsonl"
GLUE = [",", "(", ")", "-", "'s", "’s", ".", ":", ";", '"', "and", "of", "the", "said", "in", "/", "&", "—", "<p>"]


def mangled(text: str, how: int, rng: random.Random) -> str:
    """The text with one kind of damage (0-5): dropped words, glue words, title case, shuffles, stuck punctuation,
    doubled names."""
    words = text.split()
    if how == 0:
        words = [w for w in words if rng.random() > 0.2]
    elif how == 1:
        words = [x for w in words for x in ([w, rng.choice(GLUE)] if rng.random() < 0.15 else [w])]
    elif how == 2:
        words = [w.title() for w in words]
    elif how == 3:
        for i in range(0, len(words), 7):
            part = words[i : i + 7]
            rng.shuffle(part)
            words[i : i + 7] = part
    elif how == 4:
        words = [w + rng.choice(["", ",", "-", "'s", ")", "("]) for w in words]
    else:
        words = [x for w in words for x in ([w, w] if w[:1].isupper() and rng.random() < 0.3 else [w])]
    return " ".join(words)


def _texts() -> list[str]:
    rng = random.Random(7)
    stories = [json.loads(line)["text"] for line in DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()]
    known = ["ABU DHABI - Lando Norris Norris, 26, became world champion on Sunday. Norris said he was proud."]
    return known + [mangled(text, how, rng) for text in stories[:30] for how in range(6)]


def test_mangled_news_needs_no_fallback_and_keeps_offsets(nlp, caplog):
    texts = _texts()
    with caplog.at_level(logging.ERROR, logger="newslake.nlp"):
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=32)):
            for m in doc_mentions(doc):
                assert text[m["start"] : m["end"]] == m["text"]
    assert len(texts) == 181
    assert [r.getMessage()[:120] for r in caplog.records] == []
