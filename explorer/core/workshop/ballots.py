"""Ballots from phones: the room's token, joining a group, one ballot per device and round, limits.

Pure rules over a ``WorkshopSession``, no I/O: the web server in
``explorer.room`` parses what a phone sent into a ``JoinRequest`` or a
``BallotRequest`` and hands a batch of them to ``apply``, which changes the
session (to be saved once for the whole batch) and answers each request with an
``Outcome``. ``apply`` never raises: a refused request changes nothing and says
why with a short code the phone page translates.

The rules:

- Room voting is on once the facilitator turned it on (``enable_room``); the join
  address carries ``RoomRecord.token``, a secret of about 59 bits, drawn from
  ``secrets``.
- A phone joins a group (and with it the group's role) and gets a device id, a
  second secret it keeps and sends with each ballot. The server never accepts an
  id a phone made up.
- A phone may vote only while a round is open: the session stands at that
  round's vote step and the round has not been revealed (``open_round``). Its
  ballot names the item and round it was cast for, so a ballot that arrives just
  after the facilitator moved on is refused rather than counted elsewhere.
- One ballot per device per round; voting again replaces the ballot until the
  round closes.
- During the discussion a phone may also send a few one-line arguments
  (``ArgumentRequest``, rules in ``explorer.core.workshop.arguments``); they wait
  for the facilitator before the room sees them.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from dataclasses import dataclass

import msgspec

from explorer.core.workshop.arguments import (
    MAX_ARGUMENTS_PER_DEVICE,
    add_argument,
    arguing_item,
    arguments_of_device,
)
from explorer.core.workshop.phone_record import PhoneBallot, PhoneDevice, RoomRecord
from explorer.core.workshop.session import Round, Step, WorkshopError, WorkshopSession

#: No letters or digits that are easily confused when the address is typed from the screen.
TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
TOKEN_LENGTH = 12  # 31**12 ≈ 2**59 possible tokens
TOKEN_GROUP = 4  # shown as xxxx-xxxx-xxxx
DEVICE_BYTES = 16
#: The largest request body a phone has any reason to send (a join or a ballot is under 200 bytes).
MAX_BODY_BYTES = 1024
#: More phones than any room holds; a flood of joins stops here instead of growing the session file.
MAX_DEVICES = 500
#: Per device: joins and ballots, a steady one every half second, bursts of up to 20 (a phone
#: tapped as fast as fingers go is slowed, never counted twice).
DEVICE_RATE, DEVICE_BURST = 2.0, 20.0
#: Per network address: every request, page loads and polls included (and wrong tokens).
ADDRESS_RATE, ADDRESS_BURST = 5.0, 40.0
#: How many devices and addresses the rate limiter remembers before it forgets the least recent.
RATE_MEMORY = 4096

#: The refusals by code (the phone page translates them) and the HTTP status each is answered
#: with: every one a 4xx, since a refused request changes nothing.
REFUSAL_STATUS: dict[str, int] = {
    "room-off": 404,
    "unknown-group": 422,
    "unknown-device": 401,
    "vote-closed": 409,
    "unknown-choice": 422,
    "room-full": 429,
    "not-discussing": 409,
    "too-many-arguments": 429,
    "bad-argument": 422,
}


# -- tokens -------------------------------------------------------------------------------------------
def new_room_token() -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def format_token(token: str) -> str:
    """``abcdefghjkmn`` → ``abcd-efgh-jkmn``: easier to read aloud and to retype."""
    return "-".join(token[i : i + TOKEN_GROUP] for i in range(0, len(token), TOKEN_GROUP))


def normalise_token(text: str) -> str:
    """What a person typed, as a token: case and the dashes and spaces between groups do not matter."""
    return "".join(character for character in text.lower() if character not in "- ")


def token_matches(given: str, expected: str) -> bool:
    """Compare in constant time, so the answer's timing tells nothing about the token."""
    return secrets.compare_digest(normalise_token(given).encode(), expected.encode())


def new_device_id() -> str:
    return secrets.token_urlsafe(DEVICE_BYTES)


# -- turning room voting on and off ------------------------------------------------------------------
def enable_room(session: WorkshopSession, token: str | None = None) -> str:
    """Turn phone voting on; a session keeps its token (and its phones) when turned on again."""
    if session.room is None:
        session.room = RoomRecord(token or new_room_token())
    else:
        session.room.enabled = True
    return session.room.token


def disable_room(session: WorkshopSession) -> None:
    if session.room is None:
        raise WorkshopError("Room voting is not on.")
    session.room.enabled = False


def room_token(session: WorkshopSession) -> str | None:
    """The token phones must present, or None while room voting is off."""
    room = session.room
    return room.token if room is not None and room.enabled and not session.finished else None


def open_round(session: WorkshopSession) -> tuple[int, Round] | None:
    """The (agenda item, round) phones may vote in now, or None."""
    record = session.record()
    if room_token(session) is None or record is None:
        return None
    if session.step is Step.FIRST_VOTE and not record.first_revealed:
        return session.item, 1
    if session.step is Step.SECOND_VOTE and not record.second_revealed:
        return session.item, 2
    return None


# -- what phones send ---------------------------------------------------------------------------------
class JoinRequest(msgspec.Struct, forbid_unknown_fields=True):
    """Join (or change) a group. ``device`` is the id from an earlier join, if the phone has one."""

    group: str
    device: str | None = None


class BallotRequest(msgspec.Struct, forbid_unknown_fields=True):
    device: str
    item: int
    round: int
    choice: str


class ArgumentRequest(msgspec.Struct, forbid_unknown_fields=True):
    """A one-line argument for or against a choice, sent during the discussion."""

    device: str
    item: int
    choice: str
    stance: str
    text: str


PhoneRequest = JoinRequest | BallotRequest | ArgumentRequest


