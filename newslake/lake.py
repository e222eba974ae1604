"""The lake: Parquet parts made visible only by numbered release manifests; atomic, idempotent, race-safe publish.

Layout under the lake URI:
  tables/<table>/part-<uuid>.parquet   immutable data files (zstd), invisible until a manifest lists them
  releases/<N:08d>.json                release manifest, created with If-None-Match: the number is the lock
  releases/<N:08d>/docs/...            files published with the release (e.g. GX Data Docs)
  latest.json                          {"release": N}, moved forward only, with If-Match
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import time
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import polars as pl

from newslake.store import LakeError, LocalStore, PreconditionFailed, Store, open_store
from newslake.tables import TABLE_NAMES, conform, empty
from schemas import PRIMARY_KEYS

__all__ = [
    "SNAPSHOT_TABLES",
    "LakeError",
    "Release",
    "arrow_source",
    "compact",
    "duckdb_connection",
    "existing_ids",
    "get_release",
    "latest_release",
    "publish",
    "pull",
    "read_table",
    "releases",
    "storage_options",
    "table_uris",
    "vacuum",
]

SNAPSHOT_TABLES = frozenset({"entities"})  # rewritten whole each release; the rest are append-only facts
LATEST = "latest.json"
MAX_ATTEMPTS = 25
_MANIFEST = re.compile(r"^releases/(\d{8})\.json$")

Merge = Callable[[pl.DataFrame, pl.DataFrame], pl.DataFrame]


@dataclass(frozen=True)
class Release:
    """One published, immutable version of every table."""

    number: int
    created_at: str
    parent: int | None
    tables: dict[str, dict[str, Any]]  # name -> {"files": [keys], "rows": n, "added": n}
    validation: dict[str, Any]
    summary: dict[str, Any] = field(default_factory=dict)
    docs: list[str] = field(default_factory=list)  # keys under the lake root
    lake: str = ""

    def to_json(self) -> bytes:
        body = {k: v for k, v in asdict(self).items() if k != "lake"}
        return json.dumps(body, indent=1, sort_keys=True, default=str).encode()

    @classmethod
    def from_json(cls, data: bytes, lake: str) -> Release:
        body = json.loads(data)
        return cls(**{k: body[k] for k in ("number", "created_at", "parent", "tables", "validation")},
                   summary=body.get("summary", {}), docs=body.get("docs", []), lake=lake)


def manifest_key(number: int) -> str:
    return f"releases/{number:08d}.json"


def _numbers(store: Store) -> list[int]:
    return sorted(int(m.group(1)) for key in store.list("releases/") if (m := _MANIFEST.match(key)))


def _load(store: Store, lake: str, number: int) -> Release:
    got = store.get(manifest_key(number))
    if got is None:
        raise LakeError(f"release {number} not found in {lake}: list them with `newslake releases --lake {lake}`")
    try:
        return Release.from_json(got[0], lake)
    except (ValueError, KeyError, TypeError) as exc:
        raise LakeError(f"manifest {store.uri(manifest_key(number))} is unreadable ({exc}); restore it") from exc


def _head(store: Store, lake: str) -> Release | None:
    """The newest committed manifest (may be ahead of latest.json after a crash)."""
    numbers = _numbers(store)
    return _load(store, lake, numbers[-1]) if numbers else None


def _latest_number(store: Store) -> tuple[int | None, str | None]:
    got = store.get(LATEST)
    if got is None:
        return None, None
    try:
        return int(json.loads(got[0])["release"]), got[1]
    except (ValueError, KeyError, TypeError) as exc:
        raise LakeError(f"{store.uri(LATEST)} is unreadable ({exc}); write {{\"release\": N}} with the newest "
                        "release number from `newslake releases`") from exc


def releases(lake: str) -> list[Release]:
    """Every release, oldest first."""
    store = open_store(lake)
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda n: _load(store, lake, n), _numbers(store)))


def latest_release(lake: str) -> Release | None:
    """The release `latest.json` points at, or None for an empty lake."""
    store = open_store(lake)
    return _resolve(store, lake, None)


def get_release(lake: str, number: int) -> Release:
    return _load(open_store(lake), lake, number)


def _resolve(store: Store, lake: str, release: int | None) -> Release | None:
    if release is not None:
        return _load(store, lake, release)
    number, _ = _latest_number(store)
    return None if number is None else _load(store, lake, number)


def _read_parts(store: Store, table: str, files: list[str], columns: list[str] | None = None) -> pl.DataFrame:
    def read(key: str) -> pl.DataFrame:
        try:
            return pl.read_parquet(_source(store, key), columns=columns)
        except pl.exceptions.PolarsError as exc:
            raise LakeError(f"{store.uri(key)} is not readable Parquet ({exc}); restore it or pin an older "
                            "release") from exc

    with ThreadPoolExecutor(max_workers=8) as pool:  # S3 latency, not CPU, bounds many small parts
        frames = list(pool.map(read, files))
    if columns is not None:
        schema = empty(table).select(columns).schema
        return pl.concat(frames, how="vertical") if frames else pl.DataFrame(schema=schema)
    return conform(table, pl.concat(frames, how="diagonal_relaxed")) if frames else empty(table)


def _source(store: Store, key: str) -> Path | io.BytesIO:
    """A local path (Parquet reads only the needed columns) or the object's bytes."""
    if isinstance(store, LocalStore) and Path(store.uri(key)).is_file():
        return Path(store.uri(key))
    got = store.get(key)
    if got is None:
        raise LakeError(f"{store.uri(key)} is listed in a release but missing: the lake was damaged "
                        "(a data file was deleted); restore it or pin an older release")
    return io.BytesIO(got[0])


