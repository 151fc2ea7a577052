"""The room's web app for phones: one page and a small JSON API, behind the session's token.

Routes (``{token}`` is the room token, dashes optional):

- ``GET /{token}``: the phone page (``phone.html``: HTML, CSS and script in one file);
- ``GET /{token}/api/state?device=…&seen=…``: what this phone may see, as
  ``phone_view`` says; with ``seen`` (the last version it got) the answer waits up
  to ``POLL_SECONDS`` for a change, so phones learn at once that a vote opened;
- ``POST /{token}/api/join`` (``JoinRequest``), ``POST /{token}/api/ballot``
  (``BallotRequest``) and ``POST /{token}/api/argument`` (``ArgumentRequest``),
  answered only once the session with the change is saved.

Nothing else is served. Every request spends from a rate limit per network
address, and a join or ballot also from one per device; a wrong or missing
token, an oversized or malformed body, or a request over the limit gets a 4xx
and changes nothing. No answer ever holds more than ``phone_view`` gives, so no
count leaves before the facilitator reveals it.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import re
import time
from collections.abc import Callable
from importlib import resources
from typing import Any

import msgspec
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from explorer.core.workshop.ballots import (
    ADDRESS_BURST,
    ADDRESS_RATE,
    DEVICE_BURST,
    DEVICE_RATE,
    MAX_BODY_BYTES,
    ArgumentRequest,
    BallotRequest,
    JoinRequest,
    Outcome,
    PhoneRequest,
    RateLimiter,
    token_matches,
)
from explorer.core.workshop.phone_view import PhoneView, phone_view
from explorer.core.workshop.session import WorkshopSession

#: How long a phone's "tell me when something changes" request waits before answering anyway.
POLL_SECONDS = 20.0
#: How long a join or ballot waits for the app to save it before the phone is told to try again.
SAVE_TIMEOUT = 15.0


def page_text() -> str:
    return resources.files("explorer.room").joinpath("phone.html").read_text(encoding="utf-8")


def _csp(page: str) -> str:
    """A content security policy that allows the page's own inline style and script, nothing else."""

    def digest(tag: str) -> str:
        found = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.DOTALL)
        body = found.group(1) if found else ""
        return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"

    return (
        f"default-src 'none'; script-src {digest('script')}; style-src {digest('style')}; "
        "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )


class RoomState:
    """The latest copy of the session the server answers from, and the version phones wait on.

    Lives in the server's event loop; ``replace`` is called there (see
    ``RoomServer.publish``). The version goes up only when what a phone that has
    not joined would see changes (a vote opens or closes, a reveal): a phone's own
    join or ballot comes back in the answer to its own request.
    """

    def __init__(self, session: WorkshopSession) -> None:
        self.session = session
        self.version = 1
        self.closing = False
        self._public = phone_view(session)
        self._changed = asyncio.Event()

    def replace(self, session: WorkshopSession) -> None:
        self.session = session
        public = phone_view(session)
        if public != self._public:
            self._public = public
            self._wake()

    def close(self) -> None:
        self.closing = True
        self._wake()

    def _wake(self) -> None:
        self.version += 1
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait(self, seen: int, timeout: float) -> None:
        if seen != self.version or self.closing:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), timeout)


Submit = Callable[[PhoneRequest], "asyncio.Future[Outcome | None]"]


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(msgspec.json.encode(data), status, headers, media_type="application/json")


def _error(status: int, code: str, headers: dict[str, str] | None = None) -> Response:
    return _json({"error": code}, status, headers)


class _Refused(Exception):
    def __init__(self, response: Response) -> None:
        self.response = response


