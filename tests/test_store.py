"""Store: local and S3 (real moto_server) get/put/list/delete, conditional writes, clear errors."""

from __future__ import annotations

import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from newslake.store import LakeError, PreconditionFailed, open_store
from tests.conftest import free_port, start_moto


@pytest.fixture(params=["local", "s3"])
def lake_uri(request, tmp_path) -> str:
    if request.param == "local":
        return str(tmp_path / "lake")
    return request.getfixturevalue("s3_lake")


def test_put_get_list_delete(lake_uri):
    store = open_store(lake_uri)
    assert store.get("a/b.json") is None
    etag = store.put("a/b.json", b'{"x": 1}')
    assert store.get("a/b.json") == (b'{"x": 1}', etag)
    store.put("a/c.bin", b"\x00\x01")
    store.put("ab.txt", b"t")
    assert store.list("a/") == ["a/b.json", "a/c.bin"]
    assert store.list("a") == ["a/b.json", "a/c.bin", "ab.txt"]
    assert store.list("nothing/") == []
    store.delete("a/b.json")
    store.delete("a/never-existed")
    assert store.get("a/b.json") is None
    assert store.list("a/") == ["a/c.bin"]
    assert store.uri("a/c.bin").endswith("a/c.bin")
    assert store.modified("a/b.json") is None
    assert abs(store.modified("a/c.bin") - time.time()) < 600  # generous: clocks of a remote store drift


def test_if_none_match_creates_once(lake_uri):
    store = open_store(lake_uri)
    store.put("releases/00000001.json", b"first", if_none_match=True)
    with pytest.raises(PreconditionFailed):
        store.put("releases/00000001.json", b"second", if_none_match=True)
    assert store.get("releases/00000001.json")[0] == b"first"


def test_if_match_is_compare_and_swap(lake_uri):
    store = open_store(lake_uri)
    with pytest.raises(PreconditionFailed):
        store.put("latest.json", b"1", if_match="0" * 32)  # missing key
    etag1 = store.put("latest.json", b"1")
    etag2 = store.put("latest.json", b"2", if_match=etag1)
    assert etag2 != etag1
    with pytest.raises(PreconditionFailed):
        store.put("latest.json", b"3", if_match=etag1)  # stale etag
    assert store.get("latest.json") == (b"2", etag2)


def test_local_keys_cannot_escape_root(tmp_path):
    store = open_store(str(tmp_path / "lake"))
    with pytest.raises(LakeError, match="escapes"):
        store.put("../outside.txt", b"x")
    assert not (tmp_path / "outside.txt").exists()


def _claim(args: tuple[str, int, dict[str, str]]) -> list[int]:
    uri, worker, env = args
    os.environ.clear()
    os.environ.update(env)
    store = open_store(uri)
    won = []
    for n in range(30):
        try:
            store.put(f"claims/{n:04d}", str(worker).encode(), if_none_match=True)
            won.append(n)
        except PreconditionFailed:
            pass
    return won


def test_if_none_match_has_one_winner_across_processes(lake_uri):
    ctx = multiprocessing.get_context("forkserver")  # no inherited boto3 connections or Polars threads
    ctx.set_forkserver_preload(["newslake.lake", "pytest"])
    env = dict(os.environ)  # forkserver children start with the server's environment
    with ProcessPoolExecutor(max_workers=3, mp_context=ctx) as pool:
        results = list(pool.map(_claim, [(lake_uri, w, env) for w in range(3)]))
    claimed = sorted(n for won in results for n in won)
    assert claimed == list(range(30))  # every key claimed exactly once
    store = open_store(lake_uri)
    for worker, won in enumerate(results):
        for n in won:
            assert store.get(f"claims/{n:04d}")[0] == str(worker).encode()


def test_unreachable_endpoint_is_one_clear_line(monkeypatch):
    endpoint = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("AWS_ENDPOINT_URL", endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    with pytest.raises(LakeError) as info:
        open_store("s3://bucket/news")
    message = str(info.value)
    assert "cannot reach S3 endpoint" in message and endpoint in message and "\n" not in message


def test_missing_bucket_names_it(moto_server):
    with pytest.raises(LakeError, match=r"bucket 'no-such-bucket-x1' does not exist .*create it"):
        open_store("s3://no-such-bucket-x1/news")


def test_uri_without_bucket():
    with pytest.raises(LakeError, match="no bucket"):
        open_store("s3:///news")


@pytest.fixture
def auth_moto(monkeypatch):
    """A second moto_server that checks credentials (INITIAL_NO_AUTH_ACTION_COUNT=0): unknown keys get 403."""
    proc, endpoint = start_moto({"INITIAL_NO_AUTH_ACTION_COUNT": "0"})
    monkeypatch.setenv("AWS_ENDPOINT_URL", endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAWRONGWRONGWRONG0")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wrong")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    try:
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_wrong_credentials_say_which_variables(auth_moto):
    with pytest.raises(LakeError) as info:
        open_store("s3://some-bucket/news")
    message = str(info.value)
    assert "credentials rejected" in message and "AWS_ACCESS_KEY_ID" in message and "\n" not in message


def test_unwritable_local_lake_is_lake_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    store = open_store(str(blocker / "lake"))
    with pytest.raises(LakeError, match="cannot write"):
        store.put("x.json", b"{}")
    assert Path(blocker).read_text() == "not a directory"


def test_endpoint_that_is_not_s3_is_named(monkeypatch):
    """A plain web server on the endpoint answers 404 to everything: say it is not S3, not 'no bucket'."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class NotFound(BaseHTTPRequestHandler):
        def do_HEAD(self):
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), NotFound)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    endpoint = f"http://127.0.0.1:{server.server_port}"
    monkeypatch.setenv("AWS_ENDPOINT_URL", endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    try:
        with pytest.raises(LakeError, match=f"{endpoint} answered HTTP 404 .*not look like an S3 endpoint"):
            open_store("s3://bucket/news")
    finally:
        server.shutdown()
