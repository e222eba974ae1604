"""Lake on S3 (a real moto_server over HTTP): publish/read, pinning, reruns, two publisher processes, bad setups."""

from __future__ import annotations

import urllib.request

import boto3
import pytest
from test_lake import OK, add_counts, article_id, articles, entities, run_concurrent_publishers

from newslake import lake
from newslake.config import s3_client_kwargs
from tests.conftest import free_port, start_moto


def keys_in(bucket: str) -> list[str]:
    resp = boto3.client("s3", **s3_client_kwargs()).list_objects_v2(Bucket=bucket)
    return sorted(obj["Key"] for obj in resp.get("Contents", []))


def test_publish_read_pin_and_rerun_on_s3(s3_lake):
    bucket = s3_lake.removeprefix("s3://").split("/")[0]
    assert lake.latest_release(s3_lake) is None
    batch = {"articles": articles(range(4)), "entities": entities({"Kim Jong Un": 1})}
    rel1 = lake.publish(s3_lake, batch, validation=OK, snapshot_merge={"entities": add_counts},
                        docs={"index.html": b"<html/>"})
    rel2 = lake.publish(s3_lake, {"articles": articles(range(2, 6)), "entities": entities({"Kim Jong Un": 2})},
                        validation=OK, snapshot_merge={"entities": add_counts})
    assert (rel1.number, rel2.number, rel2.parent) == (1, 2, 1)
    assert lake.read_table(s3_lake, "articles", release=1).height == 4
    assert sorted(lake.read_table(s3_lake, "articles")["article_id"]) == sorted(article_id(i) for i in range(6))
    assert lake.read_table(s3_lake, "entities")["mention_count"].to_list() == [3]
    assert lake.read_table(s3_lake, "entities", release=1)["mention_count"].to_list() == [1]
    again = lake.publish(s3_lake, {"articles": articles(range(2, 6)), "entities": entities({"Kim Jong Un": 2})},
                         validation=OK, snapshot_merge={"entities": add_counts})
    assert again.number == 2 and [r.number for r in lake.releases(s3_lake)] == [1, 2]
    assert lake.read_table(s3_lake, "articles").height == 6
    keys = keys_in(bucket)
    assert "news/latest.json" in keys and "news/releases/00000002.json" in keys
    assert "news/releases/00000001/docs/index.html" in keys
    assert all(u.startswith(f"s3://{bucket}/news/tables/articles/part-") for u in lake.table_uris(s3_lake, "articles"))


def test_two_publisher_processes_s3(s3_lake, monkeypatch):
    monkeypatch.setenv("NEWSLAKE_FAULT", "slow")
    run_concurrent_publishers(s3_lake, n=4)


def test_missing_bucket_publishes_nothing(moto_server):
    with pytest.raises(lake.LakeError, match=r"bucket 'lake-missing-bucket' does not exist"):
        lake.publish("s3://lake-missing-bucket/news", {"articles": articles([1])}, validation=OK)
    names = [b["Name"] for b in boto3.client("s3", **s3_client_kwargs()).list_buckets()["Buckets"]]
    assert "lake-missing-bucket" not in names


def test_unreachable_endpoint_names_it(monkeypatch):
    endpoint = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("AWS_ENDPOINT_URL", endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    with pytest.raises(lake.LakeError, match=f"cannot reach S3 endpoint {endpoint}"):
        lake.publish("s3://bucket/news", {"articles": articles([1])}, validation=OK)
    with pytest.raises(lake.LakeError, match="cannot reach"):
        lake.read_table("s3://bucket/news", "articles")


def test_wrong_credentials_publish_nothing(monkeypatch):
    """A moto_server that checks keys after its first request (which creates the bucket)."""
    proc, endpoint = start_moto({"INITIAL_NO_AUTH_ACTION_COUNT": "1"})
    try:
        for name, value in {"AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": "AKIAWRONGWRONGWRONG0",
                            "AWS_SECRET_ACCESS_KEY": "wrong", "AWS_DEFAULT_REGION": "us-east-1"}.items():
            monkeypatch.setenv(name, value)
        boto3.client("s3", **s3_client_kwargs()).create_bucket(Bucket="guarded")  # the one unchecked request
        with pytest.raises(lake.LakeError, match="credentials rejected.*AWS_SECRET_ACCESS_KEY"):
            lake.publish("s3://guarded/news", {"articles": articles([1])}, validation=OK)
        urllib.request.urlopen(urllib.request.Request(f"{endpoint}/moto-api/reset-auth", data=b"inf", method="POST",
                                                      headers={"Content-Type": "text/plain"}))
        assert keys_in("guarded") == []
    finally:
        proc.terminate()
        proc.wait(timeout=10)
