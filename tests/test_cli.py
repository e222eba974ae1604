"""The `newslake` commands as a user runs them: run, releases, pull, validate; clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from newslake import lake
from newslake.cli import app
from tests.conftest import REPO, SEED

pytestmark = pytest.mark.usefixtures("prefect_harness")
runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    """`newslake ARGS` in a real process, talking to the session's Prefect API (as a deployed user would)."""
    from prefect.settings import PREFECT_API_URL

    full_env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), **env}
    return subprocess.run([sys.executable, "-m", "newslake.cli", *map(str, args)], capture_output=True, text=True, check=False,
                          env=full_env, timeout=600)


@pytest.fixture(scope="module")
def cli_lake(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    src = root / "in"
    src.mkdir()
    (src / "seed.jsonl").write_text(json.dumps({"text": SEED.read_text(), "published_at": "2024-11-21T09:00:00Z",
                                                "url": "https://example.org/seed"}) + "\n")
    # every kind of bad input from the issue, next to one good article
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)))
    (src / "latin1.txt").write_bytes("Señor Ñandú".encode("latin-1"))
    (src / "bad.jsonl").write_text('{"text": "fine line one."}\n{oops\n{"title": "no text"}\n')
    (src / "nothing.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with (src / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    lake_dir = root / "lake"
    result = run_cli("run", src, "--lake", lake_dir, "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "quarantined: 7" in result.stdout
    return lake_dir


def test_run_reports_counts_and_quarantine(cli_lake):
    q = lake.read_table(str(cli_lake), "quarantine")
    names = {Path(s.split(":")[0]).name for s in q["source"]}
    assert {"empty.txt", "binary.txt", "latin1.txt", "bad.jsonl", "nothing.html", "huge.txt"} <= names
    assert q.height == 7


def test_releases_lists_release_with_counts(cli_lake):
    result = invoke("releases", "--lake", cli_lake)
    assert result.exit_code == 0
    line = next(ln for ln in result.output.splitlines() if ln.startswith("*"))
    assert line.split()[1] == "1" and "passed" in line


def test_pull_parquet_and_csv(cli_lake, tmp_path):
    out = tmp_path / "figures.parquet"
    assert invoke("pull", "figures", "--lake", cli_lake, "--out", out).exit_code == 0
    figs = pl.read_parquet(out)
    assert figs.filter(pl.col("kind") == "money")["currency"].to_list() == ["USD"]
    csv = tmp_path / "entities.csv"
    assert invoke("pull", "entities", "--lake", cli_lake, "--out", csv, "--release", "1").exit_code == 0
    ents = pl.read_csv(csv)
    assert "Kim Jong Un" in ents["name"].to_list()


def test_pull_unknown_table_is_a_clear_error(cli_lake, tmp_path):
    result = runner.invoke(app, ["pull", "people", "--lake", str(cli_lake), "--out", str(tmp_path / "x.csv")])
    assert result.exit_code == 2 and "unknown table 'people'" in result.output


def test_validate_passes_and_writes_junit(cli_lake, tmp_path):
    junit = tmp_path / "junit.xml"
    result = invoke("validate", "--lake", cli_lake, "--junit", junit)
    assert result.exit_code == 0, result.output
    root = ET.parse(junit).getroot()
    cases = root.findall(".//testcase")
    assert len(cases) > 10 and not root.findall(".//failure")


def test_unreachable_s3_endpoint_is_one_clear_line(tmp_path):
    (tmp_path / "a.txt").write_text("Some article text.")
    result = run_cli("run", tmp_path / "a.txt", "--lake", "s3://bucket/lake", "--no-progress",
                     AWS_ENDPOINT_URL="http://127.0.0.1:9", AWS_ACCESS_KEY_ID="x", AWS_SECRET_ACCESS_KEY="y")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "newslake: cannot reach S3 endpoint http://127.0.0.1:9: check AWS_ENDPOINT_URL and that the server is up"]


def test_missing_bucket_is_named(moto_server, tmp_path):
    (tmp_path / "a.txt").write_text("Some article text.")
    result = run_cli("run", tmp_path / "a.txt", "--lake", "s3://no-such-bucket-xyz/lake", "--no-progress")
    assert result.returncode == 2 and "no-such-bucket-xyz" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_s3_lake_round_trip(s3_lake, tmp_path):
    result = run_cli("run", REPO / "samples" / "ukraine-grain.txt", "--lake", s3_lake, "--no-progress")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "articles.parquet"
    assert invoke("pull", "articles", "--lake", s3_lake, "--out", out).exit_code == 0
    assert pl.read_parquet(out)["text"][0].startswith("Ukraine exported 4.5 million tonnes")
