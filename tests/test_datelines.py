"""Datelines: the all-caps place opening a wire story is a GPE, and the name after the dash survives."""

import pytest

from newslake.datelines import dateline_places
from newslake.nlp import load_nlp


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in load_nlp()(text).ents if e.label_ in ("GPE", "ORG", "PERSON", "LOC", "FAC")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("NAIROBI (Reuters) - Kenya's treasury raised fuel taxes.", "NAIROBI"),
        ("SAO PAULO, March 4 (Reuters) - Brazilian stocks fell.", "SAO PAULO"),
        ("MUMBAI: The city's civic body approved the budget.", "MUMBAI"),
        ("Headline of the story\nQUITO — Ecuador's president declared a state of emergency.", "QUITO"),
    ],
)
def test_dateline_place_is_found(text: str, place: str) -> None:
    spans = dateline_places(text)
    assert [text[a:b] for a, b in spans][:1] == [place]


def test_words_that_are_not_places_are_no_dateline() -> None:
    assert dateline_places("EXCLUSIVE: The lender plans to cut 500 jobs, sources said.") == []
    assert dateline_places("UPDATE - The meeting was moved to Friday.") == []


def test_mid_sentence_capitals_are_no_dateline() -> None:
    assert dateline_places("Officials in Cairo said NATO - not the UN - would decide.") == []


def test_dateline_is_a_place_and_the_country_after_the_dash_stays() -> None:
    found = ents("HARARE - Zimbabwe's central bank cut its policy rate on Thursday, governor John Mushayavanhu said.")
    assert ("HARARE", "GPE") in found
    assert ("Zimbabwe", "GPE") in found
    assert not any("HARARE" in text and text != "HARARE" for text, _ in found)


def test_common_word_after_the_dash_is_not_a_name() -> None:
    found = ents("LAGOS - Traders in the city's markets closed their stalls on Monday in protest.")
    assert found[:1] == [("LAGOS", "GPE")]
    assert not any(text.startswith("Traders") for text, _ in found)


def test_region_after_a_dateline_is_a_place_too() -> None:
    text = "ODESA, Ukraine (AP) — Russian drones hit the port overnight, officials said."
    assert [text[a:b] for a, b in dateline_places(text)] == ["ODESA", "Ukraine"]


def test_a_span_across_the_date_and_dash_keeps_the_name_after_it() -> None:
    found = ents("LUSAKA, Oct 3 (Reuters) - Zambia raised the price it pays copper miners on Friday.")
    assert ("LUSAKA", "GPE") in found and ("Zambia", "GPE") in found
    assert not any(text.startswith("Oct") for text, _ in found)
