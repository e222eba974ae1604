"""A real HTTP server on 127.0.0.1 for tests: shared pages and feeds, plus injected faults.

Routes: /robots.txt (disallows /private/), /pages/ID.html, /feeds/NAME (shared feed files, ETag and
Last-Modified, 304), /news.xml (RSS linking to pages by relative URL), /fault/KIND, /private/page.html.
`server.hits[path]` counts requests, so tests can assert retries.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self
from xml.sax.saxutils import escape

LAST_MODIFIED = format_datetime(datetime(2024, 11, 21, 12, 0, tzinfo=UTC), usegmt=True)


class Site:
    """What the server serves; tests set `feed_items` ((title, href, content|None) triples) and `robots`."""

    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.feed_items: list[tuple[str, str, str | None]] = []
        self.robots: str | None = "User-agent: *\nDisallow: /private/\n"  # None: robots.txt answers 503
        self.hits: Counter[str] = Counter()
        self.user_agents: set[str] = set()
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0  # most requests this server handled at once
        self.flaky_left: Counter[str] = Counter()
        self.rewrites: list[tuple[bytes, bytes]] = []  # applied to served feed files (point links here)

    def news_rss(self) -> bytes:
        items = "".join(
            f"<item><title>{escape(t)}</title><link>{escape(h)}</link><guid>{escape(h)}</guid>"
            f"<pubDate>Thu, 21 Nov 2024 10:00:00 +0000</pubDate>"
            + (f"<description>{escape(c)}</description>" if c else "")
            + "</item>"
            for t, h, c in self.feed_items
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test news</title>'
            f"<link>/</link>{items}</channel></rss>"
        ).encode()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def send(
            self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            site.hits[path] += 1
            site.user_agents.add(self.headers.get("User-Agent", ""))
            with site.lock:
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
            try:
                self.route(path)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on purpose (size cap, deadline)
            finally:
                with site.lock:
                    site.in_flight -= 1

        def route(self, path: str) -> None:
            if path == "/robots.txt":
                if site.robots is None:
                    return self.send(503, b"robots unavailable")
                self.send(200, site.robots.encode(), "text/plain")
            elif path.startswith("/pages/"):
                page = site.shared / "article-extraction" / "html" / path.removeprefix("/pages/")
                if not page.is_file():
                    return self.send(404, b"not found")
                self.send(200, page.read_bytes())
            elif path == "/news.xml":
                self.conditional(site.news_rss(), "application/rss+xml")
            elif path.startswith("/feeds/"):
                feed = site.shared / "feeds" / path.removeprefix("/feeds/")
                if not feed.is_file():
                    return self.send(404, b"")
                body = feed.read_bytes()
                for old, new in site.rewrites:
                    body = body.replace(old, new)
                self.conditional(body, "application/xml")
            elif path.startswith("/private/"):
                self.send(200, b"<html><body><p>secret</p></body></html>")
            elif path.startswith("/fault/"):
                self.fault(path.removeprefix("/fault/"))
            else:
                self.send(404, b"not found")

        def conditional(self, body: bytes, ctype: str) -> None:
            etag = f'"{hash(body) & 0xFFFFFFFF:08x}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send(200, body, ctype, ETag=etag, Last_Modified=LAST_MODIFIED)

        def fault(self, kind: str) -> None:
            if kind == "500":
                self.send(500, b"boom")
            elif kind.startswith("sleep-"):  # a page that takes 0.3 s to start
                time.sleep(0.3)
                self.route("/pages/" + kind.removeprefix("sleep-"))
            elif kind.startswith("flaky"):  # 503 until flaky_left runs out, then a real page
                if site.flaky_left[kind] > 0:
                    site.flaky_left[kind] -= 1
                    self.send(503, b"busy", Retry_After="0")
                else:
                    self.route("/pages/" + kind.removeprefix("flaky-"))
            elif kind == "timeout":  # headers never come
                time.sleep(3)
                self.send(200, b"<html>late</html>")
            elif kind == "slow":  # headers at once, then a byte every 0.2 s for ever
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                for _ in range(200):
                    self.wfile.write(b"<p>")
                    self.wfile.flush()
                    time.sleep(0.2)
            elif kind == "truncated":  # promises 10 kB, sends 100 bytes, hangs up
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "10000")
                self.end_headers()
                self.wfile.write(b"<html><body>" + b"x" * 88)
                self.close_connection = True
            elif kind == "huge":  # no Content-Length, chunks until the client stops reading
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                chunk = b"<p>" + b"a" * 65533
                for _ in range(2000):
                    self.wfile.write(chunk)
            elif kind == "huge-declared":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(10**10))
                self.end_headers()
                self.close_connection = True
            elif kind.startswith("loop"):  # loop-a -> loop-b -> loop-a
                target = "/fault/loop-b" if kind == "loop-a" else "/fault/loop-a"
                self.send(302, b"", Location=target)
            elif kind == "latin1":  # charset only in the HTTP header, no <meta>
                text = "<html><body><article><p>" + "Le ministre a annoncé une réforme économique. " * 20
                self.send(
                    200,
                    (text + "</p></article></body></html>").encode("iso-8859-1"),
                    "text/html; charset=iso-8859-1",
                )
            elif kind == "pdf":
                self.send(200, b"%PDF-1.4 not html", "application/pdf")
            elif kind == "404":
                self.send(404, b"gone")
            else:
                self.send(404, b"unknown fault")

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):  # clients hanging up is part of the test
            super().handle_error(request, client_address)


class WebServer:
    """Context manager: a threading HTTP server on a free 127.0.0.1 port."""

    def __init__(self, shared: Path) -> None:
        self.site = Site(shared)
        self.httpd = _Server(("127.0.0.1", 0), _handler(self.site))
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
