"""WARC: a small .warc.gz built here from shared pages, streamed back into articles and rejections."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import SHARED
from fastwarc.stream_io import GzipWriter
from fastwarc.warc import WarcRecord, WarcRecordType

from newslake.config import Settings
from newslake.records import RawArticle, Rejected
from newslake.warc import iter_warc

pytestmark = pytest.mark.timeout(60)
PAGES = SHARED / "article-extraction" / "html"
IDS = [
    "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856",
    "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34",
    "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f",
    "06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85",
]


def _record(kind: WarcRecordType, uri: str, payload: bytes) -> WarcRecord:
    rec = WarcRecord()
    rec.init_headers(record_type=kind, record_urn=uuid.uuid4().urn[4:].encode())
    rec.headers["WARC-Target-URI"] = uri
    rec.headers["Content-Type"] = (
        f"application/http; msgtype={'response' if kind == WarcRecordType.response else 'request'}"
    )
    rec.set_bytes_content(payload)
    return rec


def _http(status: str, ctype: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def build_warc(path: Path, gold: dict) -> None:
    writer = GzipWriter(str(path))
    for pid in IDS:
        uri = gold[pid]["url"]
        _record(WarcRecordType.request, uri, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").write(writer)
        _record(
            WarcRecordType.response,
            uri,
            _http("200 OK", "text/html; charset=utf-8", (PAGES / f"{pid}.html").read_bytes()),
        ).write(writer)
    dup = gold[IDS[0]]["url"] + "#again"
    _record(
        WarcRecordType.response, dup, _http("200 OK", "text/html", (PAGES / f"{IDS[0]}.html").read_bytes())
    ).write(writer)
    _record(
        WarcRecordType.response,
        "https://example.org/gone",
        _http("404 Not Found", "text/html", b"<p>gone</p>"),
    ).write(writer)
    _record(
        WarcRecordType.response, "https://example.org/a.pdf", _http("200 OK", "application/pdf", b"%PDF-1.4")
    ).write(writer)
    _record(
        WarcRecordType.response,
        "https://example.org/nav",
        _http("200 OK", "text/html", b"<nav><a href='/'>Home</a></nav>"),
    ).write(writer)
    writer.close()


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((SHARED / "article-extraction" / "ground-truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def archive(tmp_path_factory, gold) -> Path:
    path = tmp_path_factory.mktemp("warc") / "news.warc.gz"
    build_warc(path, gold)
    return path


def test_response_records_become_articles(archive, gold):
    records = list(iter_warc(str(archive), Settings()))
    articles = [r for r in records if isinstance(r, RawArticle)]
    rejected = [r for r in records if isinstance(r, Rejected)]
    assert [a.url for a in articles] == [
        gold[pid]["url"] for pid in IDS
    ]  # duplicate URL skipped, requests ignored
    assert all(a.source.startswith(f"{archive}:") for a in articles)
    assert articles[0].published_at == datetime(2019, 11, 19, 13, 3, tzinfo=UTC)
    assert all(
        a.text[:60].split()[0] in gold[pid]["articleBody"] for a, pid in zip(articles, IDS, strict=True)
    )
    reasons = " | ".join(r.reason for r in rejected)
    assert len(rejected) == 3
    assert "archived HTTP status 404" in reasons and "'application/pdf' is not HTML" in reasons
    assert "no article text" in reasons
    assert all(json.loads(r.record)["warc"] == str(archive) for r in rejected)


def test_truncated_archive_keeps_what_was_read(archive, tmp_path):
    cut = tmp_path / "cut.warc.gz"
    data = archive.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    records = list(iter_warc(str(cut), Settings()))
    assert any(isinstance(r, RawArticle) for r in records)
    last = records[-1]
    assert isinstance(last, Rejected) and last.stage == "read" and str(cut) in last.reason
    assert "truncated" in last.reason or "not a readable WARC" in last.reason


@pytest.mark.parametrize("content", [b"this is not a warc file\n" * 10, None])
def test_not_a_warc_is_rejected(tmp_path, content):
    path = tmp_path / "bogus.warc"
    if content is not None:
        path.write_bytes(content)
    [rej] = list(iter_warc(str(path), Settings()))
    assert (
        isinstance(rej, Rejected) and "not a readable WARC archive" in rej.reason and str(path) in rej.reason
    )
