"""Scale-out on a real Dask scheduler and worker processes on 127.0.0.1: same ids, same rows as one process."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import polars as pl
import pytest

from newslake import lake
from newslake.dask import DaskSetupError, scale_out
from schemas import PRIMARY_KEYS
from tests.conftest import REPO, SHARED, free_port

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _wait_port(port: int, procs: list[subprocess.Popen], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            pytest.fail("a Dask process exited during start-up")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"nothing listening on 127.0.0.1:{port} after {timeout} s")


@pytest.fixture(scope="module")
def dask_cluster(prefect_harness):
    """`dask scheduler` + `dask worker` (2 single-thread processes) as subprocesses, reporting to the test API."""
    from distributed import Client
    from prefect.settings import PREFECT_API_URL

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "PREFECT_LOGGING_TO_API_ENABLED": "false"}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env, "cwd": REPO}
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", str(port), "--no-dashboard"], **quiet)]
    try:
        _wait_port(port, procs)
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nworkers", "2",
                                       "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"], **quiet))
        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """The bundled samples (incl. bad records) plus 8 GUM news articles, as several batches."""
    path = tmp_path_factory.mktemp("corpus") / "gum.jsonl"
    rows = [json.loads(line) for line in (SHARED / "ner/gum-news/gum-news.jsonl").read_text().splitlines()[:8]]
    path.write_text("".join(json.dumps({"text": r["text"], "title": r["title"], "url": r["source_url"],
                                        "published_at": r["date_created"]}) + "\n" for r in rows))
    return [str(REPO / "samples"), str(path)]


def _tables(uri: str) -> dict[str, pl.DataFrame]:
    out = {}
    for name, key in PRIMARY_KEYS.items():
        frame = lake.read_table(uri, name)
        out[name] = frame.drop([c for c in ("quarantined_at", "seen_at") if c in frame.columns]).sort(key)
    return out


@pytest.mark.slow
def test_dask_cluster_output_is_identical_to_one_process(tmp_path, dask_cluster, corpus):
    from distributed import Client

    from flows.news_pipeline import news_pipeline

    single, spread = str(tmp_path / "single"), str(tmp_path / "dask")
    news_pipeline(sources=corpus, lake_uri=single, batch_size=3)
    plan = scale_out(address=dask_cluster)
    assert plan.in_flight == 4  # 2 workers x 1 thread, two batches each in flight
    summary = news_pipeline.with_options(task_runner=plan.runner)(
        sources=corpus, lake_uri=spread, batch_size=3, concurrency=plan.in_flight)
    assert summary.release == 1
    deployed = str(tmp_path / "deployed")  # a deployment names the cluster as a flow parameter
    assert news_pipeline(sources=corpus, lake_uri=deployed, batch_size=3, dask_address=dask_cluster).release == 1

    with Client(dask_cluster, timeout=30) as client:
        ran_ner = client.run(lambda: "newslake.nlp" in sys.modules)
    assert len(ran_ner) == 2 and all(ran_ner.values())  # both worker processes annotated batches

    one, many, by_parameter = _tables(single), _tables(spread), _tables(deployed)
    assert one["articles"].height == 14 and one["mentions"].height > 100
    for name in PRIMARY_KEYS:
        assert one[name].equals(many[name]), f"{name} differs between one process and the Dask cluster"
        assert one[name].equals(by_parameter[name]), f"{name} differs with dask_address as a flow parameter"


@pytest.mark.slow
def test_local_cluster_starts_in_the_background_with_the_model_loaded_and_no_profiler():
    import dask
    from distributed import Client

    plan = scale_out(workers=1)
    try:
        assert plan.scaled and plan.runner is None and plan.in_flight == 2  # not waited for yet
        runner = plan.task_runner()
        assert runner is plan.task_runner() and runner.address.startswith("tcp://127.0.0.1:")
        with Client(runner.address, timeout=30) as client:
            stages = ("newslake.dates", "newslake.figures", "newslake.language", "newslake.nlp", "prefect.task_engine")
            loaded = client.run(lambda: sorted(m for m in stages if m in sys.modules))
            profiling = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
        assert list(loaded.values()) == [list(stages)]  # loaded (and one tiny batch run) before any task
        assert list(profiling.values()) == [False]  # the 10 ms stack sampler would take CPU from the batches
    finally:
        plan.local.close()


def test_unreachable_scheduler_is_one_clear_error():
    port = free_port()
    with pytest.raises(DaskSetupError, match=f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}"):
        scale_out(address=f"tcp://127.0.0.1:{port}", timeout=2)


def test_address_and_workers_are_exclusive():
    with pytest.raises(DaskSetupError, match="not both"):
        scale_out(address="tcp://127.0.0.1:1", workers=2)
    assert scale_out().runner is None and scale_out().in_flight == 1
