"""Key/value object storage for the lake: a local directory or an S3-compatible bucket, with conditional writes."""

from __future__ import annotations

import fcntl
import hashlib
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from newslake.config import s3_client_kwargs


class LakeError(Exception):
    """A storage problem, with one line saying what is wrong and what to fix."""


class PreconditionFailed(LakeError):
    """A conditional write lost: the key exists (if_none_match) or changed (if_match)."""


class Store(Protocol):
    """Flat keys ('releases/00000001.json') relative to the lake root."""

    def get(self, key: str) -> tuple[bytes, str] | None: ...

    def put(self, key: str, data: bytes, *, if_none_match: bool = False, if_match: str | None = None) -> str: ...

    def list(self, prefix: str) -> list[str]: ...

    def delete(self, key: str) -> None: ...

    def modified(self, key: str) -> float | None: ...

    def uri(self, key: str) -> str: ...


def open_store(uri: str) -> Store:
    """A Store for a local path (or file://) or s3://bucket/prefix; S3 is checked up front (endpoint, bucket, keys)."""
    if uri.startswith("s3://"):
        bucket, _, prefix = uri.removeprefix("s3://").partition("/")
        if not bucket:
            raise LakeError(f"lake URI {uri!r} has no bucket: use s3://BUCKET/PREFIX")
        store = S3Store(bucket, prefix.strip("/"))
        store.check()
        return store
    return LocalStore(Path(uri.removeprefix("file://")).expanduser().resolve())


