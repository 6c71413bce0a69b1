"""A real HTTP server on 127.0.0.1, started by the tests, serving feed and page fixtures and
every way a server can misbehave: slowness, errors, redirect loops, huge and non-HTML bodies."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ETAG = '"good-feed-v1"'
LAST_MODIFIED = "Thu, 06 Feb 2025 10:00:00 GMT"
HUGE_CHUNK = b"<p>" + b"filler " * 1400 + b"</p>\n"  # about 10 kB
HUGE_CHUNKS = 5000  # about 50 MB if nobody stops reading (socket buffers hold a few MB)
SLOW_SECONDS = 5.0

PAGES = {
    "/articles/ceasefire.html": "ceasefire.html",
    "/articles/strike.html": "strike.html",
    "/flaky/talks.html": "talks.html",
    "/articles/standalone.html": "standalone.html",
}


@dataclass
class FeedServer:
    """What the server saw, and switches the tests flip."""

    base: str = ""
    hits: Counter = field(default_factory=Counter)
    request_headers: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    failing: set[str] = field(default_factory=set)  # paths answering 503 until removed
    huge_bytes_sent: int = 0
    stopping: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def _send(self, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
                  headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            path = self.path
            server.hits[path] += 1
            server.request_headers.setdefault(path, []).append(dict(self.headers))
            if path in server.failing:
                self._send(503, b"down for maintenance")
            elif path == "/feeds/good.rss":
                if self.headers.get("If-None-Match") == ETAG:
                    self.send_response(304)
                    self.end_headers()
                    return
                body = (FIXTURES / "good.rss").read_text().replace("{base}", server.base).encode()
                self._send(200, body, "application/rss+xml", {"ETag": ETAG})
            elif path == "/feeds/malformed.rss":
                self._send(200, (FIXTURES / "malformed.rss").read_bytes(), "application/rss+xml")
            elif path == "/flaky/talks.html" and server.hits[path] == 1:
                self._send(500, b"first try fails")
            elif path == "/articles/standalone.html" and self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                self.send_response(304)
                self.end_headers()
            elif path in PAGES:
                self._send(200, (FIXTURES / PAGES[path]).read_bytes(), headers={"Last-Modified": LAST_MODIFIED})
            elif path == "/error500":
                self._send(500, b"internal error")
            elif path == "/slow":
                server.stopping.wait(SLOW_SECONDS)
                self._send(200, (FIXTURES / "strike.html").read_bytes())
            elif path in ("/loop-a", "/loop-b"):
                target = "/loop-b" if path == "/loop-a" else "/loop-a"
                self._send(302, b"", headers={"Location": target})
            elif path == "/to-file":
                self._send(302, b"", headers={"Location": "file:///etc/passwd"})
            elif path == "/huge.html":
                self._stream_huge()
            elif path == "/report.pdf":
                self._send(200, b"%PDF-1.4\n" + b"\x00\x01binary" * 100, "application/pdf")
            else:
                self._send(404, b"not found")

        def _stream_huge(self) -> None:
            """An endless-looking page with no Content-Length: only a streaming limit stops it."""
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                self.wfile.write(b"<html><body>")
                for _ in range(HUGE_CHUNKS):
                    self.wfile.write(HUGE_CHUNK)
                    server.huge_bytes_sent += len(HUGE_CHUNK)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should

        def handle_one_request(self) -> None:
            try:
                super().handle_one_request()
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@contextmanager
def serve_fixtures() -> Iterator[FeedServer]:
    """Serve the fixtures on a free port of 127.0.0.1 until the block ends."""
    state = FeedServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.stopping.set()
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with serve_fixtures() as server:
        yield server
