"""The news_pipeline flow end to end under a real Prefect API: the seed story must come out right."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

from newslake import lake
from tests.conftest import REPO

pytestmark = pytest.mark.usefixtures("prefect_harness")
SAMPLES = REPO / "samples"


@pytest.fixture(scope="module")
def demo_lake(tmp_path_factory) -> tuple[str, object]:
    from flows.news_pipeline import news_pipeline

    uri = str(tmp_path_factory.mktemp("lake") / "lake")
    summary = news_pipeline(sources=[str(SAMPLES)], lake_uri=uri, batch_size=2)
    return uri, summary


def seed_article_id(uri: str) -> str:
    arts = lake.read_table(uri, "articles")
    return arts.filter(pl.col("url").str.contains("north-korea-russia"))["article_id"].item()


def test_run_publishes_release_one_with_every_table(demo_lake):
    uri, summary = demo_lake
    assert summary.release == 1
    rel = lake.latest_release(uri)
    assert rel is not None and rel.number == 1
    assert set(rel.tables) == {"articles", "article_sources", "mentions", "entities", "figures", "dates",
                               "quarantine"}
    assert lake.read_table(uri, "articles").height == 6  # 4 JSONL records + 1 .txt + 1 .html


def test_bad_records_are_quarantined_with_source_and_reason(demo_lake):
    uri, summary = demo_lake
    q = lake.read_table(uri, "quarantine")
    by_source = {Path(s).name: r for s, r in zip(q["source"], q["reason"])}
    assert "not JSON" in by_source["articles.jsonl:5"]
    assert "no 'text'" in by_source["articles.jsonl:6"]
    assert "empty file" in by_source["empty-article.txt"]
    assert summary.quarantined == 3


def test_seed_people_and_countries(demo_lake):
    uri, _ = demo_lake
    aid = seed_article_id(uri)
    mentions = lake.read_table(uri, "mentions").filter(pl.col("article_id") == aid)
    entities = lake.read_table(uri, "entities")
    linked = mentions.join(entities, on="entity_id")
    people = set(linked.filter(pl.col("type") == "PERSON")["name"])
    assert {"Kim Jong Un", "Alexandr Kozlov", "Kim Tok Hun"} <= people
    assert {"RUS", "PRK", "KOR", "USA", "UKR"} <= set(linked["country"].drop_nulls())
    kozlov = linked.filter(pl.col("text") == "Kozlov")
    assert set(kozlov["name"]) == {"Alexandr Kozlov"}


def test_seed_figures(demo_lake):
    uri, _ = demo_lake
    figs = lake.read_table(uri, "figures").filter(pl.col("article_id") == seed_article_id(uri))
    troops = figs.filter(pl.col("value") == 11_000).row(0, named=True)
    assert troops["qualifier"] == "approx" and "troops" in troops["subject"]
    animals = figs.filter(pl.col("value") == 70).row(0, named=True)
    assert animals["qualifier"] == "at_least" and "animals" in animals["subject"]
    money = figs.filter(pl.col("kind") == "money").row(0, named=True)
    assert (money["qualifier"], money["currency"], money["period"]) == ("range", "USD", "year")
    assert money["low"] == pytest.approx(3.2e8) and money["high"] == pytest.approx(1.3e9)


def test_seed_dates_resolve_against_publication(demo_lake):
    uri, _ = demo_lake
    dates = lake.read_table(uri, "dates").filter(pl.col("article_id") == seed_article_id(uri))
    late_oct = dates.filter(pl.col("text") == "late October").row(0, named=True)
    assert (str(late_oct["date_start"]), str(late_oct["date_end"])) == ("2024-10-21", "2024-10-31")


def test_offsets_index_the_article_text(demo_lake):
    uri, _ = demo_lake
    texts = dict(lake.read_table(uri, "articles").select("article_id", "text").iter_rows())
    for table in ("mentions", "figures", "dates"):
        for row in lake.read_table(uri, table).iter_rows(named=True):
            assert texts[row["article_id"]][row["start"]:row["end"]] == row["text"], (table, row)


def test_rerun_is_idempotent_and_new_input_makes_release_two(demo_lake, tmp_path):
    from flows.news_pipeline import news_pipeline

    uri, _ = demo_lake
    before = {t: lake.read_table(uri, t).height for t in ("articles", "mentions", "figures", "dates", "quarantine")}
    news_pipeline(sources=[str(SAMPLES)], lake_uri=uri, batch_size=3)
    after = {t: lake.read_table(uri, t).height for t in before}
    assert after == before
    assert lake.latest_release(uri).number == 1

    extra = tmp_path / "extra"
    shutil.copytree(SAMPLES, extra)
    (extra / "new.txt").write_text("Brazil's central bank raised its Selic rate to 12.25% on Wednesday.")
    summary = news_pipeline(sources=[str(extra)], lake_uri=uri)
    assert summary.release == 2 and summary.skipped_known == 6
    assert lake.read_table(uri, "articles").height == 7
    assert lake.read_table(uri, "articles", release=1).height == 6  # release 1 stays pinned


def test_a_known_story_from_a_new_source_adds_only_a_source_row(demo_lake, tmp_path):
    from flows.news_pipeline import news_pipeline

    uri, _ = demo_lake
    articles_before = lake.read_table(uri, "articles").height
    sources_before = lake.read_table(uri, "article_sources")
    copy = tmp_path / "mirror" / "grain.txt"
    copy.parent.mkdir()
    copy.write_text((SAMPLES / "ukraine-grain.txt").read_text())
    news_pipeline(sources=[str(copy)], lake_uri=uri)
    assert lake.read_table(uri, "articles").height == articles_before
    sources = lake.read_table(uri, "article_sources")
    [new] = sources.filter(pl.col("source") == str(copy)).iter_rows(named=True)
    assert sources.height == sources_before.height + 1
    original = sources_before.filter(pl.col("source") == str(SAMPLES / "ukraine-grain.txt"))
    assert new["article_id"] == original["article_id"].item()


def test_run_leaves_a_summary_artifact(demo_lake):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    async def latest_artifact():
        async with get_client() as client:
            arts = await client.read_artifacts(
                artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["news-pipeline-summary"])))
            return arts

    import asyncio

    arts = asyncio.run(latest_artifact())
    assert arts, "no news-pipeline-summary artifact"
    # other runs in this session leave artifacts too: the demo run's has its 6 articles and quarantine reasons
    assert any("| articles | 6 |" in a.data and "empty file; nothing to read" in a.data for a in arts)


def test_near_duplicates_flag_quarantines_edited_copies(tmp_path):
    from flows.news_pipeline import news_pipeline

    src = tmp_path / "in"
    src.mkdir()
    seed = (REPO.parent / "shared" / "data" / "seed" / "north-korea-russia-cooperation.txt").read_text()
    (src / "a.txt").write_text(seed)
    (src / "b.txt").write_text(seed.replace("global diplomacy", "diplomacy worldwide"))
    uri = str(tmp_path / "lake")
    summary = news_pipeline(sources=[str(src)], lake_uri=uri, near_duplicates=0.9)
    assert lake.read_table(uri, "articles").height == 1
    [reason] = lake.read_table(uri, "quarantine")["reason"].to_list()
    assert "near-duplicate" in reason and summary.quarantined == 1
