"""A published release reads back the same with Polars, pandas, pyarrow and DuckDB, locally and over S3."""

from __future__ import annotations

import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest
from test_lake import OK, article_id, articles, entities

from newslake import lake
from newslake.tables import polars_schema


@pytest.fixture(params=["local", "s3"], scope="module")
def published(request, tmp_path_factory) -> str:
    """Release 1: articles 0-2; release 2: articles 0-5 and one entity with two aliases."""
    if request.param == "local":
        uri = str(tmp_path_factory.mktemp("readers") / "lake")
    else:
        uri = request.getfixturevalue("s3_lake_module")
    lake.publish(uri, {"articles": articles(range(3))}, validation=OK)
    ents = entities({"Kim Jong Un": 4}).with_columns(pl.lit(["Kim Jong Un", "Kim"]).alias("aliases"))
    lake.publish(uri, {"articles": articles(range(2, 6)), "entities": ents}, validation=OK)
    return uri


@pytest.fixture(scope="module")
def s3_lake_module(moto_server) -> str:
    import uuid

    import boto3

    from newslake.config import s3_client_kwargs

    bucket = f"readers-{uuid.uuid4().hex[:12]}"
    boto3.client("s3", **s3_client_kwargs()).create_bucket(Bucket=bucket)
    return f"s3://{bucket}/news"


EXPECTED_IDS = sorted(article_id(i) for i in range(6))


def test_polars(published):
    assert sorted(lake.read_table(published, "articles")["article_id"]) == EXPECTED_IDS
    uris = lake.table_uris(published, "articles")
    opts = lake.storage_options() if published.startswith("s3://") else None
    scanned = pl.scan_parquet(uris, storage_options=opts).collect()
    assert sorted(scanned["article_id"]) == EXPECTED_IDS
    assert scanned.schema == polars_schema("articles")
    pinned = pl.scan_parquet(lake.table_uris(published, "articles", release=1), storage_options=opts).collect()
    assert pinned.height == 3


def test_pandas(published):
    paths, fs = lake.arrow_source(published, "articles")
    df = pd.concat([pd.read_parquet(p, filesystem=fs) for p in paths], ignore_index=True)
    assert sorted(df["article_id"]) == EXPECTED_IDS
    assert str(df["published_at"].dt.tz) == "UTC"
    assert df.loc[df["article_id"] == article_id(4), "title"].item() == "Title 4"


def test_pyarrow(published):
    paths, fs = lake.arrow_source(published, "entities")
    table = pq.read_table(paths, filesystem=fs)
    assert table.column_names == list(polars_schema("entities"))
    assert table.column("aliases").to_pylist() == [["Kim Jong Un", "Kim"]]
    paths1, fs1 = lake.arrow_source(published, "articles", release=1)
    assert pq.read_table(paths1, filesystem=fs1).num_rows == 3


def test_duckdb(published):
    con = lake.duckdb_connection()
    uris = lake.table_uris(published, "articles")
    rows, distinct = con.execute("SELECT count(*), count(DISTINCT article_id) FROM read_parquet(?)", [uris]).fetchone()
    assert (rows, distinct) == (6, 6)
    ents = lake.table_uris(published, "entities")
    name, n_aliases, count = con.execute(
        "SELECT name, len(aliases), mention_count FROM read_parquet(?)", [ents]).fetchone()
    assert (name, n_aliases, count) == ("Kim Jong Un", 2, 4)
    pinned = con.execute("SELECT count(*) FROM read_parquet(?)", [lake.table_uris(published, "articles", 1)])
    assert pinned.fetchone()[0] == 3


def test_duckdb_loads_httpfs_offline_from_the_wheel():
    con = lake.duckdb_connection()
    loaded = con.execute("SELECT loaded FROM duckdb_extensions() WHERE extension_name = 'httpfs'").fetchone()
    assert loaded == (True,)
    assert con.execute("SELECT current_setting('autoinstall_known_extensions')").fetchone() == (False,)
