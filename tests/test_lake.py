"""Lake on a local directory: releases, pinning, idempotent reruns, snapshot tables, pull, concurrent publishers."""

from __future__ import annotations

import io
import multiprocessing
import os
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from newslake import lake
from newslake.ids import content_sha256, stable_id
from newslake.store import open_store
from newslake.tables import from_rows, polars_schema


def articles(numbers: range | list[int], source: str = "test") -> pl.DataFrame:
    rows = []
    for i in numbers:
        text = f"Article number {i} reports on something."
        sha = content_sha256(text)
        rows.append({"article_id": sha[:16], "url": f"https://example.org/{i}", "title": f"Title {i}",
                     "published_at": datetime(2024, 11, 1, tzinfo=UTC), "source": source, "text": text,
                     "word_count": 6, "content_sha256": sha, "language": "en", "authors": None})
    return from_rows("articles", rows)


def article_id(i: int) -> str:
    return content_sha256(f"Article number {i} reports on something.")[:16]


def entities(counts: dict[str, int]) -> pl.DataFrame:
    return from_rows("entities", [{"entity_id": stable_id("PERSON", name), "name": name, "type": "PERSON",
                                   "country": None, "aliases": [name], "mention_count": n}
                                  for name, n in counts.items()])


def add_counts(previous: pl.DataFrame, batch: pl.DataFrame) -> pl.DataFrame:
    """A test merge: mention counts add up (so a second call on the same batch would change the table)."""
    both = pl.concat([previous, batch])
    summed = both.group_by("entity_id").agg(pl.col("mention_count").sum())
    return both.unique("entity_id", keep="first").drop("mention_count").join(summed, on="entity_id")


OK = {"success": True}


@pytest.fixture
def uri(tmp_path) -> str:
    return str(tmp_path / "lake")


def test_empty_lake_reads_as_empty_contract_frames(uri):
    assert lake.latest_release(uri) is None
    assert lake.releases(uri) == []
    df = lake.read_table(uri, "figures")
    assert df.height == 0 and df.schema == polars_schema("figures")
    assert lake.table_uris(uri, "articles") == []
    assert lake.existing_ids(uri, "articles").to_list() == []


def test_publish_then_read_back(uri):
    rel = lake.publish(uri, {"articles": articles(range(5))}, validation=OK)
    assert rel.number == 1 and rel.parent is None
    assert rel.tables["articles"]["rows"] == 5 and rel.tables["mentions"]["rows"] == 0
    assert lake.latest_release(uri).number == 1
    back = lake.read_table(uri, "articles")
    assert back.schema == polars_schema("articles")
    assert sorted(back["article_id"]) == sorted(article_id(i) for i in range(5))
    assert back.sort("title").equals(articles(range(5)).sort("title"))
    assert lake.get_release(uri, 1).validation == OK
    part = Path(lake.table_uris(uri, "articles")[0])
    assert part.name.startswith("part-") and part.suffix == ".parquet"
    assert pl.read_parquet_metadata(part) is not None


def test_releases_are_pinned_and_append_without_duplicates(uri):
    lake.publish(uri, {"articles": articles(range(4))}, validation=OK)
    rel2 = lake.publish(uri, {"articles": articles(range(2, 7))}, validation={"success": True, "run": 2})
    assert rel2.number == 2 and rel2.parent == 1
    assert rel2.summary["added"]["articles"] == 3
    assert rel2.tables["articles"]["rows"] == 7
    assert lake.read_table(uri, "articles", release=1).height == 4
    latest = lake.read_table(uri, "articles")
    assert latest.height == 7 and latest["article_id"].n_unique() == 7
    assert [r.number for r in lake.releases(uri)] == [1, 2]
    assert sorted(lake.existing_ids(uri, "articles")) == sorted(article_id(i) for i in range(7))


def test_rerun_adds_no_rows_and_no_release(uri):
    batch = {"articles": articles(range(3)), "entities": entities({"Kim Jong Un": 2})}
    first = lake.publish(uri, batch, validation=OK, snapshot_merge={"entities": add_counts})
    again = lake.publish(uri, batch, validation=OK, snapshot_merge={"entities": add_counts})
    assert again.number == first.number == 1
    assert len(lake.releases(uri)) == 1
    assert lake.read_table(uri, "articles").height == 3
    assert lake.read_table(uri, "entities")["mention_count"].to_list() == [2]


def test_duplicate_keys_within_a_batch_collapse(uri):
    rel = lake.publish(uri, {"articles": pl.concat([articles(range(3)), articles([1, 2])])}, validation=OK)
    assert rel.tables["articles"]["rows"] == 3
    assert lake.read_table(uri, "articles")["article_id"].n_unique() == 3


