"""The entity rules' fast text helpers give exactly what spaCy's own accessors give."""

from __future__ import annotations

import pytest
import spacy

from newslake import nlp_common
from newslake.nlp_checks import words_text
from newslake.nlp_common import doc_lowers, doc_text, doc_words, lower_words, span_text

TEXTS = [
    "",
    " ",
    "Alexandr Kozlov said the National Intelligence Service (NIS) met in Pyongyang.",
    "  Two  spaces, a tab\there and\n\nline breaks \n",
    "Café Müller's São Paulo office — “quoted” text\u00a0with a no-break space.",
]


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("en")


@pytest.mark.parametrize("text", TEXTS)
def test_doc_and_span_text_match_spacy(blank: spacy.language.Language, text: str) -> None:
    doc = blank(text)
    assert doc_text(doc) == doc.text == text
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_doc_text_after_the_word_memo_is_reset(blank: spacy.language.Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_common, "MAX_MEMO_WORDS", 3)
    monkeypatch.setattr(nlp_common, "_BARE", {})  # an empty memo: every text adds words, several past the limit
    for text in TEXTS:
        doc = blank(text)
        assert doc_text(doc) == text
        assert doc_lowers(doc) == [t.lower_ for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_word_arrays_match_spacy(blank: spacy.language.Language, text: str) -> None:
    doc = blank(text)
    assert doc_words(doc) == [t.text for t in doc]
    assert doc_lowers(doc) == [t.lower_ for t in doc]
    assert [w.isspace() for w in doc_words(doc)] == [t.is_space for t in doc]  # trim reads is_space this way


@pytest.mark.parametrize("text", TEXTS[2:4])
def test_range_helpers_have_slice_bounds(blank: spacy.language.Language, text: str) -> None:
    doc = blank(text)
    n = len(doc)
    for start in range(-n - 2, n + 3):  # negative, reversed and out-of-range bounds as a doc slice treats them
        for end in range(-n - 2, n + 3):
            assert lower_words(doc, start, end) == [t.lower_ for t in doc[start:end]]
            assert words_text(doc, start, end) == doc[start:end].text
