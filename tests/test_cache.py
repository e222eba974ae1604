"""NER cache: real spaCy model, real local and S3 (moto_server) lake stores."""

from __future__ import annotations

import json

import pytest
from conftest import SEED, SHARED

from newslake.cache import CachedNLP, NerCache, cache_prefix, open_cache
from newslake.config import DEFAULT_MODEL
from newslake.entities import doc_mentions
from newslake.store import open_store


@pytest.fixture(scope="module")
def texts() -> list[str]:
    rows = [json.loads(line) for line in (SHARED / "ner/gum-news/gum-news.jsonl").read_text().splitlines()[:5]]
    return [SEED.read_text(encoding="utf-8"), *(r["text"] for r in rows)]


def _mentions(docs) -> list[list[dict]]:
    return [doc_mentions(d) for d in docs]


def test_second_pass_is_served_from_cache_with_identical_entities(tmp_path, nlp, texts):
    lake = str(tmp_path / "lake")
    first = CachedNLP(nlp, open_cache(lake, DEFAULT_MODEL))
    fresh = _mentions(first.pipe(texts))
    assert (first.cache.hits, first.cache.misses) == (0, len(texts))
    key = first.flush()
    assert key is not None and key.startswith(cache_prefix(DEFAULT_MODEL))
    assert (tmp_path / "lake" / key).is_file()
    assert first.flush() is None  # nothing pending any more

    second = CachedNLP(nlp, open_cache(lake, DEFAULT_MODEL))
    again = _mentions(second.pipe(texts))
    assert (second.cache.hits, second.cache.misses) == (len(texts), 0)
    assert again == fresh
    assert again == _mentions(nlp.pipe(texts))  # what the plain pipeline says
    seed = {(m["text"], m["label"]) for m in again[0]}
    assert ("Kim Jong Un", "PERSON") in seed


def test_only_unseen_texts_go_through_ner_and_order_is_kept(tmp_path, nlp, texts):
    lake = str(tmp_path / "lake")
    warm = CachedNLP(nlp, open_cache(lake, DEFAULT_MODEL))
    list(warm.pipe(texts[:3]))
    warm.flush()
    mixed = CachedNLP(nlp, open_cache(lake, DEFAULT_MODEL))
    order = [texts[4], texts[0], texts[5], texts[2]]
    docs = list(mixed.pipe(order))
    assert [d.text for d in docs] == order
    assert (mixed.cache.hits, mixed.cache.misses) == (2, 2)
    assert _mentions(docs) == _mentions(nlp.pipe(order))


def test_new_extractor_version_or_model_invalidates(tmp_path, nlp, texts):
    lake = str(tmp_path / "lake")
    v1 = CachedNLP(nlp, open_cache(lake, DEFAULT_MODEL, version="1"))
    list(v1.pipe(texts[:2]))
    v1.flush()
    store = open_store(lake)
    assert len(NerCache(store, DEFAULT_MODEL, "1").lookup(_digests(texts[:2]))) == 2
    assert NerCache(store, DEFAULT_MODEL, "2").lookup(_digests(texts[:2])) == {}
    assert NerCache(store, "en_core_web_trf", "1").lookup(_digests(texts[:2])) == {}
    v2 = CachedNLP(nlp, open_cache(lake, DEFAULT_MODEL, version="2"))
    list(v2.pipe(texts[:2]))
    assert (v2.cache.hits, v2.cache.misses) == (0, 2)


def test_corrupt_cache_part_falls_back_to_ner(tmp_path, nlp, texts, caplog):
    lake = str(tmp_path / "lake")
    store = open_store(lake)
    good = CachedNLP(nlp, open_cache(lake, DEFAULT_MODEL))
    list(good.pipe(texts[:1]))
    good.flush()
    store.put(cache_prefix(DEFAULT_MODEL) + "part-0-broken.parquet", b"not parquet at all")
    cached = CachedNLP(nlp, open_cache(lake, DEFAULT_MODEL))
    docs = list(cached.pipe(texts[:2]))
    assert (cached.cache.hits, cached.cache.misses) == (1, 1)  # the good part still serves
    assert _mentions(docs) == _mentions(nlp.pipe(texts[:2]))
    assert "NER cache unreadable" in caplog.text


def test_cache_lives_in_an_s3_lake(s3_lake, nlp, texts):
    first = CachedNLP(nlp, open_cache(s3_lake, DEFAULT_MODEL))
    list(first.pipe(texts[:2]))
    key = first.flush()
    store = open_store(s3_lake)
    assert key in store.list(cache_prefix(DEFAULT_MODEL))
    second = CachedNLP(nlp, open_cache(s3_lake, DEFAULT_MODEL))
    assert _mentions(second.pipe(texts[:2])) == _mentions(nlp.pipe(texts[:2]))
    assert (second.cache.hits, second.cache.misses) == (2, 0)


def _digests(texts: list[str]) -> list[str]:
    from newslake.ids import content_sha256

    return [content_sha256(t) for t in texts]


@pytest.mark.usefixtures("prefect_harness")
def test_a_failed_run_resumes_without_redoing_ner(tmp_path):
    """A run that fails after annotating publishes nothing, yet its NER is kept: the re-run annotates nothing new."""
    from flows.news_pipeline import QuarantineThresholdExceeded, news_pipeline
    from newslake import lake as lk

    lake = str(tmp_path / "lake")
    sources = [str(SEED), str(SHARED / "ner/gum-news/gum-news.jsonl")]
    with pytest.raises(QuarantineThresholdExceeded):
        news_pipeline(sources=sources, lake_uri=lake, batch_size=10, max_quarantine_share=-1.0)
    assert lk.latest_release(lake) is None
    store = open_store(lake)
    parts = store.list(cache_prefix(DEFAULT_MODEL))
    assert len(parts) == 1  # the first batch was annotated before the threshold stopped the run

    summary = news_pipeline(sources=sources, lake_uri=lake, batch_size=10)
    assert summary.release == 1
    after = store.list(cache_prefix(DEFAULT_MODEL))
    assert set(parts) < set(after) and len(after) == 3  # 25 articles: batch 1 from the cache, 2 new parts
    assert NerCache(store, DEFAULT_MODEL).lookup(_digests([SEED.read_text(encoding="utf-8")]))
