"""prefect.yaml on a real `prefect server start` (SQLite, 127.0.0.1): deploy, process worker, run via the API."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from flows.deployments import build, load_spec, publish_limit_name, with_lake
from newslake import lake as lk
from tests.conftest import REPO, free_port

PREFECT = str(Path(sys.executable).with_name("prefect"))


def test_prefect_yaml_declares_hourly_feeds_and_daily_batch_on_the_process_pool():
    spec = {d["name"]: d for d in load_spec()}
    assert spec["feed-poll-hourly"]["schedules"][0]["cron"] == "5 * * * *"
    assert spec["daily-batch"]["schedules"][0]["cron"] == "30 2 * * *"
    for entry in spec.values():
        assert entry["work_pool"]["name"] == "newslake"
        assert entry["concurrency_limit"] == {"limit": 1, "collision_strategy": "ENQUEUE"}
        assert {"sources", "lake_uri", "batch_size", "max_quarantine_share"} <= set(entry["parameters"])


def test_served_deployments_follow_prefect_yaml_with_the_lake_overridden(tmp_path):
    deployments = {d.name: d for d in build(load_spec(), lake=str(tmp_path))}
    assert set(deployments) == {"feed-poll-hourly", "daily-batch"}
    daily = deployments["daily-batch"]
    assert daily.parameters["lake_uri"] == str(tmp_path) and daily.parameters["sources"] == ["inbox/"]
    assert [s.schedule.cron for s in daily.schedules] == ["30 2 * * *"]
    assert daily.concurrency_limit == 1
    assert with_lake({"lake_uri": "a", "x": 1}, None) == {"lake_uri": "a", "x": 1}


def test_publish_limit_name_is_per_lake():
    assert publish_limit_name("s3://bucket/news") == "publish-s3-bucket-news"
    assert publish_limit_name("s3://bucket/news") != publish_limit_name("s3://bucket/other")
    assert publish_limit_name("./lake") == publish_limit_name(str(Path("lake").resolve()))


def _run(args: list[str], env: dict[str, str], cwd: Path = REPO) -> str:
    proc = subprocess.run([PREFECT, *args], check=False, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"prefect {' '.join(args)} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
    return proc.stdout


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """A real Prefect server process on loopback with its own SQLite database (scheduler off: runs only on demand)."""
    home = tmp_path_factory.mktemp("prefect-server-home")
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": api,
           "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home}/prefect.db",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_WORKER_QUERY_SECONDS": "2",
           "NEWSLAKE_HOME": str(REPO)}
    log = open(home / "server.log", "w")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui",
                             "--no-scheduler", "--analytics-off"], env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 180
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"prefect server exited: {(home / 'server.log').read_text()[-2000:]}")
            try:
                if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("prefect server not healthy after 180 s")
            time.sleep(0.5)
        yield api, env
    finally:
        _stop(proc)
        log.close()


@pytest.mark.slow
def test_deploy_then_worker_runs_it_to_completed_and_a_release_appears(prefect_server, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.deployments import ensure_publish_limits

    api, env = prefect_server
    lake = str(tmp_path / "lake")
    _run(["work-pool", "create", "newslake", "--type", "process"], env)
    out = _run(["--no-prompt", "deploy", "--name", "daily-batch"], env)
    assert "news_pipeline/daily-batch" in out
    worker = subprocess.Popen([PREFECT, "worker", "start", "--pool", "newslake", "--type", "process", "--limit", "1"],
                              env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with temporary_settings({PREFECT_API_URL: api}):
            ensure_publish_limits({lake})
            run = run_deployment("news_pipeline/daily-batch", timeout=0,
                                 parameters={"sources": [str(REPO / "samples")], "lake_uri": lake})
            with get_client(sync_client=True) as client:
                deadline = time.monotonic() + 420
                while not (state := client.read_flow_run(run.id).state).is_final():
                    assert time.monotonic() < deadline, f"flow run still {state.name} after 420 s"
                    time.sleep(2)
                deployment = client.read_deployment_by_name("news_pipeline/daily-batch")
                limit = client.read_global_concurrency_limit_by_name(publish_limit_name(lake))
                flow_run = client.read_flow_run(run.id)
    finally:
        _stop(worker)
    assert state.is_completed(), f"flow run ended {state.name}: {state.message}"
    assert flow_run.work_queue_name == "batch"
    assert [s.schedule.cron for s in deployment.schedules] == ["30 2 * * *"]
    assert deployment.global_concurrency_limit is not None and deployment.global_concurrency_limit.limit == 1
    assert deployment.concurrency_options is not None
    assert deployment.concurrency_options.collision_strategy == "ENQUEUE"
    assert (limit.limit, limit.active_slots) == (1, 0)  # held by publish, released after
    release = lk.latest_release(lake)
    assert release is not None and release.number == 1
    assert lk.read_table(lake, "articles").height == 6
