"""A publisher process killed between writes leaves the previous release readable and `latest` where it was."""

from __future__ import annotations

import multiprocessing
import os

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
    rel = lake.publish(uri, {"articles": articles(range(3, 8))}, validation=OK)  # a rerun completes the job
    assert rel.number == 2 and lake.latest_release(uri).number == 2
    assert lake.read_table(uri, "articles").height == 8


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
