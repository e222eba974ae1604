"""spaCy NER in a child process, so that the rest of a run (reading, language, figures, dates, validation, publishing,
Prefect) works on the other core while NER works on this one."""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache
from typing import Any

from newslake.cache import Ent, doc_ents, rebuild_doc


class NerProcessError(RuntimeError):
    """The NER child process died (out of memory, killed): the run stops with this reason."""


def _load(model: str) -> None:
    from newslake.nlp import load_nlp

    load_nlp(model)


def _entities(model: str, texts: list[str], batch_size: int) -> list[list[Ent]]:
    """In the child: entity spans of each text (the cacheable part of a doc, see newslake.cache)."""
    from newslake.nlp import load_nlp

    return [doc_ents(doc) for doc in load_nlp(model).pipe(texts, batch_size=batch_size)]


class NerProcess:
    """A spaCy pipeline stand-in: `pipe` sends texts to one child process running `load_nlp(model)` and yields docs
    rebuilt here from its entity spans (tokenizer only), in input order.

    Chunks of `batch_size` texts are all queued at once, so the child annotates the next chunk while the caller
    works on the previous one.
    """

    def __init__(self, model: str) -> None:
        import spacy

        self.model = model
        # spawn, not fork: this process runs Prefect's threads, which a fork would copy mid-flight
        self._pool = ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("spawn"), initializer=_load, initargs=(model,)
        )
        self._pool.submit(len, "")  # start the child (and its model load) now, not at the first batch
        exclude = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"]
        self._tokenizer_nlp = spacy.load(model, exclude=exclude)  # same tokenizer and vocab as the child's

    def make_doc(self, text: str) -> Any:
        return self._tokenizer_nlp.make_doc(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 64, **_: Any) -> Iterator[Any]:
        """Docs in input order, with the entities the child's pipeline found."""
        items = list(texts)
        chunks: deque[tuple[list[str], Future]] = deque()
        for i in range(0, len(items), batch_size):
            part = items[i : i + batch_size]
            chunks.append((part, self._submit(part, batch_size)))
        while chunks:
            part, future = chunks.popleft()
            try:
                found = future.result()
            except BrokenProcessPool as exc:
                raise self._died(exc) from exc
            for text, ents in zip(part, found):
                doc = rebuild_doc(self, text, ents)
                if doc is None:  # cannot happen with the same tokenizer; never lose the article over it
                    raise NerProcessError(
                        f"entity spans from the NER process do not align with {text[:60]!r}"
                    )
                yield doc

    def __call__(self, text: str) -> Any:
        return next(self.pipe([text]))

    def _submit(self, part: list[str], batch_size: int) -> Future:
        try:
            return self._pool.submit(_entities, self.model, part, batch_size)
        except BrokenProcessPool as exc:
            raise self._died(exc) from exc

    def _died(self, exc: BaseException) -> NerProcessError:
        return NerProcessError(
            f"the spaCy NER process for {self.model} died ({exc}); rerun with --in-process to "
            "see its error, or free memory"
        )

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


_started = threading.Lock()


def ner_process(model: str) -> NerProcess:
    """The one NER child process of this process for `model` (started on first use, kept for the run)."""
    with _started:  # two batch threads may ask first at the same time
        return _ner_process(model)


@lru_cache(maxsize=2)
def _ner_process(model: str) -> NerProcess:
    return NerProcess(model)