def test_snapshot_table_is_rewritten_per_release(uri):
    lake.publish(uri, {"articles": articles([1]), "entities": entities({"Kim Jong Un": 2, "Kim Tok Hun": 1})},
                 validation=OK, snapshot_merge={"entities": add_counts})
    rel2 = lake.publish(uri, {"articles": articles([2]), "entities": entities({"Kim Jong Un": 3, "Alexandr Kozlov": 1})},
                        validation=OK, snapshot_merge={"entities": add_counts})
    counts = dict(lake.read_table(uri, "entities").select("name", "mention_count").iter_rows())
    assert counts == {"Kim Jong Un": 5, "Kim Tok Hun": 1, "Alexandr Kozlov": 1}
    assert len(rel2.tables["entities"]["files"]) == 1  # one file set per release, not an append
    assert rel2.tables["entities"]["rows"] == 3 and rel2.summary["added"]["entities"] == 1
    pinned = dict(lake.read_table(uri, "entities", release=1).select("name", "mention_count").iter_rows())
    assert pinned == {"Kim Jong Un": 2, "Kim Tok Hun": 1}


def test_default_snapshot_merge_upserts_by_key(uri):
    lake.publish(uri, {"entities": entities({"A": 1, "B": 1})}, validation=OK)
    lake.publish(uri, {"entities": entities({"B": 4})}, validation=OK)
    assert dict(lake.read_table(uri, "entities").select("name", "mention_count").iter_rows()) == {"A": 1, "B": 4}


def test_docs_are_written_beside_the_release(uri):
    rel = lake.publish(uri, {"articles": articles([1])}, validation=OK, docs={"index.html": b"<html>ok</html>"})
    assert rel.docs == ["releases/00000001/docs/index.html"]
    assert open_store(uri).get("releases/00000001/docs/index.html")[0] == b"<html>ok</html>"


def test_pull_parquet_and_csv(uri, tmp_path):
    lake.publish(uri, {"articles": articles([1, 2]), "entities": entities({"Kim Jong Un": 1})}, validation=OK)
    assert lake.pull(uri, "articles", tmp_path / "out" / "a.parquet") == 2
    assert pl.read_parquet(tmp_path / "out" / "a.parquet").height == 2
    ents = lake.read_table(uri, "entities").with_columns(pl.lit(["Kim", "Kim Jong Un"]).alias("aliases"))
    lake.publish(uri, {"entities": ents}, validation=OK)
    assert lake.pull(uri, "entities", tmp_path / "e.csv") == 1
    csv = pl.read_csv(tmp_path / "e.csv")
    assert csv["aliases"].to_list() == ["Kim; Kim Jong Un"]
    assert lake.pull(uri, "entities", tmp_path / "e1.csv", release=1) == 1
    assert pl.read_csv(tmp_path / "e1.csv")["aliases"].to_list() == ["Kim Jong Un"]


def test_bad_requests_are_lake_errors(uri):
    with pytest.raises(lake.LakeError, match="unknown table 'people'"):
        lake.read_table(uri, "people")
    with pytest.raises(lake.LakeError, match="unknown table"):
        lake.publish(uri, {"people": articles([1])}, validation=OK)
    with pytest.raises(lake.LakeError, match="release 9 not found"):
        lake.read_table(uri, "articles", release=9)


def test_missing_part_file_names_it(uri):
    lake.publish(uri, {"articles": articles([1])}, validation=OK)
    part = lake.table_uris(uri, "articles")[0]
    Path(part).unlink()
    with pytest.raises(lake.LakeError, match="missing"):
        lake.read_table(uri, "articles")


def publisher(uri: str, worker: int, batches: list[list[int]], barrier, results, env: dict[str, str]) -> None:
    """One publisher process: waits for the other, then publishes its batches; reports the release numbers."""
    os.environ.clear()
    os.environ.update(env)  # a forkserver child has the server's environment, not the test's
    lake.read_table(uri, "articles").write_parquet(io.BytesIO())  # warm up imports so both really race
    articles([0])
    barrier.wait(timeout=60)
    results.put((worker, [lake.publish(uri, {"articles": articles(b, source=f"w{worker}")}, validation=OK).number
                          for b in batches]))


