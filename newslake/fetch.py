"""Polite, bounded HTTP GETs with httpx: SSRF guard, robots.txt, retries, size/time caps, redirect limit."""

from __future__ import annotations

import ipaddress
import random
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Self
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newslake.config import Settings
from newslake.records import Rejected, dump_record

PAGE_TYPES = ("text/html", "application/xhtml+xml")
REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for one run; override via Settings.extra keys named `fetch_<field>`."""

    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    deadline: float = 30.0  # whole response, so a server dripping bytes cannot hold us forever
    max_bytes: int = 10_000_000  # raw page cap; real pages exceed Settings.max_text_bytes (1 MB of text)
    max_redirects: int = 5
    retries: int = 2  # extra attempts for transient failures (timeouts, 5xx, 429, cut connections)
    backoff: float = 0.5  # seconds, doubled per attempt, with jitter
    max_backoff: float = 10.0
    per_host: int = 2  # concurrent requests per host
    delay: float = 1.0  # seconds between request starts on one host (robots Crawl-delay can raise it)
    robots: bool = True

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        kwargs: dict[str, object] = {}
        for name, default in cls.__dataclass_fields__.items():
            raw = settings.extra.get(f"fetch_{name}")
            if raw is not None:
                kind = type(getattr(cls, name, default.default))
                kwargs[name] = raw.lower() in {"1", "true", "yes"} if kind is bool else kind(raw)
        return cls(**kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Response:
    url: str  # final URL after redirects
    status: int
    headers: dict[str, str]
    content: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class FetchError(Exception):
    """A URL that could not be had; `reason` says what happened and what to do."""

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        status: int | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
        later: bool | None = None,
    ) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.status = url, reason, status
        self.retryable, self.retry_after = retryable, retry_after
        self.later = retryable if later is None else later  # worth trying again in a later run

    def rejected(self, source: str | None = None, stage: str = "fetch") -> Rejected:
        status = f"HTTP {self.status}: " if self.status else ""
        record = dump_record({"url": self.url, "status": self.status})
        return Rejected(
            source=source or self.url, stage=stage, reason=f"{self.url}: {status}{self.reason}", record=record
        )


def _blocked_ip(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    # is_global is False for loopback, private, link-local (incl. 169.254.169.254 metadata),
    # shared 100.64/10 (some clouds' metadata), unspecified and reserved ranges
    return not ip.is_global or ip.is_multicast


def check_url(url: str, allow_private: bool) -> None:
    """Refuse non-http(s) URLs, and hosts resolving to non-public addresses unless allowed."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(url, f"malformed URL ({exc})") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "only absolute http(s) URLs can be fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve host {parts.hostname!r} ({exc}); check the URL") from exc
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if _blocked_ip(ip):
            raise FetchError(
                url,
                f"refused: {parts.hostname} resolves to non-public address {ip} (SSRF guard); "
                "pass --allow-private-hosts if this host is trusted",
            )


@dataclass
class _Host:
    slots: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0
    delay: float = 0.0