@lru_cache(maxsize=512)
def _part_keys(store: Store, table: str, part: str) -> pl.Series:
    """Primary keys of one data file; parts are immutable, so retries and later publishes reuse them."""
    return _read_parts(store, table, [part], [PRIMARY_KEYS[table]])[PRIMARY_KEYS[table]]


def _files(rel: Release | None, table: str) -> list[str]:
    return list(rel.tables.get(table, {}).get("files", [])) if rel else []


def read_table(lake: str, table: str, release: int | None = None) -> pl.DataFrame:
    """A table as of a release (default: latest); the empty contract frame when the lake has no release."""
    _check_table(table)
    store = open_store(lake)
    return _read_parts(store, table, _files(_resolve(store, lake, release), table))


def table_uris(lake: str, table: str, release: int | None = None) -> list[str]:
    """Paths / s3:// URIs of a release's Parquet files, for DuckDB, pyarrow or Polars scans."""
    _check_table(table)
    store = open_store(lake)
    return [store.uri(key) for key in _files(_resolve(store, lake, release), table)]


def existing_ids(lake: str, table: str) -> pl.Series:
    """Primary keys of a table in the latest release (reads only the key column)."""
    _check_table(table)
    store = open_store(lake)
    key = PRIMARY_KEYS[table]
    files = _files(_resolve(store, lake, None), table)
    return pl.concat([_part_keys(store, table, f) for f in files]) if files else pl.Series(key, [], pl.String)


def pull(lake: str, table: str, out: Path, release: int | None = None) -> int:
    """Write a table of a release to .parquet or .csv (list columns joined with '; '); returns rows written."""
    df = read_table(lake, table, release)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".csv":
        lists = [name for name, dtype in df.schema.items() if isinstance(dtype, pl.List)]
        df.with_columns(pl.col(c).list.join("; ") for c in lists).write_csv(out)
    elif out.suffix.lower() == ".parquet":
        df.write_parquet(out, compression="zstd")
    else:
        raise LakeError(f"cannot write {out}: use a .parquet or .csv file name")
    return df.height


def _check_table(table: str) -> None:
    if table not in TABLE_NAMES:
        raise LakeError(f"unknown table '{table}': choose one of {', '.join(TABLE_NAMES)}")


def upsert(previous: pl.DataFrame, batch: pl.DataFrame, key: str = "entity_id") -> pl.DataFrame:
    """Default snapshot merge: batch rows replace previous rows with the same key."""
    return pl.concat([previous.filter(~pl.col(key).is_in(batch[key].implode())), batch], how="vertical")


def _fault(point: str) -> None:
    """Test hook: NEWSLAKE_FAULT=<point> kills the process here (a power cut); =slow widens race windows."""
    fault = os.environ.get("NEWSLAKE_FAULT")
    if fault == point:
        os._exit(137)
    if fault == "slow":
        time.sleep(0.1)


def _write_part(store: Store, table: str, df: pl.DataFrame) -> str:
    buf = io.BytesIO()
    df.write_parquet(buf, compression="zstd")
    key = f"tables/{table}/part-{uuid.uuid4().hex}.parquet"
    store.put(key, buf.getvalue(), if_none_match=True)
    return key


def _same_rows(a: pl.DataFrame, b: pl.DataFrame, key: str) -> bool:
    return a.height == b.height and a.sort(key).equals(b.sort(key))


@dataclass
class _Plan:
    tables: dict[str, dict[str, Any]]
    written: list[str]
    added: dict[str, int]


