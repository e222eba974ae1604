"""Scale-out: run the batch tasks on a Dask cluster (an existing one by address, or a local one with N workers)."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from typing import Any


class DaskSetupError(RuntimeError):
    """The Dask cluster cannot be used: one line saying what to fix."""


@dataclass(frozen=True)
class ScaleOut:
    """How batches run: `runner` is a Prefect task runner (None: in this process); `in_flight` batches at once."""

    runner: Any | None
    in_flight: int
    where: str


def scale_out(address: str | None = None, workers: int = 0, timeout: float = 10.0) -> ScaleOut:
    """The task runner for `--dask-address` / `--workers`; checks an existing cluster up front."""
    if address and workers:
        raise DaskSetupError("use either --dask-address (an existing cluster) or --workers (a local one), not both")
    if workers < 0:
        raise DaskSetupError(f"--workers must be >= 0, got {workers}")
    if not address and not workers:
        return ScaleOut(None, 1, "this process")
    from prefect_dask import DaskTaskRunner

    if address:
        threads = cluster_threads(address, timeout)
        return ScaleOut(DaskTaskRunner(address=address), 2 * threads, f"Dask cluster {address} ({threads} threads)")
    logging.getLogger("distributed").setLevel(logging.WARNING)  # the local scheduler's INFO chatter
    kwargs = {"n_workers": workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
    return ScaleOut(DaskTaskRunner(cluster_kwargs=kwargs), 2 * workers, f"local Dask cluster ({workers} workers)")


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


def start_api_in_background() -> threading.Thread | None:
    """Boot the temporary Prefect server on a thread (its process uses another core) while the caller warms up.

    None when PREFECT_API_URL already names a server. Join the thread before running the flow.
    """
    if os.environ.get("PREFECT_API_URL"):
        return None
    thread = threading.Thread(target=share_prefect_api, name="prefect-api-start", daemon=True)
    thread.start()
    return thread


def warm_up(model: str | None) -> None:
    """Load what the run needs anyway (spaCy model when NER runs here, Great Expectations) ahead of the flow."""
    if model:
        from newslake.nlp import load_nlp

        load_nlp(model)
    import great_expectations  # noqa: F401  (seconds of import, otherwise paid after NER)
