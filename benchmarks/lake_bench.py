"""Lake throughput: publish/read/existing_ids on a local lake and on moto S3 (usage: python lakebench.py N)."""
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime

from newslake import lake
from newslake.ids import content_sha256
from newslake.tables import from_rows

VOCAB = [f"w{random.Random(k).randint(0, 10**9):x}" for k in range(5000)]

def frame(lo, hi):
    rows = []
    for i in range(lo, hi):
        text = f"Article {i}. " + " ".join(random.Random(i).choices(VOCAB, k=300))
        sha = content_sha256(text)
        rows.append({"article_id": sha[:16], "url": None, "title": f"T{i}", "published_at": datetime(2024, 11, 1, tzinfo=UTC),
                     "source": "bench", "text": text, "word_count": 302, "content_sha256": sha})
    return from_rows("articles", rows)

def run(uri, n):
    a, b = frame(0, n), frame(n // 2, n + n // 2)
    t = time.perf_counter(); lake.publish(uri, {"articles": a}, validation={}); t1 = time.perf_counter() - t
    t = time.perf_counter(); lake.publish(uri, {"articles": b}, validation={}); t2 = time.perf_counter() - t
    t = time.perf_counter(); lake.publish(uri, {"articles": b}, validation={}); t3 = time.perf_counter() - t
    t = time.perf_counter(); df = lake.read_table(uri, "articles"); t4 = time.perf_counter() - t
    t = time.perf_counter(); ids = lake.existing_ids(uri, "articles"); t5 = time.perf_counter() - t
    assert df.height == n + n // 2 == ids.len()
    mb = a.estimated_size() / 1e6
    print(f"{uri[:5]:5} n={n}: publish {n} rows ({mb:.0f} MB) {t1:.2f}s; overlapping {n} (half new) {t2:.2f}s; "
          f"rerun {t3:.2f}s; read {df.height} rows {t4:.2f}s; existing_ids {t5:.2f}s")

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    run(tempfile.mkdtemp() + "/lake", n)
    port = 5990
    proc = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try: socket.create_connection(("127.0.0.1", port), timeout=1).close(); break
            except OSError: time.sleep(0.2)
        os.environ.update({"AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}", "AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "AWS_DEFAULT_REGION": "us-east-1"})
        import boto3

        from newslake.config import s3_client_kwargs
        boto3.client("s3", **s3_client_kwargs()).create_bucket(Bucket="bench")
        run("s3://bench/lake", n)
    finally:
        proc.terminate()