def _plan(store: Store, parent: Release | None, batch: Mapping[str, pl.DataFrame],
          merges: Mapping[str, Merge]) -> _Plan:
    """Dedupe the batch against the parent release and write the new parts (still invisible)."""
    plan = _Plan({t: {"files": _files(parent, t), "rows": _rows(parent, t), "added": 0} for t in TABLE_NAMES}, [], {})
    facts = {t: df for t, df in batch.items() if t not in merges}
    for table, df in facts.items():
        key = PRIMARY_KEYS[table]
        parts = [_part_keys(store, table, part) for part in _files(parent, table)]
        known = pl.concat(parts) if parts else pl.Series(key, [], pl.String)
        new = df.unique(subset=key, keep="first", maintain_order=True).filter(~pl.col(key).is_in(known.implode()))
        plan.added[table] = new.height
        if new.height:
            part = _write_part(store, table, new)
            plan.written.append(part)
            plan.tables[table] = {"files": [*_files(parent, table), part], "rows": _rows(parent, table) + new.height,
                                  "added": new.height}
    if facts and not any(plan.added.values()):
        return plan  # a rerun: facts already published, so snapshots derived from them are too
    for table, merge in merges.items():
        if table not in batch:
            continue
        key = PRIMARY_KEYS[table]
        previous = _read_parts(store, table, _files(parent, table))
        merged = conform(table, merge(previous, batch[table]))
        if _same_rows(previous, merged, key):
            plan.added[table] = 0
            continue
        part = _write_part(store, table, merged)
        plan.written.append(part)
        known = previous[key]
        plan.added[table] = int((~merged[key].is_in(known.implode())).sum())
        plan.tables[table] = {"files": [part], "rows": merged.height, "added": plan.added[table]}
    return plan


def _rows(rel: Release | None, table: str) -> int:
    return int(rel.tables.get(table, {}).get("rows", 0)) if rel else 0


def _advance_latest(store: Store, number: int) -> None:
    """Move latest.json to `number` unless it already points at that release or a newer one."""
    for _ in range(MAX_ATTEMPTS):
        try:
            current, etag = _latest_number(store)
        except LakeError:  # an unreadable pointer is replaced, guarded by its etag
            current, etag = None, store.get(LATEST)[1]  # type: ignore[index]
        if current is not None and current >= number:
            return
        body = json.dumps({"release": number}).encode()
        try:
            if etag is None:
                store.put(LATEST, body, if_none_match=True)
            else:
                store.put(LATEST, body, if_match=etag)
        except PreconditionFailed:
            pass
        # loop to re-read: a store with non-atomic conditional writes may have let an older number win
    raise LakeError(f"could not move {store.uri(LATEST)} to release {number}: too much contention; rerun")


def _claim(store: Store, lake: str, release: Release) -> bool:
    """Create the release's manifest if its number is free; True when the manifest stored there is ours."""
    try:
        store.put(manifest_key(release.number), release.to_json(), if_none_match=True)
    except PreconditionFailed:
        pass  # taken by another writer, or our own write retried by the client after a lost response
    # reading back also catches stores that ignore If-None-Match and let a later writer replace ours
    return _load(store, lake, release.number).summary.get("writer") == release.summary["writer"]


def publish(lake: str, tables: Mapping[str, pl.DataFrame], *, validation: dict[str, Any],
            snapshot_merge: Mapping[str, Merge] | None = None, docs: Mapping[str, bytes] | None = None) -> Release:
    """Publish validated tables as release N+1; a batch adding no rows returns the current release unchanged."""
    for table in tables:
        _check_table(table)
    merges: dict[str, Merge] = {t: upsert for t in SNAPSHOT_TABLES if t in tables}
    merges.update(snapshot_merge or {})
    try:
        batch = {t: conform(t, df) for t, df in tables.items()}
    except pl.exceptions.PolarsError as exc:
        raise LakeError(f"a table does not match its contract in schemas/ ({exc}); nothing was published") from exc
    store = open_store(lake)
    return _transact(store, lake, lambda parent: _plan(store, parent, batch, merges), lambda _: validation, docs)


def compact(lake: str, tables: list[str] | None = None, min_parts: int = 2) -> Release | None:
    """Rewrite each fact table with >= min_parts files as one file, as a new release with the same rows."""
    store = open_store(lake)

    def plan_of(parent: Release | None) -> _Plan:
        plan = _Plan(dict(parent.tables) if parent else {}, [], {})
        for table in tables or [t for t in TABLE_NAMES if t not in SNAPSHOT_TABLES]:
            files = _files(parent, table)
            if len(files) >= min_parts:
                whole = _read_parts(store, table, files)
                plan.written.append(_write_part(store, table, whole))
                plan.tables[table] = {"files": [plan.written[-1]], "rows": whole.height, "added": 0}
                plan.added[table] = 0
        return plan

    if _head(store, lake) is None:
        return None
    return _transact(store, lake, plan_of, lambda parent: parent.validation if parent else {}, None,
                     kind="compaction")


