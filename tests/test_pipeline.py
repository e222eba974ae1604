"""One batch through the library stages (no Prefect): ids, language gate, nothing lost."""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
import pytest

from newslake.pipeline import process_batch
from newslake.records import RawArticle, Rejected
from tests.conftest import SEED

PUBLISHED = datetime(2024, 11, 21, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def nlp(default_nlp):
    """The pipeline's tests run the default NER (conftest's `nlp` is the rule tests' original NER)."""
    return default_nlp


def batch(*texts: str) -> list[RawArticle]:
    return [RawArticle(source=f"t{i}.txt", text=t, published_at=PUBLISHED) for i, t in enumerate(texts)]


def test_same_input_gives_same_ids(nlp):
    a = process_batch(batch(SEED.read_text()), [], nlp)
    b = process_batch(batch(SEED.read_text()), [], nlp)
    for table in ("articles", "mentions", "entities", "figures", "dates"):
        assert a.tables[table].equals(b.tables[table]), table
    assert a.tables["mentions"].height > 30


def test_hostile_numbers_are_quarantined_and_the_article_still_publishes(nlp):
    text = "Officials in Paris said the index rose by 10^999 points, while 1,2,3,4 ballots and 25 jobs were lost."
    result = process_batch(batch(text), [], nlp)
    assert result.tables["articles"].height == 1
    q = result.tables["quarantine"]
    assert set(q["stage"]) == {"extract"} and q.height >= 2
    assert any("10^999" in rec for rec in q["record"])
    figs = result.tables["figures"]
    assert figs.filter(pl.col("value") == 25).height == 1
    assert figs["value"].drop_nulls().is_finite().all()


def test_non_english_article_is_kept_flagged_and_skips_ner(nlp):
    german = ("Die Bundesregierung in Berlin hat am Mittwoch beschlossen, die Hilfen für die Landwirtschaft "
              "deutlich zu erhöhen. Bundeskanzler Olaf Scholz sagte, man werde die Bauern nicht allein lassen.")
    result = process_batch(batch(german, "Kim Jong Un met Vladimir Putin in Moscow on Tuesday."), [], nlp)
    langs = dict(result.tables["articles"].select("text", "language").iter_rows())
    assert langs[german] == "de"
    german_id = result.tables["articles"].filter(pl.col("language") == "de")["article_id"].item()
    assert result.tables["mentions"].filter(pl.col("article_id") == german_id).height == 0
    assert result.tables["mentions"].height >= 3


def test_known_articles_are_skipped_and_read_rejections_ride_along(nlp):
    first = process_batch(batch("Tokyo stocks rose 2% on Monday."), [], nlp)
    known = frozenset(first.tables["articles"]["article_id"])
    rej = Rejected("bad.jsonl:3", "read", "bad.jsonl:3: not JSON", "{oops")
    again = process_batch(batch("Tokyo stocks rose 2% on Monday."), [rej], nlp, known)
    assert again.skipped_known == 1 and again.tables["articles"].height == 0
    assert again.tables["quarantine"]["source"].to_list() == ["bad.jsonl:3"]


def test_same_story_from_two_feeds_is_one_article_with_both_sources(nlp):
    story = "Lagos - Nigeria's central bank raised its benchmark rate to 27.5% on Tuesday."
    raws = [RawArticle(source="https://a.example/feed.xml", text=story),
            RawArticle(source="https://b.example/rss", text=story)]
    articles = process_batch(raws, [], nlp).tables["articles"]
    assert articles.height == 1
    assert articles["source"].item() == "https://a.example/feed.xml; https://b.example/rss"


def test_every_source_of_an_article_is_a_row_even_when_the_article_is_known(nlp):
    story = "Oslo - Norway's wealth fund lost 2.1% in the first quarter, its managers said on Friday."
    first = process_batch([RawArticle(source="https://a.example/feed.xml", text=story)], [], nlp)
    known = frozenset(first.tables["articles"]["article_id"])
    again = process_batch([RawArticle(source="https://a.example/feed.xml", text=story),
                           RawArticle(source="https://b.example/rss", text=story)], [], nlp, known)
    assert again.tables["articles"].height == 0
    sources = again.tables["article_sources"]
    assert sorted(sources["source"]) == ["https://a.example/feed.xml", "https://b.example/rss"]
    assert set(sources["article_id"]) == known
    # the pair already published is the same row (same id), so the lake adds only the new source
    assert first.tables["article_sources"]["article_source_id"][0] in set(sources["article_source_id"])


def test_combining_batches_keeps_one_row_per_key_in_input_order(nlp):
    from newslake.pipeline import combine

    first = process_batch(batch("Kim Jong Un met Vladimir Putin in Moscow on Tuesday."), [], nlp)
    again = process_batch(batch("Kim Jong Un met Vladimir Putin in Moscow on Tuesday.",
                                "About 3,000 workers went on strike in Seoul."), [], nlp)
    tables = combine([first, again])
    assert tables["articles"].height == 2  # the story in both batches is one article
    assert tables["articles"]["article_id"].to_list() == [*first.tables["articles"]["article_id"],
                                                          again.tables["articles"]["article_id"][1]]
    assert tables["mentions"]["mention_id"].is_unique().all()
    assert tables["mentions"].height == again.tables["mentions"].height
    assert tables["figures"].height == again.tables["figures"].height == 1  # "About 3,000 workers"


def test_a_place_followed_by_its_state_lies_there_through_the_whole_batch(nlp):
    text = "Police in Alexandria, Virginia, arrested two men on Friday after a chase through the city's old town."
    result = process_batch(batch(text), [], nlp)
    mentions, entities = result.tables["mentions"], result.tables["entities"]
    town = mentions.filter(pl.col("text") == "Alexandria").join(entities, on="entity_id")
    assert town["country"].to_list() == ["USA"]
