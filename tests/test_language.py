"""Language detection with py3langid's bundled model."""

from __future__ import annotations

import pytest

from newslake.language import detect_language
from tests.conftest import SEED


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("North Korea and Russia have signed a new agreement to enhance economic cooperation.", "en"),
        ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites.", "fr"),
        ("Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen.", "de"),
        ("El gobierno anunció el martes una nueva ley de pensiones.", "es"),
        ("Правительство объявило во вторник о новом законе о пенсиях.", "ru"),
    ],
)
def test_detects_common_languages(text, lang):
    assert detect_language(text) == lang


def test_seed_is_english():
    assert detect_language(SEED.read_text(encoding="utf-8")) == "en"


def test_all_caps_and_html_are_still_english():
    assert detect_language("NORTH KOREA AND RUSSIA HAVE SIGNED A NEW AGREEMENT ON TRADE AND TOURISM") == "en"
    html = (
        "<html><body><div><p>The minister said on Tuesday that the new law takes effect next year.</p></div>"
    )
    assert detect_language(html) == "en"


@pytest.mark.parametrize(
    "text", ["", "Kim Jong Un", "<div><p>&nbsp;</p></div>", "12345 67890 !!!", "\x00\x01" * 40]
)
def test_too_little_text_is_unknown(text):
    assert detect_language(text) is None


def test_huge_text_is_sampled():
    assert detect_language("The talks ended without an agreement. " * 500_000) == "en"
