"""A feed through the whole flow: one article per page, and feed state saved only once published."""

from __future__ import annotations

import pytest

from newslake import lake
from newslake.config import Settings
from newslake.read import iter_sources
from tests.conftest import SHARED
from tests.test_feeds import PAGE_IDS
from tests.webserver import WebServer

FAST = {"fetch_delay": "0", "fetch_backoff": "0.01", "fetch_retries": "1"}


@pytest.fixture
def server():
    with WebServer(SHARED) as srv:
        srv.site.feed_items = [(f"Story {i}", f"/pages/{pid}.html", None) for i, pid in enumerate(PAGE_IDS[:3])]
        yield srv


def test_feed_state_waits_for_the_publish(server, tmp_path):
    settings = Settings(lake=str(tmp_path / "lake"), allow_private_hosts=True, extra=FAST)
    feed = server.url("/news.xml")
    pending: list = []
    assert len(list(iter_sources([feed], settings, pending))) == 3
    assert len(pending) == 1
    # the run died before publishing: nothing was remembered, so the items come again
    assert len(list(iter_sources([feed], settings, []))) == 3
    for save in pending:
        save()
    assert list(iter_sources([feed], settings)) == []  # remembered now: 304 / seen items


@pytest.mark.usefixtures("prefect_harness")
def test_feed_run_publishes_each_page_once(server, tmp_path):
    from flows.news_pipeline import news_pipeline

    uri = str(tmp_path / "lake")
    feed = server.url("/news.xml")
    first = news_pipeline(sources=[feed], lake_uri=uri, allow_private_hosts=True)
    assert first.release == 1
    articles = lake.read_table(uri, "articles")
    assert articles.height == 3 and set(articles["source"]) == {feed}
    second = news_pipeline(sources=[feed], lake_uri=uri, allow_private_hosts=True)
    assert second.records_in == 0 and lake.latest_release(uri).number == 1
    assert all(server.site.hits[f"/pages/{pid}.html"] == 1 for pid in PAGE_IDS[:3])


@pytest.mark.usefixtures("prefect_harness")
def test_private_hosts_are_refused_by_default(server, tmp_path):
    from flows.news_pipeline import news_pipeline

    uri = str(tmp_path / "lake")
    summary = news_pipeline(sources=[server.url("/news.xml")], lake_uri=uri)
    q = lake.read_table(uri, "quarantine")
    assert summary.quarantined == 1 and q.height == 1
    assert "127.0.0.1" in q["reason"][0]
    assert server.site.hits["/news.xml"] == 0
