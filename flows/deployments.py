"""The deployments declared in prefect.yaml, served on this machine with their schedules (`newslake serve`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PREFECT_YAML = REPO / "prefect.yaml"


def load_spec(path: Path = PREFECT_YAML) -> list[dict[str, Any]]:
    """The `deployments:` entries of a prefect.yaml."""
    import yaml

    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["deployments"])


def publish_limit_name(lake: str) -> str:
    """Name of the global concurrency limit that lets one publisher at a time write to `lake`."""
    uri = lake if "://" in lake else str(Path(lake).expanduser().resolve())
    return "publish-" + re.sub(r"[^A-Za-z0-9._-]+", "-", uri).strip("-")


def with_lake(parameters: dict[str, Any], lake: str | None) -> dict[str, Any]:
    """Deployment parameters with `lake_uri` replaced when a lake is given."""
    return {**parameters, "lake_uri": lake} if lake else dict(parameters)


def build(spec: list[dict[str, Any]], lake: str | None = None) -> list[Any]:
    """RunnerDeployments of news_pipeline for each spec entry (schedules, parameters, limits, tags)."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig
    from prefect.schedules import Cron

    from flows.news_pipeline import news_pipeline

    out = []
    for entry in spec:
        limit = entry.get("concurrency_limit")
        out.append(news_pipeline.to_deployment(
            name=entry["name"],
            description=entry.get("description"),
            tags=entry.get("tags"),
            parameters=with_lake(entry.get("parameters", {}), lake),
            schedules=[Cron(s["cron"], timezone=s.get("timezone", "UTC")) for s in entry.get("schedules", [])],
            concurrency_limit=ConcurrencyLimitConfig(**limit) if isinstance(limit, dict) else limit,
        ))
    return out


def ensure_publish_limits(lakes: set[str]) -> None:
    """Create the one-slot publish limit of each lake on the Prefect server (kept if it exists)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        for lake in sorted(lakes):
            try:
                client.read_global_concurrency_limit_by_name(publish_limit_name(lake))
            except ObjectNotFound:
                client.create_global_concurrency_limit(
                    GlobalConcurrencyLimitCreate(name=publish_limit_name(lake), limit=1))


def serve(lake: str | None = None, path: Path = PREFECT_YAML) -> None:
    """Run every deployment of prefect.yaml on its schedule in this process until interrupted."""
    from prefect import serve as prefect_serve

    deployments = build(load_spec(path), lake)
    ensure_publish_limits({d.parameters["lake_uri"] for d in deployments})
    prefect_serve(*deployments)


if __name__ == "__main__":
    serve()
