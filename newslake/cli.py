"""`newslake` command line: run, serve, releases, pull, dictionary, validate. Heavy modules are imported inside commands."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="News articles in; validated, versioned tables out.")

LakeOpt = Annotated[str, typer.Option("--lake", envvar="NEWSLAKE_LAKE",
                                      help="Lake URI: a local path or s3://bucket/prefix (AWS_* env for endpoint/keys).")]
ReleaseOpt = Annotated[int | None, typer.Option("--release", help="Release number (default: latest).")]


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"newslake: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def run(
    sources: Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs, URL lists or WARC files.")],
    lake: LakeOpt = "./lake",
    batch_size: Annotated[int, typer.Option(help="Articles per task run.")] = 200,
    max_quarantine_share: Annotated[float, typer.Option(help="Fail (publish nothing) above this row-failure share.")] = 0.5,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bar.")] = None,
    dask_address: Annotated[str | None, typer.Option(
        envvar="NEWSLAKE_DASK_ADDRESS", help="Annotate batches on this Dask cluster (tcp://HOST:PORT).")] = None,
    workers: Annotated[int, typer.Option(help="Annotate batches on a local Dask cluster of N processes.")] = 0,
    allow_private_hosts: Annotated[bool, typer.Option(
        help="Let URLs resolve to loopback/private addresses (refused by default: SSRF guard).")] = False,
    near_duplicates: Annotated[float | None, typer.Option(
        help="Quarantine near-duplicates within the run (MinHash Jaccard threshold, e.g. 0.9).")] = None,
    ner_processes: Annotated[int | None, typer.Option(
        help="spaCy child processes beside the flow (0: all in this process; default: one per core, at most 4).")]
    = None,
) -> None:
    """Run the news_pipeline flow over SOURCES and publish a new release to the lake."""
    from newslake import dask as scale
    from newslake.config import Settings

    api = scale.start_temporary_api()  # the temporary Prefect server boots while we import and load the model
    try:
        plan = scale.scale_out(dask_address, workers, model=model)
    except scale.DaskSetupError as exc:
        _fail(str(exc))
    if ner_processes is not None and ner_processes < 0:
        _fail(f"--ner-processes must be >= 0, got {ner_processes}")
    children = 0 if plan.scaled else default_ner_processes() if ner_processes is None else ner_processes
    if children:  # the children load spaCy while this process imports Prefect
        from newslake.ner_process import ner_process

        ner_process(model or Settings.from_env().spacy_model, children)
    from flows.news_pipeline import QuarantineThresholdExceeded, news_pipeline
    from newslake.lake import LakeError
    from newslake.store import open_store

    show = sys.stderr.isatty() if progress is None else progress
    try:
        store = open_store(lake)
        if hasattr(store, "check"):  # S3: fail in seconds, before any flow run, on endpoint/bucket/credentials
            store.check()
        scale.warm_up(None if plan.scaled or children else (model or Settings.from_env().spacy_model),
                      background=plan.scaled)
        if api is not None:
            api.wait()
        try:
            runner = plan.task_runner()
        except scale.DaskSetupError as exc:
            _fail(str(exc))
        pipeline = news_pipeline if runner is None else news_pipeline.with_options(task_runner=runner)
        if runner is not None:
            scale.share_prefect_api()  # Dask worker processes report to this run's Prefect API
        summary = pipeline(sources=list(sources), lake_uri=lake, batch_size=batch_size,
                           max_quarantine_share=max_quarantine_share, spacy_model=model, progress=show,
                           concurrency=plan.in_flight, allow_private_hosts=allow_private_hosts,
                           near_duplicates=near_duplicates, ner_processes=children)
    except LakeError as exc:
        _fail(str(exc))
    except QuarantineThresholdExceeded as exc:
        _fail(str(exc), 1)
    from newslake.report import summary_markdown

    typer.echo(summary_markdown(summary))


def default_ner_processes() -> int:
    """One spaCy process per core, at most 4 (beyond that the flow process itself becomes the bottleneck)."""
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()  # macOS has no affinity
    return max(1, min(cores or 1, 4))


@app.command()
def serve(lake: Annotated[str | None, typer.Option("--lake", envvar="NEWSLAKE_LAKE",
                                                   help="Lake URI for every deployment (default: prefect.yaml's).")]
          = None) -> None:
    """Run the deployments of prefect.yaml (hourly feed poll, daily batch) on their schedules until Ctrl-C."""
    from newslake import dask as scale

    api = scale.start_temporary_api(ephemeral=False)  # without PREFECT_API_URL: a local server with its scheduler
    if api is not None:
        api.wait()
    from flows.deployments import serve as serve_deployments

    serve_deployments(lake)


@app.command()
def releases(lake: LakeOpt = "./lake") -> None:
    """List releases: number, time, rows per table, validation status; '*' marks latest."""
    from newslake import lake as lk

    try:
        items = lk.releases(lake)
        latest = lk.latest_release(lake)
    except lk.LakeError as exc:
        _fail(str(exc))
    if not items:
        typer.echo(f"no releases in {lake} yet: run `newslake run SOURCE --lake {lake}`")
        return
    names = list(items[-1].tables)
    widths = {n: max(10, len(n)) for n in names}
    typer.echo(f"  release  {'created_at':<29}  validation  " + "  ".join(f"{n:>{widths[n]}}" for n in names))
    for rel in items:
        mark = "*" if latest is not None and rel.number == latest.number else " "
        status = "passed" if rel.validation.get("success", False) else "failed"
        counts = "  ".join(f"{rel.tables.get(n, {}).get('rows', 0):>{widths[n]}}" for n in names)
        typer.echo(f"{mark} {rel.number:>7}  {rel.created_at:<29}  {status:<10}  {counts}")


@app.command()
def pull(
    table: Annotated[str, typer.Argument(help="articles, mentions, entities, figures, dates or quarantine.")],
    out: Annotated[Path, typer.Option("--out", help="FILE.parquet or FILE.csv")],
    lake: LakeOpt = "./lake",
    release: ReleaseOpt = None,
) -> None:
    """Write one table of a release to a local Parquet or CSV file."""
    from newslake import lake as lk
    from newslake.tables import TABLE_NAMES

    if table not in TABLE_NAMES:
        _fail(f"unknown table '{table}'; choose one of {', '.join(TABLE_NAMES)}")
    if out.suffix.lower() not in (".parquet", ".csv"):
        _fail(f"--out must end in .parquet or .csv, got '{out.name}'")
    try:
        rows = lk.pull(lake, table, out, release=release)
    except lk.LakeError as exc:
        _fail(str(exc))
    typer.echo(f"wrote {rows} rows of {table} to {out}")


@app.command()
def dictionary(
    out: Annotated[Path, typer.Option("--out", help="Markdown file to write.")] = Path("DATA_DICTIONARY.md"),
) -> None:
    """Write the data dictionary (every table's columns, types, checks and meaning) from the Pandera models."""
    from newslake.dictionary import render_markdown

    out.write_text(render_markdown() + "\n")
    typer.echo(f"wrote {out}")


@app.command()
def validate(
    lake: LakeOpt = "./lake",
    release: ReleaseOpt = None,
    junit: Annotated[Path | None, typer.Option(help="Write JUnit XML here.")] = None,
) -> None:
    """Run every table's Pandera model and GX suite on a release; exit 1 when any fails."""
    from newslake import lake as lk
    from newslake.validate import check_rows, run_suites

    try:
        rel = lk.latest_release(lake) if release is None else lk.get_release(lake, release)
        if rel is None:
            _fail(f"no releases in {lake} yet")
        tables = {name: lk.read_table(lake, name, rel.number) for name in rel.tables}
    except lk.LakeError as exc:
        _fail(str(exc))
    _, rejected = check_rows({k: v for k, v in tables.items() if k != "quarantine"})
    report = run_suites(tables)
    if junit:
        report.write_junit(junit)
    typer.echo(f"release {rel.number} of {lake}")
    typer.echo(report.summary_text())
    for r in rejected[:20]:
        typer.echo(f"row check failed: {r.reason}")
    ok = report.success and not rejected
    typer.echo(f"validation {'passed' if ok else 'FAILED'}: {len(rejected)} rows failed row checks")
    raise typer.Exit(0 if ok else 1)


if __name__ == "__main__":
    app()
