"""What the server does around every request: security headers, the API token, ETags,
ingest rate limits and request-size limits."""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable

from starlette.types import Message, Receive

TOKEN_COOKIE = "rasad_token"
# Pages use only their own stylesheet and script files; sparklines are inline SVG (no styles).
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# /docs and /redoc: Swagger UI and ReDoc from the files fastapi-offline installs (served
# at DOCS_ASSETS), started by an inline script; ReDoc styles inline and runs a blob: worker.
DOCS_ASSETS = "/static-docs"
DOCS_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; worker-src 'self' blob:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
STATIC_CACHE = "public, max-age=31536000, immutable"


def security_headers(path: str) -> dict[str, str]:
    """Headers every response carries."""
    return {
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": DOCS_CSP if path in ("/docs", "/redoc") else CSP,
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
    }


def token_matches(given: str | None, token: str) -> bool:
    """Constant-time comparison of a presented token with the configured one."""
    return bool(given) and hmac.compare_digest(given.encode(), token.encode())


def presented_token(headers: dict[str, str] | object, cookies: dict[str, str], query: dict) -> str:
    """The token a request carries: `Authorization: Bearer`, else the cookie, else `?token=`."""
    auth = headers.get("authorization", "")  # type: ignore[attr-defined]
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return cookies.get(TOKEN_COOKIE) or query.get("token", "")


def database_generation(db: str) -> str:
    """A value that changes whenever the database is written (SQLite: the sizes and change
    times of the database and its write-ahead log); no query needed."""
    if "://" in db:
        return ""
    parts = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(db + suffix)
        except OSError:
            continue
        if suffix and st.st_size == 0:
            continue  # an empty log comes and goes with readers' connections
        parts.append(f"{st.st_mtime_ns}:{st.st_size}")
    return "|".join(parts)


def etag_for(generation: str, url: str) -> str:
    """A strong ETag for one URL at one state of the database."""
    return '"' + hashlib.sha1(f"{generation}\n{url}".encode()).hexdigest()[:24] + '"'


def etag_matches(header: str | None, tag: str) -> bool:
    """Whether an If-None-Match header names `tag` (or is `*`)."""
    if not header:
        return False
    given = {t.strip().removeprefix("W/") for t in header.split(",")}
    return "*" in given or tag in given


class RateLimit:
    """At most `per_minute` events per client in any 60 seconds."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self.seen: dict[str, deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """0 and the event is counted, or the seconds until the client may try again."""
        now = self.clock()
        with self.lock:
            times = self.seen[client]
            while times and now - times[0] >= 60:
                times.popleft()
            if len(times) >= self.per_minute:
                return max(1, int(60 - (now - times[0])) + 1)
            times.append(now)
            return 0


class BodyTooLarge(Exception):
    """The request body passed the configured limit."""


def limited_receive(receive: Receive, limit: int) -> Callable[[], Awaitable[Message]]:
    """`receive`, raising BodyTooLarge as soon as more than `limit` body bytes have arrived
    (so a chunked upload without Content-Length is cut off too)."""
    received = 0

    async def wrapped() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge
        return message

    return wrapped
