"""html.extract on real shared pages: body quality, metadata, encodings, and pages with no article."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime

import pytest
from conftest import SHARED

from newslake.html import ExtractionError, extract, parse_date, unwrap

PAGES = SHARED / "article-extraction" / "html"
WSJ = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"
KOREAN = "0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2"
NYT = "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34"


def shingle_f1(gold: str, pred: str) -> float:
    """Page-level F1 over 4-token shingle multisets (the benchmark's per-page measure)."""

    def grams(text: str) -> Counter:
        toks = re.findall(r"\w+", text)
        return Counter(tuple(toks[i : i + 4]) for i in range(max(1, len(toks) - 3)))

    g, p = grams(gold), grams(pred)
    tp = sum((g & p).values())
    return 2 * tp / (sum(g.values()) + sum(p.values()))


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((SHARED / "article-extraction" / "ground-truth.json").read_text(encoding="utf-8"))


def test_a_paragraph_hard_wrapped_in_the_page_source_is_one_line():
    raw = (PAGES / "34a7328535ad4e60b059f81d37eec5d25c2bc8de759ce9a7b5e47ac7dc6fd1b0.html").read_bytes()
    text = extract(raw, source="page.html").text
    assert "has taken to her Instagram page" in text
    assert not re.search(r"\n[ \t]+[a-z]", text)


def test_unwrap_joins_only_continued_sentences():
    wrapped = "allergies to\n      eat tiny amounts.\n  The next one\nso you can:\n  - Discover\nAllergy,\n Asthma"
    assert unwrap(wrapped) == "allergies to eat tiny amounts.\n  The next one\nso you can:\n  - Discover\nAllergy,\n Asthma"


def test_wsj_page_metadata_and_body(gold):
    raw = (PAGES / f"{WSJ}.html").read_bytes()
    art = extract(raw, source="wsj.html")
    # expected values read off the page's own <meta> tags
    assert art.title.startswith("Google Stadia, Microsoft xCloud, Apple Arcade")
    assert "Needleman" in art.authors
    assert art.published_at == datetime(2019, 11, 19, 13, 3, tzinfo=UTC)
    assert art.url == gold[WSJ]["url"]
    assert art.language == "en"
    assert art.source == "wsj.html"
    assert shingle_f1(gold[WSJ]["articleBody"], art.text) > 0.7


@pytest.mark.parametrize("page_id", [NYT, KOREAN])
def test_body_matches_gold(gold, page_id):
    art = extract(
        (PAGES / f"{page_id}.html").read_text(encoding="utf-8"), source=page_id, url=gold[page_id]["url"]
    )
    assert shingle_f1(gold[page_id]["articleBody"], art.text) > 0.85


def test_korean_language_detected():
    art = extract((PAGES / f"{KOREAN}.html").read_bytes(), source="ko.html")
    assert art.language == "ko"


def test_declared_legacy_encoding_is_decoded():
    body = "Le ministre a annoncé une réforme économique majeure pour la région. " * 12
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Réforme</title></head>'
        f"<body><article><h1>Réforme</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )
    art = extract(page.encode("iso-8859-1"), source="fr.html")
    assert "réforme économique" in art.text
    assert art.language == "fr"


@pytest.mark.parametrize(
    "payload, fragment",
    [
        (b"", "empty page"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        (bytes(range(256)) * 40, "bad.html"),
    ],
)
def test_no_article_raises_extraction_error_naming_source(payload, fragment):
    with pytest.raises(ExtractionError) as info:
        extract(payload, source="bad.html")
    assert fragment in str(info.value)
    assert "bad.html" in str(info.value)


def test_parse_date_normalises_to_utc():
    assert parse_date("2024-11-21T10:00:00+0200") == datetime(2024, 11, 21, 8, 0, tzinfo=UTC)
    assert parse_date("2024-11-21") == datetime(2024, 11, 21, tzinfo=UTC)
    assert parse_date("not a date") is None
    assert parse_date(None) is None
