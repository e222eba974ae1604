"""Scale-out: run the batch tasks on a Dask cluster (an existing one by address, or a local one with N workers)."""

from __future__ import annotations

import atexit
import importlib.util
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class DaskSetupError(RuntimeError):
    """The Dask cluster cannot be used: one line saying what to fix."""


@dataclass
class ScaleOut:
    """How batches run: a Prefect task runner (none: in this process) or a local cluster still starting (`local`);
    `in_flight` batches at once."""

    runner: Any | None
    in_flight: int
    where: str
    local: LocalDask | None = None

    @property
    def scaled(self) -> bool:
        """True when batches run on Dask workers rather than in this process."""
        return self.runner is not None or self.local is not None

    def task_runner(self, timeout: float = 300.0) -> Any | None:
        """The Prefect task runner, once a local cluster started in the background is up."""
        if self.local is not None and self.runner is None:
            from prefect_dask import DaskTaskRunner

            self.runner = DaskTaskRunner(address=self.local.address(timeout))
        return self.runner


def scale_out(address: str | None = None, workers: int = 0, timeout: float = 10.0, model: str | None = None) -> ScaleOut:
    """The task runner for `--dask-address` / `--workers`; checks an existing cluster up front.

    A local cluster (`workers`) starts now in a background thread, and its workers import Prefect and load `model`
    while this process is still importing: on a small machine that start-up is a large share of a run.
    """
    if address and workers:
        raise DaskSetupError("use either --dask-address (an existing cluster) or --workers (a local one), not both")
    if workers < 0:
        raise DaskSetupError(f"--workers must be >= 0, got {workers}")
    if not address and not workers:
        return ScaleOut(None, 1, "this process")
    if address:
        from prefect_dask import DaskTaskRunner

        threads = cluster_threads(address, timeout)
        return ScaleOut(DaskTaskRunner(address=address), 2 * threads, f"Dask cluster {address} ({threads} threads)")
    return ScaleOut(None, 2 * workers, f"local Dask cluster ({workers} workers)", LocalDask.start(workers, model))


@dataclass
class LocalDask:
    """A local Dask cluster of worker processes, started in a background thread and closed when this process exits."""

    thread: threading.Thread
    box: dict[str, Any]

    @classmethod
    def start(cls, workers: int, model: str | None) -> LocalDask:
        if model:
            os.environ["NEWSLAKE_SPACY_MODEL"] = model  # read by the workers' preload
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                import dask
                from distributed import LocalCluster

                logging.getLogger("distributed").setLevel(logging.WARNING)  # the local scheduler's INFO chatter
                # Each worker's statistical profiler samples its stack every 10 ms: CPU the batches need.
                dask.config.set({"distributed.worker.profile.enabled": False})
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                                       preload=["newslake.dask_worker"])
                box["cluster"] = cluster
                atexit.register(cluster.close)
            except Exception as exc:  # noqa: BLE001 -- reported by address() in the caller's thread
                box["error"] = exc

        thread = threading.Thread(target=run, name="newslake-local-dask", daemon=True)
        thread.start()
        return cls(thread, box)

    def address(self, timeout: float = 300.0) -> str:
        """The scheduler address once every worker is up (DaskSetupError if the cluster could not start)."""
        self.thread.join(timeout)
        if "cluster" not in self.box:
            reason = self.box.get("error", f"not up after {timeout:.0f} s")
            raise DaskSetupError(f"the local Dask cluster did not start ({reason}); try fewer --workers")
        return self.box["cluster"].scheduler_address

    def close(self) -> None:
        self.thread.join()
        if "cluster" in self.box:
            self.box["cluster"].close()


def cluster_threads(address: str, timeout: float = 10.0) -> int:
    """Worker threads of the cluster at `address`; DaskSetupError when it is unreachable or has no workers."""
    from distributed import Client

    try:
        with Client(address, timeout=timeout) as client:
            threads = sum(client.nthreads().values())
    except (OSError, TimeoutError) as exc:
        raise DaskSetupError(f"cannot reach the Dask scheduler at {address} ({exc}): start one with "
                             "`dask scheduler` and `dask worker ADDRESS`, or fix --dask-address") from exc
    if not threads:
        raise DaskSetupError(f"the Dask scheduler at {address} has no workers: start some with `dask worker {address}`")
    return threads


def share_prefect_api() -> str:
    """Put this process's Prefect API URL in the environment so Dask workers it spawns report to the same API.

    Without it each worker process would start its own temporary server. Workers of an existing cluster need
    PREFECT_API_URL set when they are started.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

    url = PREFECT_API_URL.value()
    if not url:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()  # the same instance the flow engine will use in this process
        server.start(timeout=max(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value(), 120))  # busy hosts
        url = server.api_url
    os.environ["PREFECT_API_URL"] = url
    return url


@dataclass
class TemporaryAPI:
    """A Prefect API server subprocess on 127.0.0.1 for this command only (what Prefect's ephemeral mode starts)."""

    process: subprocess.Popen
    url: str

    def wait(self, timeout: float = 180.0) -> None:
        """Block until the server answers /health; RuntimeError if it died or never came up."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the temporary Prefect server exited with code {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"the temporary Prefect server at {self.url} did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except (subprocess.TimeoutExpired, KeyboardInterrupt):  # a second Ctrl-C: stop waiting
                self.process.kill()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_temporary_api(ephemeral: bool = True) -> TemporaryAPI | None:
    """Start the temporary Prefect server now, before Prefect is imported, so that it boots on the other core.

    Prefect itself would start the same server only when the flow starts, after seconds of imports. Returns None
    when PREFECT_API_URL names a server already (or Prefect is already imported: too late to point it elsewhere).
    Call `.wait()` before running the flow; the server stops when this process exits. `ephemeral=False` runs the
    server's background services too (the scheduler that creates runs of scheduled deployments).
    """
    if os.environ.get("PREFECT_API_URL") or "prefect" in sys.modules:
        return None
    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        return None
    port = free_port()
    app_dir = str(Path(next(iter(spec.submodule_search_locations))).parent)
    env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_FINAL": "1"}
    if ephemeral:
        env["PREFECT__SERVER_EPHEMERAL"] = "1"
        # Block types serve the UI and `prefect block`, not a one-command server: registering them costs ~1.3 CPU-s.
        env.setdefault("PREFECT_API_BLOCKS_REGISTER_ON_START", "false")
        env.setdefault("PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION", "false")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory", "prefect.server.api.server:create_app",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on"], env=env)
    api = TemporaryAPI(process, f"http://127.0.0.1:{port}/api")
    os.environ["PREFECT_API_URL"] = api.url  # read by Prefect at import, and inherited by Dask workers
    atexit.register(api.stop)
    return api


def warm_up(model: str | None, background: bool = False) -> None:
    """Load what the run needs anyway (spaCy model when NER runs here, Great Expectations) ahead of the flow.

    `background`: import Great Expectations in a thread, for runs whose own process mostly waits (Dask workers do
    the batches), so that its seconds of import leave the path before the first batch.
    """
    if model:
        from newslake.nlp import load_nlp

        load_nlp(model)
    if background:
        threading.Thread(target=importlib.import_module, args=("great_expectations",), name="newslake-gx-import",
                         daemon=True).start()
    else:
        import great_expectations  # noqa: F401  (seconds of import, otherwise paid after NER)