def vacuum(lake: str, min_age_s: float = 3600, dry_run: bool = False) -> list[str]:
    """Delete data files no release references (left by crashed publishers) once older than min_age_s."""
    store = open_store(lake)
    referenced = {f for rel in releases(lake) for t in rel.tables.values() for f in t.get("files", [])}
    now = time.time()
    doomed = []
    for key in store.list("tables/"):
        if key in referenced:
            continue
        modified = store.modified(key)  # young orphans may be parts of a publish still in flight
        if modified is not None and now - modified >= min_age_s:
            doomed.append(key)
    if not dry_run:
        for key in doomed:
            store.delete(key)
    return doomed


def _transact(store: Store, lake: str, plan_of: Callable[[Release | None], _Plan],
              validation_of: Callable[[Release | None], dict[str, Any]], docs: Mapping[str, bytes] | None,
              kind: str = "publish") -> Release:
    """Plan against the newest release, claim the next number, retry on a lost race, then move latest."""
    writer = uuid.uuid4().hex
    for attempt in range(MAX_ATTEMPTS):
        parent = _head(store, lake)
        plan = plan_of(parent)
        if parent is not None and not plan.written:
            _advance_latest(store, parent.number)
            return parent
        _fault("after-parts")
        number = (parent.number if parent else 0) + 1
        release = Release(
            number=number, created_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
            parent=parent.number if parent else None, tables=plan.tables, validation=validation_of(parent),
            summary={"kind": kind, "added": plan.added, "writer": writer, "attempts": attempt + 1},
            docs=[f"releases/{number:08d}/docs/{name}" for name in (docs or {})], lake=lake)
        if not _claim(store, lake, release):
            for key in plan.written:  # lost the race: no manifest references these parts
                store.delete(key)
            time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
            continue
        _fault("after-manifest")
        for key, name in zip(release.docs, docs or {}):
            store.put(key, (docs or {})[name])
        _advance_latest(store, number)
        return release
    raise LakeError(f"gave up writing to {lake} after {MAX_ATTEMPTS} lost races with other writers; rerun")


def storage_options() -> dict[str, str]:
    """Polars/object_store options for reading s3:// table URIs with the current AWS_* environment."""
    from newslake.config import s3_client_kwargs

    env = os.environ
    endpoint = str(s3_client_kwargs()["endpoint_url"] or "")
    opts = {
        "aws_access_key_id": env.get("AWS_ACCESS_KEY_ID", ""),
        "aws_secret_access_key": env.get("AWS_SECRET_ACCESS_KEY", ""),
        "aws_session_token": env.get("AWS_SESSION_TOKEN", ""),
        "aws_region": env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or "us-east-1",
        "aws_endpoint_url": endpoint,
        "aws_allow_http": "true" if endpoint.startswith("http://") else "",
    }
    return {k: v for k, v in opts.items() if v}


def duckdb_connection() -> Any:
    """A DuckDB connection that reads s3:// with the current AWS_* env; httpfs is loaded from its wheel (offline)."""
    import duckdb
    import duckdb_extension_httpfs

    ext = next(Path(duckdb_extension_httpfs.__file__).parent.glob(f"extensions/v{duckdb.__version__}/*.duckdb_extension"))
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    con.load_extension(str(ext))
    opts = storage_options()
    endpoint = opts.get("aws_endpoint_url", "")
    secret = {
        "TYPE": "s3", "KEY_ID": opts.get("aws_access_key_id", ""), "SECRET": opts.get("aws_secret_access_key", ""),
        "REGION": opts["aws_region"], "SESSION_TOKEN": opts.get("aws_session_token", ""),
    }
    if endpoint:
        secret |= {"ENDPOINT": re.sub(r"^https?://", "", endpoint).rstrip("/"), "URL_STYLE": "path",
                   "USE_SSL": "false" if endpoint.startswith("http://") else "true"}
    params = ", ".join(f"{k} {v}" if k in ("TYPE", "USE_SSL") else f"{k} '{v}'" for k, v in secret.items() if v)
    con.execute(f"CREATE OR REPLACE SECRET newslake_s3 ({params})")
    return con


def arrow_source(lake: str, table: str, release: int | None = None) -> tuple[list[str], Any]:
    """(paths, pyarrow filesystem) of a release's files: `pyarrow.parquet.read_table(paths, filesystem=fs)`."""
    from pyarrow import fs

    uris = table_uris(lake, table, release)
    if not lake.startswith("s3://"):
        return uris, fs.LocalFileSystem()
    opts = storage_options()
    endpoint = opts.get("aws_endpoint_url", "")
    s3 = fs.S3FileSystem(
        access_key=opts.get("aws_access_key_id"), secret_key=opts.get("aws_secret_access_key"),
        session_token=opts.get("aws_session_token"), region=opts["aws_region"],
        endpoint_override=re.sub(r"^https?://", "", endpoint) or None,
        scheme="http" if endpoint.startswith("http://") else "https", connect_timeout=5, request_timeout=60)
    return [u.removeprefix("s3://") for u in uris], s3
