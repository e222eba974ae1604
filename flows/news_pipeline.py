"""Prefect flow `news_pipeline`: thin orchestration of the library stages over batches of articles."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from newslake import lake
from newslake.config import Settings
from newslake.pipeline import BatchResult, batched, combine, process_batch
from newslake.read import iter_sources
from newslake.records import RawArticle, Rejected
from newslake.report import RunSummary, summary_markdown


class QuarantineThresholdExceeded(RuntimeError):
    """A batch failed row checks too often: the run publishes nothing."""


@task(retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=1), cache_policy=NO_CACHE)
def known_article_ids(lake_uri: str) -> frozenset[str]:
    """Article ids already in the lake's latest release (those skip annotation)."""
    return frozenset(lake.existing_ids(lake_uri, "articles").to_list())


@task(cache_policy=NO_CACHE)
def annotate_batch(raws: list[RawArticle], rejected: list[Rejected], model: str,
                   known_ids: frozenset[str], lake_uri: str | None = None, ner_processes: int = 0) -> BatchResult:
    """NER, figures, dates, entity linking and row validation for one batch; NER is cached in the lake."""
    if ner_processes:  # spaCy in child processes: the rest of this batch runs beside them
        from functools import partial

        from newslake.ner_process import ner_process

        nlp_of = partial(ner_process, processes=ner_processes)
    else:
        from newslake.nlp import load_nlp as nlp_of

    if lake_uri is None:
        return process_batch(raws, rejected, nlp_of(model), known_ids)
    from newslake.cache import CachedNLP, open_cache

    nlp = CachedNLP(nlp_of(model), open_cache(lake_uri, model))
    result = process_batch(raws, rejected, nlp, known_ids)
    nlp.flush()  # a re-run (e.g. resuming a failed run) skips NER for every batch finished here
    return result


@task(cache_policy=NO_CACHE)
def run_suites(tables: dict[str, pl.DataFrame]) -> Any:
    """Great Expectations suites over the run's tables."""
    from newslake.validate import run_suites as run

    return run(tables)


@task(retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=2), cache_policy=NO_CACHE)
def publish(lake_uri: str, tables: dict[str, pl.DataFrame], report: Any) -> lake.Release:
    """Write the tables as a new numbered release; `latest` moves only after this succeeds."""
    from contextlib import nullcontext

    from prefect.concurrency.sync import concurrency
    from prefect.runtime import deployment

    from flows.deployments import publish_limit_name
    from newslake.entities import merge_entities

    # Scheduled runs take the lake's one-slot limit (`newslake serve` creates it); conditional writes in
    # newslake.lake keep any concurrent publishers safe regardless.
    slot = concurrency(publish_limit_name(lake_uri), occupy=1, strict=False) if deployment.id else nullcontext()
    with slot:
        return lake.publish(lake_uri, tables, validation=report.to_dict(),
                            snapshot_merge={"entities": merge_entities}, docs=report.data_docs())


@flow(name="news_pipeline", log_prints=True)
def news_pipeline(sources: list[str], lake_uri: str = "./lake", batch_size: int = 200,
                  max_quarantine_share: float = 0.5, spacy_model: str | None = None,
                  progress: bool = False, concurrency: int = 1, allow_private_hosts: bool = False,
                  near_duplicates: float | None = None, ner_processes: int = 0,
                  dask_address: str | None = None) -> RunSummary:
    """Read sources in batches, annotate and validate each batch, publish one release.

    `concurrency` batches are annotated at once (the task runner's parallelism, e.g. Dask workers); results are
    combined in input order, so the output does not depend on it. `ner_processes` > 0 runs spaCy in that many child
    processes (with two batches in flight) so that everything else overlaps with NER. `dask_address` (for
    deployments, whose task runner is fixed) runs the batches on that Dask cluster, in a subflow.
    """
    if dask_address:
        from newslake.dask import scale_out

        plan = scale_out(address=dask_address)
        return news_pipeline.with_options(task_runner=plan.runner)(
            sources=sources, lake_uri=lake_uri, batch_size=batch_size, max_quarantine_share=max_quarantine_share,
            spacy_model=spacy_model, progress=progress, concurrency=plan.in_flight,
            allow_private_hosts=allow_private_hosts, near_duplicates=near_duplicates)
    settings = Settings.from_env(lake=lake_uri, batch_size=batch_size, max_quarantine_share=max_quarantine_share,
                                 spacy_model=spacy_model, allow_private_hosts=allow_private_hosts)
    after_publish: list[Callable[[], None]] = []  # feed state saves: only once the items are in a release
    logger = get_run_logger()
    known = known_article_ids(settings.lake)
    results: list[BatchResult] = []
    pending: deque[tuple[Any, int]] = deque()  # (future, records) in input order; bounded: memory stays flat
    with _progress(progress) as advance:
        records = iter_sources(sources, settings, after_publish)
        if near_duplicates is not None:
            from newslake.dedupe import drop_near_duplicates

            records = drop_near_duplicates(records, near_duplicates)
        for raws, rejected in batched(records, settings.batch_size):
            while len(pending) >= max(concurrency, 2 if ner_processes else 1):
                results.append(_checked(*pending.popleft(), settings, advance))
            future = annotate_batch.submit(raws, rejected, settings.spacy_model, _known_in(raws, known), settings.lake,
                                           ner_processes)
            pending.append((future, len(raws) + len(rejected)))
        while pending:
            results.append(_checked(*pending.popleft(), settings, advance))
    tables = combine(results)
    for result in results:
        result.tables = {}  # only the combined tables are needed from here on: memory is not held twice
    report = run_suites(tables)
    if not report.success:
        raise RuntimeError("Great Expectations suites failed; nothing was published:\n" + report.summary_text())
    release = publish(settings.lake, tables, report)
    for save in after_publish:
        save()
    summary = RunSummary.build(tables, release, results, report)
    create_markdown_artifact(summary_markdown(summary), key="news-pipeline-summary",
                             description="Rows per table, quarantine reasons, validation results")
    logger.info("release %s: %s", summary.release, summary.rows)
    return summary


def _known_in(raws: list[RawArticle], known: frozenset[str]) -> frozenset[str]:
    """The ids of this batch's articles already in the lake (a task gets those, not every id of a large lake)."""
    from newslake.ids import article_id_for, content_sha256

    return frozenset(i for raw in raws if (i := article_id_for(content_sha256(raw.text))) in known)


def _checked(future: Any, records: int, settings: Settings, advance: Any) -> BatchResult:
    """A finished batch, or QuarantineThresholdExceeded when too many of its rows failed row checks."""
    result: BatchResult = future.result()
    if result.failure_share > settings.max_quarantine_share:
        raise QuarantineThresholdExceeded(
            f"{result.rows_rejected} of {result.rows_checked} rows failed row checks "
            f"({result.failure_share:.0%} > {settings.max_quarantine_share:.0%}); nothing was published. "
            "See the reasons with `newslake validate`, or raise --max-quarantine-share.")
    advance(records)
    return result


def _progress(enabled: bool):
    from contextlib import contextmanager

    @contextmanager
    def bar():
        if not enabled:
            yield lambda n: None
            return
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} records"),
                      TimeElapsedColumn(), transient=True) as prog:
            tid = prog.add_task("annotating", total=None)
            yield lambda n: prog.advance(tid, n)

    return bar()
