"""Dask worker preload (`LocalCluster(preload=["newslake.dask_worker"])`): import and load what batch tasks need
while the client process is still starting, instead of in the first task."""

from __future__ import annotations

from typing import Any


def dask_setup(worker: Any) -> None:
    """Import Prefect's task engine and the flow module, and load the spaCy pipeline of this run."""
    import prefect.task_engine  # noqa: F401

    import flows.news_pipeline  # noqa: F401
    from newslake.config import Settings
    from newslake.nlp import load_nlp

    load_nlp(Settings.from_env().spacy_model)