def run_concurrent_publishers(uri: str, n: int = 10) -> None:
    """Two processes publish n overlapping batches each at once; every article lands once, no batch is lost."""
    plans = [[list(range(s, s + 4)) for s in range(0, 4 * n, 4)], [list(range(s, s + 4)) for s in range(2, 4 * n + 2, 4)]]
    total = 4 * n + 2
    ctx = multiprocessing.get_context("forkserver")  # fork-safe for Polars; imports once in the server
    ctx.set_forkserver_preload(["newslake.lake", "pytest"])  # the heavy imports, once (the server has no tests/ path)
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=publisher, args=(uri, w, plan, barrier, results, dict(os.environ))) for w, plan in enumerate(plans)]
    for p in procs:
        p.start()
    numbers = dict(results.get(timeout=300) for _ in procs)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    final = lake.read_table(uri, "articles")
    assert final.height == total and final["article_id"].n_unique() == total
    assert sorted(final["article_id"]) == sorted(article_id(i) for i in range(total))
    rels = lake.releases(uri)
    assert [r.number for r in rels] == list(range(1, len(rels) + 1))
    assert lake.latest_release(uri).number == rels[-1].number
    for rel in rels[1:]:
        assert rel.parent == rel.number - 1
        assert rel.tables["articles"]["rows"] == lake.read_table(uri, "articles", rel.number).height
    assert any(r.summary["attempts"] > 1 for r in rels)  # the lost-race path really ran
    for worker, plan in enumerate(plans):  # no lost batch: each publish's release holds that batch
        for batch, number in zip(plan, numbers[worker]):
            held = set(lake.read_table(uri, "articles", number)["article_id"])
            assert {article_id(i) for i in batch} <= held


def test_two_publisher_processes_local(uri, monkeypatch):
    monkeypatch.setenv("NEWSLAKE_FAULT", "slow")  # pause between writing parts and claiming: races for sure
    run_concurrent_publishers(uri)


def test_frame_off_contract_is_refused_and_nothing_published(uri):
    bad = articles([1]).with_columns(pl.lit("many").alias("word_count"))
    with pytest.raises(lake.LakeError, match="does not match its contract"):
        lake.publish(uri, {"articles": bad}, validation=OK)
    assert lake.releases(uri) == [] and not Path(uri).exists()


def test_corrupt_part_file_is_lake_error(uri):
    lake.publish(uri, {"articles": articles([1])}, validation=OK)
    Path(lake.table_uris(uri, "articles")[0]).write_bytes(b"not parquet")
    with pytest.raises(lake.LakeError, match="not readable Parquet"):
        lake.read_table(uri, "articles")


def test_claim_recognises_its_own_manifest_after_a_retried_put(uri):
    store = open_store(uri)
    mine = lake.Release(number=1, created_at="2024-11-01T00:00:00+00:00", parent=None, tables={}, validation=OK,
                        summary={"writer": "me"})
    theirs = lake.Release(number=1, created_at="2024-11-01T00:00:00+00:00", parent=None, tables={},
                          validation=OK, summary={"writer": "them"})
    store.put(lake.manifest_key(1), mine.to_json(), if_none_match=True)  # the first attempt landed...
    assert lake._claim(store, uri, mine)  # ...so the client's retry (412) is still our win
    assert not lake._claim(store, uri, theirs)


def test_compact_rewrites_parts_as_one_file_with_the_same_rows(uri):
    assert lake.compact(uri) is None  # empty lake: nothing to do
    for lo in (0, 3, 6):
        lake.publish(uri, {"articles": articles(range(lo, lo + 4))}, validation=OK)
    assert len(lake.table_uris(uri, "articles")) == 3
    rel = lake.compact(uri)
    assert rel.number == 4 and rel.summary["kind"] == "compaction" and rel.validation == OK
    assert len(lake.table_uris(uri, "articles")) == 1
    assert sorted(lake.read_table(uri, "articles")["article_id"]) == sorted(article_id(i) for i in range(10))
    assert lake.read_table(uri, "articles", release=2).height == 7  # older releases keep their files
    assert lake.compact(uri).number == 4  # already one file: no new release
    assert lake.publish(uri, {"articles": articles(range(8, 12))}, validation=OK).tables["articles"]["rows"] == 12


def test_unreadable_latest_pointer_says_how_to_fix(uri):
    lake.publish(uri, {"articles": articles([1])}, validation=OK)
    (Path(uri) / "latest.json").write_text("{not json")
    with pytest.raises(lake.LakeError, match="latest.json is unreadable.*newslake releases"):
        lake.read_table(uri, "articles")
    assert lake.read_table(uri, "articles", release=1).height == 1  # pinned reads do not need the pointer
    assert lake.publish(uri, {"articles": articles([2])}, validation=OK).number == 2  # a publish repairs it
    assert lake.latest_release(uri).number == 2