@dataclass(frozen=True)
class Outcome:
    """The answer to one request: accepted, or refused with a code (and nothing changed)."""

    ok: bool
    code: str = ""
    device: str = ""  # for an accepted join: the device id the phone keeps
    group: str = ""

    @property
    def status(self) -> int:
        return 200 if self.ok else REFUSAL_STATUS[self.code]


def apply(session: WorkshopSession, requests: list[PhoneRequest], now: float) -> list[Outcome]:
    """Apply phones' requests in order; one ``Outcome`` each. Never raises; refusals change nothing."""
    return [_apply_one(session, request, now) for request in requests]


def _apply_one(session: WorkshopSession, request: PhoneRequest, now: float) -> Outcome:
    room = session.room
    if room is None or room_token(session) is None:
        return Outcome(False, "room-off")
    if isinstance(request, JoinRequest):
        return _join(session, room, request, now)
    if isinstance(request, ArgumentRequest):
        return _argue(session, room, request, now)
    return _cast(session, room, request, now)


def _join(session: WorkshopSession, room: RoomRecord, request: JoinRequest, now: float) -> Outcome:
    if request.group not in {group.id for group in session.plan.groups}:
        return Outcome(False, "unknown-group")
    device = request.device if request.device in room.devices else None
    if device is None:
        if len(room.devices) >= MAX_DEVICES:
            return Outcome(False, "room-full")
        device = new_device_id()
        while device in room.devices:  # pragma: no cover - 128 random bits do not collide
            device = new_device_id()
    room.devices[device] = PhoneDevice(request.group, now)
    return Outcome(True, device=device, group=request.group)


def _cast(session: WorkshopSession, room: RoomRecord, request: BallotRequest, now: float) -> Outcome:
    phone = room.devices.get(request.device)
    if phone is None:
        return Outcome(False, "unknown-device")
    if open_round(session) != (request.item, request.round):
        return Outcome(False, "vote-closed")
    agenda, record = session.agenda_item(), session.record()
    assert agenda is not None and record is not None  # open_round said an item is open
    if request.choice not in agenda.card.choice_ids():
        return Outcome(False, "unknown-choice")
    round_number: Round = 1 if request.round == 1 else 2
    record.ballots(round_number)[request.device] = PhoneBallot(phone.group, request.choice, now)
    return Outcome(True, group=phone.group)


def _argue(session: WorkshopSession, room: RoomRecord, request: ArgumentRequest, now: float) -> Outcome:
    phone = room.devices.get(request.device)
    if phone is None:
        return Outcome(False, "unknown-device")
    if arguing_item(session) != request.item:
        return Outcome(False, "not-discussing")
    record = session.record()
    assert record is not None  # arguing_item said an item is open
    if arguments_of_device(record, request.device) >= MAX_ARGUMENTS_PER_DEVICE:
        return Outcome(False, "too-many-arguments")
    try:
        add_argument(session, request.choice, request.stance, request.text, now, device=request.device)
    except WorkshopError:
        return Outcome(False, "bad-argument")
    return Outcome(True, group=phone.group)


def device_ballot(session: WorkshopSession, device: str) -> str | None:
    """The choice this device has cast in the open round, if it has."""
    current, record = open_round(session), session.record()
    if current is None or record is None:
        return None
    ballot = record.ballots(current[1]).get(device)
    return ballot.choice if ballot is not None else None


# -- for the console ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Turnout:
    """How many have voted in a round, never what: the console shows this live."""

    phones_joined: int
    phones_voted: int
    #: Groups whose counts were typed at the console (by hand or from paper), and how many votes that is.
    typed_groups: tuple[str, ...]
    typed_votes: int
    #: Per group with phones: (group name, phones joined, phones voted), in the plan's order.
    groups: tuple[tuple[str, int, int], ...] = ()


def turnout(session: WorkshopSession, round_number: Round, item: int | None = None) -> Turnout:
    record = session.record(item)
    devices = session.room.devices if session.room is not None else {}
    if record is None:
        return Turnout(len(devices), 0, (), 0)
    typed = record.votes(round_number)
    voted = phone_votes(session, round_number, item)
    joined: dict[str, int] = {}
    for phone in devices.values():
        joined[phone.group] = joined.get(phone.group, 0) + 1
    return Turnout(
        len(devices),
        len(record.ballots(round_number)),
        tuple(group.name for group in session.plan.groups if group.id in typed),
        sum(sum(counts.values()) for counts in typed.values()),
        tuple(
            (group.name, joined.get(group.id, 0), voted.get(group.id, 0))
            for group in session.plan.groups
            if group.id in joined or group.id in voted
        ),
    )


def phone_votes(session: WorkshopSession, round_number: Round, item: int | None = None) -> dict[str, int]:
    """Group id → how many phones of that group have voted in the round (not what they voted)."""
    record = session.record(item)
    found: dict[str, int] = {}
    if record is not None:
        for ballot in record.ballots(round_number).values():
            found[ballot.group] = found.get(ballot.group, 0) + 1
    return found


# -- limits ------------------------------------------------------------------------------------------
class RateLimiter:
    """A token bucket per key (a device, or a network address): ``allow`` spends one token.

    Time comes in as an argument, so the limiter is pure and tests need no clock.
    Only the ``memory`` most recently seen keys are kept, so a flood of new keys
    cannot grow it without bound.
    """

    def __init__(
        self, rate: float = DEVICE_RATE, burst: float = DEVICE_BURST, memory: int = RATE_MEMORY
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.memory = memory
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key → (tokens, at)

    def allow(self, key: str, now: float) -> bool:
        tokens, at = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + max(0.0, now - at) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
        while len(self._buckets) > self.memory:
            self._buckets.popitem(last=False)
        return allowed
