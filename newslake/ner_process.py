"""spaCy NER in child processes, so that the rest of a run (reading, language, figures, dates, validation, publishing,
Prefect) works beside NER instead of after it."""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newslake.cache import Ent, doc_ents


class NerProcessError(RuntimeError):
    """The NER child process died (out of memory, killed): the run stops with this reason."""


def _load(model: str) -> None:
    from newslake.nlp import load_nlp

    load_nlp(model)


def _entities(model: str, texts: list[str], batch_size: int) -> list[list[Ent]]:
    """In the child: entity spans of each text (the cacheable part of a doc, see newslake.cache)."""
    from newslake.nlp import load_nlp

    return [doc_ents(doc) for doc in load_nlp(model).pipe(texts, batch_size=batch_size)]


@dataclass(frozen=True)
class EntSpan:
    """An entity span as the child found it, with the attributes of a spaCy Span that newslake reads."""

    start_char: int
    end_char: int
    label_: str
    kb_id_: str
    id_: str


@dataclass
class EntityDoc:
    """What newslake reads of a processed doc (text, entities): no tokens, so nothing is re-tokenized here."""

    text: str
    ents: tuple[EntSpan, ...]
    user_data: dict[str, Any] = field(default_factory=dict)  # empty: doc_mentions then reads `ents`

    @classmethod
    def of(cls, text: str, ents: list[Ent]) -> EntityDoc:
        return cls(text, tuple(EntSpan(*e) for e in ents))


class NerProcess:
    """A spaCy pipeline stand-in: `pipe` sends texts to `processes` child processes running `load_nlp(model)` and
    yields an EntityDoc per text with the entities they found, in input order.

    Chunks of `batch_size` texts are all queued at once, so the children annotate the next chunks while the caller
    works on the previous one.
    """

    def __init__(self, model: str, processes: int = 1) -> None:
        self.model = model
        # spawn, not fork: this process runs Prefect's threads, which a fork would copy mid-flight
        self._pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_load, initargs=(model,))
        # the first child loads the model now, not at the first batch; the pool starts the others when work queues
        # up behind it, so a run over a handful of articles pays for one model load only
        self._pool.submit(len, "")

    def make_doc(self, text: str) -> Any:
        """A tokenized doc (the NER cache rebuilds cached entities on it)."""
        return _tokenizer(self.model).make_doc(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 64, **_: Any) -> Iterator[EntityDoc]:
        """Docs in input order, with the entities the children's pipeline found."""
        items = list(texts)
        chunks: deque[tuple[list[str], Future]] = deque()
        for i in range(0, len(items), batch_size):
            part = items[i:i + batch_size]
            chunks.append((part, self._submit(part, batch_size)))
        while chunks:
            part, future = chunks.popleft()
            try:
                found = future.result()
            except BrokenProcessPool as exc:
                raise self._died(exc) from exc
            for text, ents in zip(part, found):
                yield EntityDoc.of(text, ents)

    def __call__(self, text: str) -> Any:
        return next(self.pipe([text]))

    def _submit(self, part: list[str], batch_size: int) -> Future:
        try:
            return self._pool.submit(_entities, self.model, part, batch_size)
        except BrokenProcessPool as exc:
            raise self._died(exc) from exc

    def _died(self, exc: BaseException) -> NerProcessError:
        return NerProcessError(f"the spaCy NER process for {self.model} died ({exc}); rerun with --ner-processes 0 to "
                               "see its error, or free memory")

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


@lru_cache(maxsize=2)
def _tokenizer(model: str) -> Any:
    import spacy

    from newslake import config

    return spacy.load(config.spacy_package(model), exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"])


_started = threading.Lock()


def ner_process(model: str, processes: int = 1) -> NerProcess:
    """The NER child processes of this process for `model` (started on first use, kept for the run)."""
    with _started:  # two batch threads may ask first at the same time
        return _ner_process(model, processes)


@lru_cache(maxsize=2)
def _ner_process(model: str, processes: int) -> NerProcess:
    return NerProcess(model, processes)