def _etag(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


@dataclass(frozen=True)
class LocalStore:
    """Files under a directory; create-if-absent via os.link, compare-and-swap under a flock; fsync'd."""

    root: Path

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if self.root not in path.parents:
            raise LakeError(f"key {key!r} escapes the lake root {self.root}")
        return path

    def get(self, key: str) -> tuple[bytes, str] | None:
        try:
            data = self._path(key).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise LakeError(f"cannot read {self._path(key)}: {exc.strerror}; check the lake path") from exc
        return data, _etag(data)

    def put(self, key: str, data: bytes, *, if_none_match: bool = False, if_match: str | None = None) -> str:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.parent / f".tmp-{path.name}-{uuid.uuid4().hex}"
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            try:
                if if_none_match:
                    self._link_new(tmp, path, key)
                elif if_match is not None:
                    with self._lock(key):
                        current = self.get(key)
                        if current is None or current[1] != if_match:
                            raise PreconditionFailed(f"{key} changed since it was read (If-Match {if_match})")
                        os.replace(tmp, path)
                else:
                    os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
            _fsync_dir(path.parent)
        except OSError as exc:
            raise LakeError(f"cannot write {path}: {exc.strerror}; check the lake path and its permissions") from exc
        return _etag(data)

    @staticmethod
    def _link_new(tmp: Path, path: Path, key: str) -> None:
        try:
            os.link(tmp, path)  # atomic create-if-absent: fails when the key exists
        except FileExistsError:
            raise PreconditionFailed(f"{key} already exists (If-None-Match)") from None

    @contextmanager
    def _lock(self, key: str) -> Iterator[None]:
        lock_dir = self.root / ".locks"
        lock_dir.mkdir(parents=True, exist_ok=True)
        with open(lock_dir / hashlib.sha256(key.encode()).hexdigest()[:32], "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def list(self, prefix: str) -> list[str]:
        base = self._path(prefix.rsplit("/", 1)[0]) if "/" in prefix else self.root
        if not base.is_dir():
            return []
        keys = []
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = [d for d in dirnames if d != ".locks"]
            for name in filenames:
                if name.startswith(".tmp-"):
                    continue
                key = Path(dirpath, name).relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    keys.append(key)
        return sorted(keys)

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def modified(self, key: str) -> float | None:
        """Last write as epoch seconds, or None when the key does not exist."""
        try:
            return self._path(key).stat().st_mtime
        except FileNotFoundError:
            return None

    def uri(self, key: str) -> str:
        return str(self._path(key))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def endpoint_url() -> str:
    """The S3 endpoint in use (AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL), or AWS's own."""
    return str(s3_client_kwargs()["endpoint_url"] or "https://s3.amazonaws.com (AWS default)")


@cache
def _client(env_key: tuple[str | None, ...], fast: bool, pid: int) -> Any:
    import boto3
    from botocore.config import Config

    kwargs = s3_client_kwargs()
    if fast:  # the up-front check must fail in seconds, not after minutes of retries
        kwargs["config"] = kwargs["config"].merge(
            Config(connect_timeout=3, read_timeout=10, retries={"total_max_attempts": 1})
        )
    return boto3.session.Session().client("s3", **kwargs)


def s3_client(fast: bool = False) -> Any:
    """A boto3 S3 client for the current AWS_* environment (cached per environment)."""
    names = ("AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
             "AWS_SESSION_TOKEN", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE")
    return _client(tuple(os.environ.get(n) for n in names), fast, os.getpid())  # a fork gets its own sockets


def s3_error(exc: Exception, bucket: str, key: str = "") -> LakeError:
    """Translate a boto3/botocore exception into one line naming the problem and the fix."""
    from botocore.exceptions import (
        ClientError,
        ConnectionClosedError,
        ConnectTimeoutError,
        EndpointConnectionError,
        NoCredentialsError,
        ReadTimeoutError,
    )

    where = f"s3://{bucket}/{key}" if key else f"bucket '{bucket}'"
    endpoint = endpoint_url()
    if isinstance(exc, (EndpointConnectionError, ConnectTimeoutError, ConnectionClosedError, ReadTimeoutError)):
        return LakeError(f"cannot reach S3 endpoint {endpoint}: check AWS_ENDPOINT_URL and that the server is up")
    if isinstance(exc, NoCredentialsError):
        return LakeError("no S3 credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
    if isinstance(exc, ClientError):
        code = str(exc.response.get("Error", {}).get("Code", ""))
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        headers = exc.response.get("ResponseMetadata", {}).get("HTTPHeaders", {})
        if status and not any(h.lower().startswith("x-amz") for h in headers):
            return LakeError(f"{endpoint} answered HTTP {status} without any x-amz-* header: it does not look "
                             "like an S3 endpoint; check AWS_ENDPOINT_URL")
        if code in ("NoSuchBucket",) or (code in ("404", "NotFound") and not key):
            return LakeError(f"bucket '{bucket}' does not exist at {endpoint}: create it or fix the lake URI")
        if code in ("InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken",
                    "AccessDenied", "403", "Forbidden") or status == 403:
            return LakeError(f"S3 credentials rejected for {where} at {endpoint} ({code}): check "
                             "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY and the key's permissions on the bucket")
        return LakeError(f"S3 error on {where} at {endpoint}: {code or status} {exc}")
    return LakeError(f"S3 error on {where} at {endpoint}: {exc}")


def _not_found(exc: Any) -> bool:
    return exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound")


@dataclass(frozen=True)
class S3Store:
    """Objects under s3://bucket/prefix/ with If-None-Match / If-Match conditional PUTs."""

    bucket: str
    prefix: str

    def _key(self, key: str) -> str:
        return f"{self.prefix}/{key}" if self.prefix else key

    def check(self) -> None:
        """Fail fast (seconds) on an unreachable endpoint, a missing bucket or rejected credentials."""
        try:
            s3_client(fast=True).head_bucket(Bucket=self.bucket)
        except Exception as exc:
            raise s3_error(exc, self.bucket) from exc

    def _unless_missing(self, key: str, call: Callable[[Any, str], Any]) -> Any:
        """call(client, full_key); None when the object does not exist, LakeError for anything else."""
        from botocore.exceptions import ClientError

        try:
            return call(s3_client(), self._key(key))
        except ClientError as exc:
            if _not_found(exc):
                return None
            raise s3_error(exc, self.bucket, self._key(key)) from exc
        except Exception as exc:
            raise s3_error(exc, self.bucket, self._key(key)) from exc

    def get(self, key: str) -> tuple[bytes, str] | None:
        def fetch(client: Any, full: str) -> tuple[bytes, str]:
            resp = client.get_object(Bucket=self.bucket, Key=full)
            return resp["Body"].read(), resp["ETag"].strip('"')

        return self._unless_missing(key, fetch)

    def put(self, key: str, data: bytes, *, if_none_match: bool = False, if_match: str | None = None) -> str:
        from botocore.exceptions import ClientError

        extra: dict[str, str] = {}
        if if_none_match:
            extra["IfNoneMatch"] = "*"
        if if_match is not None:
            extra["IfMatch"] = f'"{if_match}"'
        try:
            resp = s3_client().put_object(Bucket=self.bucket, Key=self._key(key), Body=data, **extra)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code")
            if extra and code in ("PreconditionFailed", "ConditionalRequestConflict", "NoSuchKey", "412"):
                raise PreconditionFailed(f"conditional write of {self.uri(key)} lost ({code})") from exc
            raise s3_error(exc, self.bucket, self._key(key)) from exc
        except Exception as exc:
            raise s3_error(exc, self.bucket, self._key(key)) from exc
        return str(resp["ETag"]).strip('"')

    def list(self, prefix: str) -> list[str]:
        full = self._key(prefix)
        strip = len(self._key(""))
        keys: list[str] = []
        try:
            for page in s3_client().get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=full):
                keys.extend(obj["Key"][strip:] for obj in page.get("Contents", []))
        except Exception as exc:
            raise s3_error(exc, self.bucket, full) from exc
        return sorted(keys)

    def delete(self, key: str) -> None:
        try:
            s3_client().delete_object(Bucket=self.bucket, Key=self._key(key))
        except Exception as exc:
            raise s3_error(exc, self.bucket, self._key(key)) from exc

    def modified(self, key: str) -> float | None:
        return self._unless_missing(
            key, lambda client, full: client.head_object(Bucket=self.bucket, Key=full)["LastModified"].timestamp())

    def uri(self, key: str) -> str:
        return f"s3://{self.bucket}/{self._key(key)}"
