"""spaCy NER in child processes: the same entities as in this process, the same tables, a clear error if one dies."""

from __future__ import annotations

import json

import polars as pl
import pytest

from newslake import lake
from newslake.config import DEFAULT_MODEL
from newslake.entities import doc_mentions
from newslake.ner_process import NerProcess, NerProcessError
from newslake.nlp import load_nlp
from schemas import PRIMARY_KEYS
from tests.conftest import REPO, SHARED


@pytest.fixture(scope="module")
def texts() -> list[str]:
    rows = (SHARED / "ner/gum-news/gum-news.jsonl").read_text(encoding="utf-8").splitlines()[:6]
    return [json.loads(line)["text"] for line in rows] + ["", "KIM JONG UN MET PUTIN IN MOSCOW ON TUESDAY"]


@pytest.fixture(scope="module")
def child():
    proc = NerProcess(DEFAULT_MODEL, processes=2)
    yield proc
    proc.close()


def test_child_process_finds_the_same_mentions_as_this_process(child, texts):
    here = [doc_mentions(doc) for doc in load_nlp(DEFAULT_MODEL).pipe(texts)]
    there = [doc_mentions(doc) for doc in child.pipe(texts, batch_size=3)]  # chunks spread over both children
    assert sum(map(len, here)) > 100
    assert there == here
    assert [doc.text for doc in child.pipe(texts)] == texts  # in input order


def test_cached_entities_are_rebuilt_here_without_the_children(child, texts, tmp_path):
    from newslake.cache import CachedNLP, open_cache

    first = CachedNLP(child, open_cache(str(tmp_path), DEFAULT_MODEL))
    fresh = [doc_mentions(doc) for doc in first.pipe(texts)]
    first.flush()
    again = CachedNLP(child, open_cache(str(tmp_path), DEFAULT_MODEL))
    cached = [doc_mentions(doc) for doc in again.pipe(texts)]
    assert again.cache.hits == len(texts) and again.cache.misses == 0
    assert cached == fresh and sum(map(len, cached)) > 100


def test_a_dead_child_is_a_clear_error(texts):
    proc = NerProcess(DEFAULT_MODEL)
    try:
        assert len(list(proc.pipe(texts[:1]))) == 1
        for worker in list(proc._pool._processes.values()):  # the only handle on the child
            worker.kill()
            worker.join(10)
        with pytest.raises(NerProcessError, match=f"NER process for {DEFAULT_MODEL} died.*--ner-processes 0"):
            list(proc.pipe(texts[:2]))
    finally:
        proc.close()


@pytest.mark.usefixtures("prefect_harness")
def test_flow_tables_do_not_depend_on_where_ner_runs(tmp_path):
    from flows.news_pipeline import news_pipeline

    sources = [str(REPO / "samples")]
    here, there = str(tmp_path / "here"), str(tmp_path / "there")
    news_pipeline(sources=sources, lake_uri=here, batch_size=4)
    summary = news_pipeline(sources=sources, lake_uri=there, batch_size=4, ner_processes=2)
    assert summary.release == 1
    for name, key in PRIMARY_KEYS.items():
        one, two = (lake.read_table(uri, name) for uri in (here, there))
        drop = [c for c in ("quarantined_at", "seen_at") if c in one.columns]
        one, two = one.drop(drop).sort(key), two.drop(drop).sort(key)
        assert one.equals(two), f"{name} differs when NER runs in a child process"
    assert lake.read_table(there, "mentions").filter(pl.col("text") == "Kim Jong Un").height >= 1