def make_app(
    state: RoomState, submit: Submit, clock: Callable[[], float] = time.monotonic, poll: float = POLL_SECONDS
) -> Starlette:
    """The ASGI app over ``state``; ``submit`` hands a join or ballot to the app and awaits its outcome."""
    page = page_text().encode("utf-8")
    headers = {
        "Content-Security-Policy": _csp(page.decode("utf-8")),
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
    }
    addresses = RateLimiter(ADDRESS_RATE, ADDRESS_BURST)
    devices = RateLimiter(DEVICE_RATE, DEVICE_BURST)

    def guard(request: Request) -> None:
        """Refuse over-eager addresses and wrong tokens before anything else is looked at."""
        client = request.client.host if request.client else "?"
        if not addresses.allow(client, clock()):
            raise _Refused(_error(429, "rate-limited", {"Retry-After": "2"}))
        room = state.session.room
        if room is None or not room.enabled:
            raise _Refused(_error(404, "room-off"))
        if not token_matches(request.path_params.get("token", ""), room.token):
            raise _Refused(_error(404, "not-found"))

    def view(device: str | None) -> dict[str, Any]:
        shown: PhoneView = phone_view(state.session, device)
        return {"version": state.version, "view": shown}

    async def read(
        request: Request, kind: type[JoinRequest] | type[BallotRequest] | type[ArgumentRequest]
    ) -> PhoneRequest:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise _Refused(_error(415, "json-only"))
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            raise _Refused(_error(413, "too-large"))
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY_BYTES:
                raise _Refused(_error(413, "too-large"))
        try:
            parsed: PhoneRequest = msgspec.json.decode(bytes(body), type=kind)
        except msgspec.DecodeError:  # ValidationError is one: wrong fields or types too
            raise _Refused(_error(400, "malformed")) from None
        if parsed.device is not None and len(parsed.device) > 64:
            raise _Refused(_error(400, "malformed"))
        if parsed.device is not None and not devices.allow(parsed.device, clock()):
            raise _Refused(_error(429, "rate-limited", {"Retry-After": "2"}))
        return parsed

    async def accept(
        request: Request, kind: type[JoinRequest] | type[BallotRequest] | type[ArgumentRequest]
    ) -> tuple[PhoneRequest, Outcome]:
        """Guard, read and apply a phone's request; anything short of a saved success is refused."""
        guard(request)
        parsed = await read(request, kind)
        try:
            outcome = await asyncio.wait_for(submit(parsed), SAVE_TIMEOUT)
        except TimeoutError:
            outcome = None
        if outcome is None:  # not saved: the phone must not believe its vote is safe
            raise _Refused(_error(503, "not-saved", {"Retry-After": "2"}))
        if not outcome.ok:
            raise _Refused(_error(outcome.status, outcome.code))
        return parsed, outcome

    async def page_route(request: Request) -> Response:
        guard(request)
        return Response(page, media_type="text/html; charset=utf-8")

    async def state_route(request: Request) -> Response:
        guard(request)
        device = request.query_params.get("device") or None
        seen = request.query_params.get("seen", "")
        if device is not None and len(device) > 64:
            return _error(400, "malformed")
        if seen:
            if not seen.isdigit() or len(seen) > 12:
                return _error(400, "malformed")
            await state.wait(int(seen), poll)
        return _json(view(device))

    async def join_route(request: Request) -> Response:
        _parsed, outcome = await accept(request, JoinRequest)
        return _json({"device": outcome.device, **view(outcome.device)})

    async def ballot_route(request: Request) -> Response:
        parsed, _outcome = await accept(request, BallotRequest)
        assert isinstance(parsed, BallotRequest)
        return _json({"recorded": True, **view(parsed.device)})

    async def argument_route(request: Request) -> Response:
        parsed, _outcome = await accept(request, ArgumentRequest)
        assert isinstance(parsed, ArgumentRequest)
        return _json({"sent": True, **view(parsed.device)})

    def refusing(endpoint: Callable[[Request], Any]) -> Callable[[Request], Any]:
        async def wrapped(request: Request) -> Response:
            try:
                response: Response = await endpoint(request)
            except _Refused as refused:
                response = refused.response
            response.headers.update(headers)
            return response

        return wrapped

    return Starlette(
        routes=[
            Route("/{token}", refusing(page_route), methods=["GET"]),
            Route("/{token}/", refusing(page_route), methods=["GET"]),
            Route("/{token}/api/state", refusing(state_route), methods=["GET"]),
            Route("/{token}/api/join", refusing(join_route), methods=["POST"]),
            Route("/{token}/api/ballot", refusing(ballot_route), methods=["POST"]),
            Route("/{token}/api/argument", refusing(argument_route), methods=["POST"]),
        ]
    )
