"""Language of an article's text (ISO 639-1) with py3langid's bundled model: no download."""

from __future__ import annotations

import html
import re
from functools import cache

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

SAMPLE_CHARS = 1500  # the head of an article decides (~250 words); more costs time, not accuracy
MIN_LETTERS = 20  # below this the guess is noise
MIN_CONFIDENCE = 0.5
_TAGS = re.compile(r"<[^>]{0,500}>")
_URLS = re.compile(r"\S+://\S+|www\.\S+")


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def clean_sample(text: str) -> str:
    """Head of the text without HTML tags, entities or URLs, lowercased (all-caps text confuses the model)."""
    sample = html.unescape(_TAGS.sub(" ", text[: SAMPLE_CHARS * 2]))
    return " ".join(_URLS.sub(" ", sample).split())[:SAMPLE_CHARS].lower()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when there is too little text or the model is unsure."""
    sample = clean_sample(text or "")
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= MIN_CONFIDENCE else None
