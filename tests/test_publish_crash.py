"""A publisher process killed between writes leaves the previous release readable and `latest` where it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_lake import OK, article_id, articles

from newslake import lake
from newslake.store import open_store

PUBLISH = """
import sys
sys.path.insert(0, sys.argv[2])
from test_lake import OK, articles
from newslake import lake
lake.publish(sys.argv[1], {"articles": articles(range(3, 8))}, validation=OK)
"""


@pytest.fixture(params=["local", "s3"])
def uri(request, tmp_path) -> str:
    return str(tmp_path / "lake") if request.param == "local" else request.getfixturevalue("s3_lake")


def publish_and_crash(uri: str, fault: str) -> int:
    env = {**os.environ, "NEWSLAKE_FAULT": fault}
    proc = subprocess.run([sys.executable, "-c", PUBLISH, uri, str(Path(__file__).parent)], env=env, check=False,
                          capture_output=True, text=True, timeout=120)
    return proc.returncode


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
    rel = lake.publish(uri, {"articles": articles(range(8, 10))}, validation=OK)
    assert (rel.number, rel.parent) == (3, 2)
    assert lake.latest_release(uri).number == 3
    assert sorted(lake.read_table(uri, "articles")["article_id"]) == sorted(article_id(i) for i in range(10))


def test_rerun_after_a_crash_rolls_latest_forward(uri):
    lake.publish(uri, {"articles": articles(range(5))}, validation=OK)
    assert publish_and_crash(uri, "after-manifest") == 137
    again = lake.publish(uri, {"articles": articles(range(3, 8))}, validation=OK)  # nothing new to add
    assert again.number == 2 and lake.latest_release(uri).number == 2
    assert len(lake.releases(uri)) == 2
