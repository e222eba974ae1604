"""A publisher process killed between writes leaves the previous release readable and `latest` where it was."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time

import pytest
from test_lake import OK, article_id, articles

from newslake import lake
from newslake.store import open_store


def crash_publish(uri: str, env: dict[str, str]) -> None:
    """Runs in its own process; NEWSLAKE_FAULT makes lake.publish os._exit(137) at that point."""
    os.environ.clear()
    os.environ.update(env)
    lake.publish(uri, {"articles": articles(range(3, 8))}, validation=OK)


@pytest.fixture(params=["local", "s3"])
def uri(request, tmp_path) -> str:
    return str(tmp_path / "lake") if request.param == "local" else request.getfixturevalue("s3_lake")


def publish_and_crash(uri: str, fault: str) -> int | None:
    """Exit code of a publisher process killed at `fault` (forkserver: heavy imports happen once)."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["newslake.lake", "pytest"])
    proc = ctx.Process(target=crash_publish, args=(uri, {**os.environ, "NEWSLAKE_FAULT": fault}))
    proc.start()
    proc.join(timeout=120)
    return proc.exitcode


def test_crash_after_parts_leaves_previous_release(uri):
    lake.publish(uri, {"articles": articles(range(5))}, validation=OK)
    assert publish_and_crash(uri, "after-parts") == 137
    assert len(open_store(uri).list("tables/articles/")) == 2  # the crashed writer's part is there...
    assert [r.number for r in lake.releases(uri)] == [1]  # ...but no release references it
    assert lake.latest_release(uri).number == 1
    assert sorted(lake.read_table(uri, "articles")["article_id"]) == sorted(article_id(i) for i in range(5))
    orphan = [k for k in open_store(uri).list("tables/articles/") if k not in lake.get_release(uri, 1).tables[
        "articles"]["files"]]
    assert lake.vacuum(uri) == []  # too young: it could belong to a publish still in flight
    assert lake.vacuum(uri, min_age_s=0, dry_run=True) == orphan
    assert lake.vacuum(uri, min_age_s=0) == orphan
    assert open_store(uri).list("tables/articles/") == lake.get_release(uri, 1).tables["articles"]["files"]
    rel = lake.publish(uri, {"articles": articles(range(3, 8))}, validation=OK)  # a rerun completes the job
    assert rel.number == 2 and lake.latest_release(uri).number == 2
    assert lake.read_table(uri, "articles").height == 8
    assert lake.vacuum(uri, min_age_s=0) == []  # every remaining file is referenced by some release


def test_crash_after_manifest_keeps_latest_until_next_publish(uri):
    lake.publish(uri, {"articles": articles(range(5))}, validation=OK)
    assert publish_and_crash(uri, "after-manifest") == 137
    assert lake.latest_release(uri).number == 1  # readers following latest still see release 1
    assert lake.read_table(uri, "articles").height == 5
    assert lake.read_table(uri, "articles", release=2).height == 8  # the committed release is complete
    again = lake.publish(uri, {"articles": articles(range(3, 8))}, validation=OK)  # rerun: nothing new to add
    assert again.number == 2 and lake.latest_release(uri).number == 2  # ...but latest rolls forward
    rel = lake.publish(uri, {"articles": articles(range(8, 10))}, validation=OK)
    assert (rel.number, rel.parent) == (3, 2)
    assert lake.latest_release(uri).number == 3
    assert sorted(lake.read_table(uri, "articles")["article_id"]) == sorted(article_id(i) for i in range(10))


def publish_many(uri: str, env: dict[str, str]) -> None:
    """Publishes 40 small batches, one release each, until killed."""
    os.environ.clear()
    os.environ.update(env)
    for lo in range(0, 160, 4):
        lake.publish(uri, {"articles": articles(range(lo, lo + 4))}, validation=OK)


def test_sigkill_at_a_random_moment_leaves_a_consistent_lake(tmp_path):
    uri = str(tmp_path / "lake")
    lake.publish(uri, {"articles": articles(range(4))}, validation=OK)
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["newslake.lake", "pytest"])
    proc = ctx.Process(target=publish_many, args=(uri, dict(os.environ)))
    proc.start()
    deadline = time.monotonic() + 60
    while len(lake.releases(uri)) < 4 and time.monotonic() < deadline:  # let it get going, then pull the plug
        time.sleep(0.01)
    time.sleep(random.uniform(0, 0.05))
    proc.kill()
    proc.join(timeout=30)
    assert proc.exitcode == -signal.SIGKILL
    rels = lake.releases(uri)
    assert [r.number for r in rels] == list(range(1, len(rels) + 1))
    for rel in rels:  # every committed release is whole: its files exist and hold the rows it claims
        table = lake.read_table(uri, "articles", rel.number)
        assert table.height == rel.tables["articles"]["rows"] == table["article_id"].n_unique()
    assert lake.latest_release(uri).number in (rels[-1].number, rels[-1].number - 1)
    for lo in range(0, 160, 4):  # rerunning everything converges on each article exactly once
        lake.publish(uri, {"articles": articles(range(lo, lo + 4))}, validation=OK)
    final = lake.read_table(uri, "articles")
    assert sorted(final["article_id"]) == sorted(article_id(i) for i in range(160))
