"""Dask worker preload (`LocalCluster(preload=["newslake.dask_worker"])`, `dask worker --preload newslake.dask_worker`):
import and load what batch tasks need while the client process is still starting, instead of in the first task."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

# Touches every stage (language, entities and their gazetteers, figures, dates, row checks) once.
WARM_UP_TEXT = ("On Monday about 1,200 people marched in Lyon, France, against a 3% rise in fuel taxes, "
                "the Interior Ministry said, two weeks after President Emmanuel Macron spoke in Paris.")


def dask_setup(worker: Any) -> None:
    """Import Prefect's task engine and the flow module, load the spaCy pipeline of this run, run one tiny batch."""
    import prefect.task_engine  # noqa: F401

    import flows.news_pipeline  # noqa: F401
    from newslake.config import Settings
    from newslake.nlp import load_nlp
    from newslake.pipeline import process_batch
    from newslake.records import RawArticle

    nlp = load_nlp(Settings.from_env().spacy_model)
    process_batch([RawArticle(source="newslake.dask_worker warm-up", text=WARM_UP_TEXT,
                              published_at=datetime(2024, 3, 4, tzinfo=UTC))], [], nlp)
