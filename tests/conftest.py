"""Shared fixtures: real Prefect harness, real moto_server over HTTP, paths to the shared data."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from newslake.dask import free_port

_HOME = tempfile.mkdtemp(prefix="newslake-prefect-")
os.environ.setdefault("PREFECT_HOME", _HOME)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "600")

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO.parent / "shared" / "data").resolve()
SEED = SHARED / "seed" / "north-korea-russia-cooperation.txt"


def start_moto(env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """moto_server as a subprocess on a free 127.0.0.1 port; returns (process, endpoint URL) once it listens."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail("moto_server did not start within 60 s")


@pytest.fixture(scope="session")
def nlp():
    """The rule tests' pipeline: the original spaCy NER the rules were written against, plus newslake's fixes.

    The default pipeline (the news-tuned NER, same fixes) is pinned by the tests using `default_nlp` (the seed story,
    test_pipeline.py, test_news_ner.py) and by the flow and CLI tests, and measured by benchmarks/entities_bench.py."""
    from newslake.config import SPACY_PACKAGE
    from newslake.nlp import load_nlp

    return load_nlp(SPACY_PACKAGE)


@pytest.fixture(scope="session")
def default_nlp():
    """The entity stage's default spaCy pipeline (the news-tuned NER + newslake's fixes), loaded once."""
    from newslake.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def mention_labels(nlp):
    """text -> {mention text: label} through the whole entity stage (load_nlp + doc_mentions)."""
    from newslake.entities import doc_mentions

    return lambda text: {m["text"]: m["label"] for m in doc_mentions(nlp(text))}


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED.exists():
        pytest.fail(f"shared data not found at {SHARED}: clone newslake next to ../shared")
    return SHARED


@pytest.fixture(scope="session")
def prefect_harness():
    """One real ephemeral Prefect API for the whole session (starting one costs seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=600):
        yield


@pytest.fixture(scope="session")
def moto_server():
    """A real S3-compatible endpoint: moto_server as a subprocess on 127.0.0.1, spoken to over HTTP."""
    proc, endpoint = start_moto()
    env = {
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_REGION": "us-east-1",
        "AWS_ALLOW_HTTP": "true",
    }
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield endpoint
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture
def s3_lake(moto_server) -> str:
    """A fresh bucket on the moto server; returns an s3:// lake URI inside it."""
    import boto3

    from newslake.config import s3_client_kwargs

    bucket = f"lake-{uuid.uuid4().hex[:12]}"
    boto3.client("s3", **s3_client_kwargs()).create_bucket(Bucket=bucket)
    return f"s3://{bucket}/news"


def linked_mentions(nlp, text: str) -> list[tuple[str, str, str | None]]:
    """(surface, label, country) of every mention of the text after linking, in order."""
    from newslake.entities import doc_mentions, resolve_article

    rows = sorted(doc_mentions(nlp(text)), key=lambda m: m["start"])
    return [(r["text"], r["label"], res.country) for r, res in zip(rows, resolve_article(rows))]


def linked_labels(nlp, text: str) -> dict[str, str]:
    """surface -> label of the text's mentions after linking (the last one where a surface recurs)."""
    return {surface: label for surface, label, _ in linked_mentions(nlp, text)}


def labelled(spans) -> list[tuple[str, str]]:
    """(label, text) of each span: the pairs `spans_of` takes."""
    return [(s.label_, s.text) for s in spans]


def texts_labels(spans) -> list[tuple[str, str]]:
    """(text, label) of each span."""
    return [(s.text, s.label_) for s in spans]


def spans_of(doc, *named: tuple[str, str]) -> list:
    """Spans for (label, text) pairs, at each text's first occurrence after the previous one."""
    out, at = [], 0
    for label, text in named:
        start = doc.text.index(text, at)
        out.append(doc.char_span(start, start + len(text), label=label))
        at = start + len(text)
    return out
