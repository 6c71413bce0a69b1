"""Polite, bounded HTTP fetching (httpx): timeouts, a size limit, retries with backoff,
conditional GET and an honest User-Agent; only http and https."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from urllib.parse import urlsplit

import httpx

ALLOWED_SCHEMES = frozenset({"http", "https"})
RETRIED_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_BACKOFF_SECONDS = 60.0


def _project_version() -> str:
    try:
        return metadata.version("conflict-warehouse")
    except metadata.PackageNotFoundError:
        return "dev"


@dataclass(frozen=True)
class FetchSettings:
    """Limits of one fetch; `feeds.yml` can override each under `settings:`."""

    timeout_seconds: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    retries: int = 2
    backoff_seconds: float = 2.0
    max_redirects: int = 5
    contact: str = ""

    @property
    def user_agent(self) -> str:
        """Who we are and why we fetch, with a contact when one is configured."""
        contact = f"; +{self.contact}" if self.contact else ""
        return f"conflict-warehouse/{_project_version()} (open conflict-events warehouse feed reader{contact})"


@dataclass(frozen=True)
class Validators:
    """What a server said about a resource's version, sent back for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None

    def request_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True)
class Response:
    """A fetched resource; `body` is None when the server answered 304 Not Modified."""

    url: str
    final_url: str
    body: bytes | None
    content_type: str
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.body is None


class FetchError(Exception):
    """A URL that gave no usable content (after any retries); `kind` is a short machine-readable cause."""

    def __init__(self, kind: str, message: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.kind = kind
        self.retryable = retryable


def check_scheme(url: str) -> None:
    """Refuse anything but http(s) (no file://, ftp://, data: ...)."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise FetchError("refused_scheme", f"refused: only http and https URLs are fetched, not {scheme or 'no scheme'!r}")


def _check_request(request: httpx.Request) -> None:
    check_scheme(str(request.url))  # also applies to every redirect


class Fetcher:
    """One HTTP client for a whole fetch run; use it as a context manager."""

    def __init__(self, settings: FetchSettings, sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings
        self._sleep = sleep
        self._client = httpx.Client(
            timeout=httpx.Timeout(settings.timeout_seconds),
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            headers={"User-Agent": settings.user_agent},
            event_hooks={"request": [_check_request]},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._client.close()

    def get(self, url: str, validators: Validators = Validators()) -> Response:
        """GET `url`, retrying transient failures with exponential backoff; raises `FetchError`."""
        check_scheme(url)
        attempt = 0
        while True:
            try:
                return self._get_once(url, validators)
            except FetchError as exc:
                if not exc.retryable or attempt >= self.settings.retries:
                    if attempt:
                        raise FetchError(exc.kind, f"{exc} (after {attempt + 1} attempts)") from exc
                    raise
            self._sleep(min(self.settings.backoff_seconds * 2**attempt, MAX_BACKOFF_SECONDS))
            attempt += 1

    def _get_once(self, url: str, validators: Validators) -> Response:
        deadline = time.monotonic() + self.settings.timeout_seconds * 3
        try:
            with self._client.stream("GET", url, headers=validators.request_headers()) as response:
                if response.status_code == 304:
                    return Response(url, str(response.url), None, "", validators)
                if response.status_code >= 400:
                    raise FetchError(
                        f"http_{response.status_code}",
                        f"HTTP {response.status_code} {response.reason_phrase}",
                        retryable=response.status_code in RETRIED_STATUSES,
                    )
                body = self._read_limited(response, deadline)
                return Response(
                    url,
                    str(response.url),
                    body,
                    response.headers.get("content-type", ""),
                    Validators(response.headers.get("etag"), response.headers.get("last-modified")),
                )
        except httpx.TooManyRedirects as exc:
            raise FetchError("redirect_loop", f"more than {self.settings.max_redirects} redirects (a redirect loop?)") from exc
        except httpx.TimeoutException as exc:
            message = f"timed out after {self.settings.timeout_seconds:g} s ({type(exc).__name__})"
            raise FetchError("timeout", message, retryable=True) from exc
        except httpx.TransportError as exc:
            raise FetchError("network", f"network error: {type(exc).__name__}: {exc}", retryable=True) from exc
        except httpx.HTTPError as exc:
            raise FetchError("http_error", f"{type(exc).__name__}: {exc}") from exc

    def _read_limited(self, response: httpx.Response, deadline: float) -> bytes:
        """The body, streamed and abandoned as soon as it passes `max_bytes` or the overall deadline."""
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError("too_large", f"response is {int(declared):,} bytes, over the {limit:,}-byte limit")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError("too_large", f"response passed the {limit:,}-byte limit; download abandoned")
            if time.monotonic() > deadline:
                raise FetchError("timeout", "response too slow: download abandoned", retryable=True)
            chunks.append(chunk)
        return b"".join(chunks)