class Fetcher:
    """One per run: a shared httpx client, per-host slots and politeness, cached robots.txt."""

    def __init__(self, settings: Settings, policy: FetchPolicy | None = None) -> None:
        self.settings = settings
        self.policy = policy or FetchPolicy.from_settings(settings)
        p = self.policy
        self.client = httpx.Client(
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(p.read_timeout, connect=p.connect_timeout),
            follow_redirects=False,
        )
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, RobotFileParser | FetchError | None] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(
        self, url: str, *, accept: tuple[str, ...] | None = None, headers: dict[str, str] | None = None
    ) -> Response:
        """GET with retries on transient failures; raises FetchError with the reason when it gives up."""
        attempt = 0
        while True:
            try:
                return self._follow(url, accept, headers or {}, robots=self.policy.robots)
            except FetchError as exc:
                if not exc.retryable or attempt >= self.policy.retries:
                    if exc.retryable:
                        exc.reason += f" (gave up after {attempt + 1} attempts)"
                    raise
                pause = self.policy.backoff * 2**attempt * (1 + random.random() / 4)
                time.sleep(min(self.policy.max_backoff, max(pause, exc.retry_after or 0)))
                attempt += 1

    def _follow(
        self, url: str, accept: tuple[str, ...] | None, headers: dict[str, str], robots: bool
    ) -> Response:
        seen = {url}
        current = url
        for _ in range(self.policy.max_redirects + 1):
            check_url(current, self.settings.allow_private_hosts)
            if robots and not self._allowed(current):
                raise FetchError(
                    current, "disallowed by the site's robots.txt for our User-Agent; not fetched"
                )
            resp = self._request(current, accept, headers)
            if resp.status not in REDIRECTS:
                return resp
            location = resp.headers.get("location")
            if not location:
                raise FetchError(current, "redirect without a Location header", status=resp.status)
            current = urljoin(current, location)
            if current in seen:
                raise FetchError(url, f"redirect loop (back to {current})", status=resp.status)
            seen.add(current)
        raise FetchError(url, f"more than {self.policy.max_redirects} redirects", status=resp.status)

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(threading.Semaphore(self.policy.per_host), delay=self.policy.delay)
            return self._hosts[key]

    def _wait_turn(self, host: _Host) -> None:
        with host.lock:
            now = time.monotonic()
            start = max(now, host.next_start)
            host.next_start = start + host.delay
        if start > now:
            time.sleep(start - now)

    def _request(self, url: str, accept: tuple[str, ...] | None, headers: dict[str, str]) -> Response:
        host = self._host(url)
        p = self.policy
        with host.slots:
            self._wait_turn(host)
            deadline = time.monotonic() + p.deadline
            try:
                with self.client.stream("GET", url, headers=headers) as r:
                    status, hdrs = r.status_code, {k.lower(): v for k, v in r.headers.items()}
                    _check_status(url, status, hdrs)
                    if status in REDIRECTS or status == 304:
                        return Response(str(r.url), status, hdrs, b"")
                    _check_head(url, status, hdrs, accept, p.max_bytes)
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > p.max_bytes:
                            raise FetchError(
                                url,
                                f"body larger than the {p.max_bytes}-byte cap; not fetched",
                                status=status,
                            )
                        if time.monotonic() > deadline:
                            raise FetchError(
                                url,
                                f"body still arriving after {p.deadline:g} s (slow server)",
                                status=status,
                                retryable=True,
                            )
            except httpx.InvalidURL as exc:
                raise FetchError(url, f"malformed URL ({exc})") from exc
            except httpx.TimeoutException as exc:
                raise FetchError(url, f"timed out ({type(exc).__name__})", retryable=True) from exc
            except httpx.TransportError as exc:
                raise FetchError(
                    url, f"connection failed or cut short ({type(exc).__name__}: {exc})", retryable=True
                ) from exc
        return Response(str(r.url), status, hdrs, bytes(body))

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            known = origin in self._robots
            rules = self._robots.get(origin)
        if not known:
            rules = self._load_robots(origin)
            with self._lock:
                self._robots[origin] = rules
            if isinstance(rules, RobotFileParser):
                delay = rules.crawl_delay(self.settings.user_agent)
                if delay:
                    self._host(url).delay = max(self.policy.delay, min(float(delay), 30.0))
        if isinstance(rules, FetchError):  # RFC 9309: an unreachable robots.txt means do not crawl
            raise FetchError(
                url,
                f"robots.txt of {origin} could not be read ({rules.reason}); not fetched",
                status=rules.status,
                later=True,
            )
        return rules is None or rules.can_fetch(self.settings.user_agent, url)

    def _load_robots(self, origin: str) -> RobotFileParser | FetchError | None:
        """Rules; None (allow all) when robots.txt is absent (4xx); the error when it cannot be read."""
        try:
            resp = self._follow(f"{origin}/robots.txt", None, {}, robots=False)
        except FetchError as exc:
            return None if exc.status is not None and 400 <= exc.status < 500 else exc
        parser = RobotFileParser()
        parser.parse(resp.content.decode("utf-8", errors="replace").splitlines())
        return parser


def _retry_after(headers: dict[str, str]) -> float | None:
    try:
        return float(headers.get("retry-after", ""))
    except ValueError:
        return None


def _check_status(url: str, status: int, headers: dict[str, str]) -> None:
    if status == 429 or status >= 500:
        raise FetchError(
            url,
            "server error or rate limit",
            status=status,
            retryable=True,
            retry_after=_retry_after(headers),
        )
    if status >= 400:
        raise FetchError(url, "client error: the page is missing or forbidden; check the URL", status=status)


def _check_head(
    url: str, status: int, headers: dict[str, str], accept: tuple[str, ...] | None, max_bytes: int
) -> None:
    ctype = headers.get("content-type", "").split(";")[0].strip().lower()
    if accept and ctype and ctype not in accept:
        raise FetchError(
            url, f"unexpected content type {ctype!r} (wanted {', '.join(accept)})", status=status
        )
    length = headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise FetchError(
            url, f"Content-Length {length} exceeds the {max_bytes}-byte cap; not fetched", status=status
        )
