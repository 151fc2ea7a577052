"""What a session keeps of the phones in the room: its token, the devices that joined, their ballots.

Plain data only, so ``explorer.core.workshop.session`` can hold it without knowing
the rules; the rules (who may vote when, one ballot per device and round) live in
``explorer.core.workshop.ballots``, and the arguments' in
``explorer.core.workshop.arguments``. Everything here is saved with the session,
so a phone's acknowledged ballot survives a crash like a vote typed at the
console. The bounds (``explorer.core.limits``) refuse a damaged or hostile
session file at the door; the rules keep far below them.
"""

from __future__ import annotations

from typing import Annotated

import msgspec

from explorer.core.limits import MAX_ITEMS, Epoch, Id, Name

#: A device id or a room token: short, one line.
Secret = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]


class PhoneBallot(msgspec.Struct, array_like=True, forbid_unknown_fields=True):
    """One device's vote in one round: the group it voted for and its choice."""

    group: Id
    choice: Id
    at: Epoch


class PhoneDevice(msgspec.Struct, array_like=True, forbid_unknown_fields=True):
    """A phone that joined: the group it sits with (and so its role)."""

    group: Id
    joined: Epoch


class RoomRecord(msgspec.Struct, forbid_unknown_fields=True):
    """Room voting of a session: the secret in the join address and the phones that used it."""

    token: Secret
    enabled: bool = True
    #: Device id (a secret the phone keeps) → the phone.
    devices: Annotated[dict[Secret, PhoneDevice], msgspec.Meta(max_length=MAX_ITEMS)] = {}


#: Device id → that device's ballot in one round of one agenda item.
Ballots = Annotated[dict[Secret, PhoneBallot], msgspec.Meta(max_length=MAX_ITEMS)]


class Argument(msgspec.Struct, forbid_unknown_fields=True):
    """A one-line argument for or against a choice, from a phone or typed by the facilitator.

    ``status`` is ``pending`` until the facilitator accepts or hides it, or merges it
    into another (``merged_into``, which then counts it in ``also``).
    """

    id: Id
    choice: Id
    stance: Annotated[str, msgspec.Meta(pattern="^(for|against)$")]
    text: Name
    at: Epoch
    #: The phone's device id, "" when the facilitator typed it (never shown to anyone).
    device: Annotated[str, msgspec.Meta(max_length=100)] = ""
    status: Annotated[str, msgspec.Meta(pattern="^(pending|accepted|hidden|merged)$")] = "pending"
    merged_into: Annotated[str, msgspec.Meta(max_length=500)] = ""
    also: Annotated[int, msgspec.Meta(ge=0, le=MAX_ITEMS)] = 0


Arguments = Annotated[list[Argument], msgspec.Meta(max_length=MAX_ITEMS)]
