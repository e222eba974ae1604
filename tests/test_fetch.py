"""fetch.Fetcher against a real local HTTP server injecting faults; SSRF guard; pages via web.iter_url."""

from __future__ import annotations

import pytest
from conftest import SHARED
from webserver import WebServer

from newslake.config import Settings
from newslake.fetch import PAGE_TYPES, Fetcher, FetchError, FetchPolicy, check_url
from newslake.records import RawArticle, Rejected
from newslake.web import canonical, iter_url, iter_url_list

pytestmark = pytest.mark.timeout(60)
PAGE = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html"
FAST = {
    "fetch_delay": "0",
    "fetch_backoff": "0.01",
    "fetch_retries": "2",
    "fetch_read_timeout": "0.5",
    "fetch_deadline": "1",
    "fetch_max_bytes": "2000000",
}


@pytest.fixture(scope="module")
def server():
    with WebServer(SHARED) as srv:
        yield srv


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(lake=str(tmp_path / "lake"), allow_private_hosts=True, extra=dict(FAST))


def fail(settings: Settings, url: str, accept=PAGE_TYPES) -> FetchError:
    with Fetcher(settings) as fetcher, pytest.raises(FetchError) as info:
        fetcher.get(url, accept=accept)
    return info.value


def test_page_fetched_with_our_user_agent(server, settings):
    with Fetcher(settings) as fetcher:
        resp = fetcher.get(server.url(f"/pages/{PAGE}"), accept=PAGE_TYPES)
    assert resp.status == 200
    assert resp.content == (SHARED / "article-extraction" / "html" / PAGE).read_bytes()
    assert settings.user_agent in server.site.user_agents


def test_server_error_is_retried_then_given_up(server, settings):
    err = fail(settings, server.url("/fault/500"))
    assert err.status == 500 and err.retryable
    assert "gave up after 3 attempts" in err.reason
    assert server.site.hits["/fault/500"] == 3


def test_transient_503_recovers_after_retries(server, settings):
    server.site.flaky_left[f"flaky-{PAGE}"] = 2
    with Fetcher(settings) as fetcher:
        resp = fetcher.get(server.url(f"/fault/flaky-{PAGE}"), accept=PAGE_TYPES)
    assert resp.status == 200 and b"Stadia" in resp.content
    assert server.site.hits[f"/fault/flaky-{PAGE}"] == 3


@pytest.mark.parametrize(
    "fault, fragment",
    [("timeout", "timed out"), ("slow", "still arriving"), ("truncated", "cut short")],
)
def test_transient_faults_retried_then_rejected(server, tmp_path, fault, fragment):
    settings = Settings(lake=str(tmp_path), allow_private_hosts=True, extra=FAST | {"fetch_retries": "1"})
    err = fail(settings, server.url(f"/fault/{fault}"))
    assert fragment in err.reason and err.retryable
    assert server.site.hits[f"/fault/{fault}"] == 2


@pytest.mark.parametrize(
    "fault, fragment",
    [
        ("huge", "larger than the 2000000-byte cap"),
        ("huge-declared", "exceeds the 2000000-byte cap"),
        ("pdf", "unexpected content type 'application/pdf'"),
        ("404", "client error"),
        ("loop-a", "redirect loop"),
    ],
)
def test_permanent_faults_not_retried(server, settings, fault, fragment):
    err = fail(settings, server.url(f"/fault/{fault}"))
    assert fragment in err.reason and not err.retryable
    assert server.site.hits[f"/fault/{fault}"] == 1


def test_robots_disallow_is_honoured_without_fetching(server, settings):
    err = fail(settings, server.url("/private/page.html"))
    assert "robots.txt" in err.reason
    assert server.site.hits["/private/page.html"] == 0


def test_unreadable_robots_txt_blocks_the_host_until_a_later_run(server, settings):
    server.site.robots = None
    try:
        err = fail(settings, server.url(f"/pages/{PAGE}"))
    finally:
        server.site.robots = "User-agent: *\nDisallow: /private/\n"
    assert "robots.txt" in err.reason and "could not be read" in err.reason
    assert err.later and not err.retryable
    assert server.site.hits["/robots.txt"] >= 1


def test_http_header_charset_is_used(server, settings):
    [art] = list(iter_url(server.url("/fault/latin1"), settings))
    assert isinstance(art, RawArticle) and "réforme économique" in art.text


def test_ssrf_guard_refuses_loopback_without_flag(server, tmp_path):
    settings = Settings(lake=str(tmp_path), allow_private_hosts=False, extra=dict(FAST))
    before = sum(server.site.hits.values())
    err = fail(settings, server.url(f"/pages/{PAGE}"))
    assert "SSRF guard" in err.reason and "--allow-private-hosts" in err.reason
    assert sum(server.site.hits.values()) == before


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/",
        "http://192.168.0.10/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.100.100.200/",
        "http://[::1]:8080/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "ftp://example.org/file",
        "file:///etc/passwd",
    ],
)
def test_check_url_refuses_private_and_non_http(url):
    with pytest.raises(FetchError):
        check_url(url, allow_private=False)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:99999/", "http://[::1/", "javascript:alert(1)", "http:///x"]
)
def test_malformed_urls_are_fetch_errors(settings, url):
    err = fail(settings, url)
    assert not err.retryable and ("malformed" in err.reason or "only absolute http(s)" in err.reason)


def test_check_url_accepts_public_literal():
    check_url("http://93.184.215.14/", allow_private=False)  # IP literal: no DNS needed


def test_policy_from_settings_extra():
    extra = {"fetch_retries": "5", "fetch_robots": "no", "fetch_max_bytes": "1000"}
    policy = FetchPolicy.from_settings(Settings(extra=extra))
    assert (policy.retries, policy.robots, policy.max_bytes) == (5, False, 1000)
    assert FetchPolicy.from_settings(Settings()).retries == 2


def test_iter_url_page_and_faults_yield_records(server, settings):
    [art] = list(iter_url(server.url(f"/pages/{PAGE}"), settings))
    assert isinstance(art, RawArticle) and art.title.startswith("Google Stadia")
    assert art.source == server.url(f"/pages/{PAGE}")
    [rej] = list(iter_url(server.url("/fault/404"), settings))
    assert isinstance(rej, Rejected) and rej.stage == "fetch"
    assert "HTTP 404" in rej.reason and server.url("/fault/404") in rej.reason
    assert '"status": 404' in rej.record


def test_iter_url_list_dedupes_and_rejects_bad_lines(server, settings, tmp_path):
    page = server.url(f"/pages/{PAGE}")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# news\n{page}\n{page}?utm_source=x#top\nnot-a-url\n{server.url('/fault/pdf')}\n")
    before = server.site.hits[f"/pages/{PAGE}"]
    records = list(iter_url_list(str(listing), settings))
    assert server.site.hits[f"/pages/{PAGE}"] == before + 1  # the tracking-parameter twin is not fetched
    articles = [r for r in records if isinstance(r, RawArticle)]
    rejected = [r for r in records if isinstance(r, Rejected)]
    assert len(articles) == 1
    assert sorted(r.stage for r in rejected) == ["fetch", "read"]
    assert any("not an http(s) URL" in r.reason for r in rejected)


def test_canonical_url_key():
    assert canonical("HTTPS://Example.ORG/a/b/?utm_source=rss&id=3#frag") == "https://example.org/a/b?id=3"
    assert canonical("http://[::1/x") == "http://[::1/x"


def test_malformed_url_through_web_is_rejected(settings):
    [rej] = list(iter_url("http://[::1/x", settings))
    assert isinstance(rej, Rejected) and "malformed URL" in rej.reason
