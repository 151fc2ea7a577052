"""What a session keeps of the phones in the room: its token, the devices that joined, their ballots.

Plain data only, so ``explorer.core.workshop.session`` can hold it without knowing
the rules; the rules (who may vote when, one ballot per device and round) live in
``explorer.core.workshop.ballots``. Everything here is saved with the session, so
a phone's acknowledged ballot survives a crash like a vote typed at the console.
"""

from __future__ import annotations

import msgspec


class PhoneBallot(msgspec.Struct, array_like=True, forbid_unknown_fields=True):
    """One device's vote in one round: the group it voted for and its choice."""

    group: str
    choice: str
    at: float


class PhoneDevice(msgspec.Struct, array_like=True, forbid_unknown_fields=True):
    """A phone that joined: the group it sits with (and so its role)."""

    group: str
    joined: float


class RoomRecord(msgspec.Struct, forbid_unknown_fields=True):
    """Room voting of a session: the secret in the join address and the phones that used it."""

    token: str
    enabled: bool = True
    #: Device id (a secret the phone keeps) → the phone.
    devices: dict[str, PhoneDevice] = {}


#: Device id → that device's ballot in one round of one agenda item.
Ballots = dict[str, PhoneBallot]


class Argument(msgspec.Struct, forbid_unknown_fields=True):
    """A one-line argument for or against a choice, from a phone or typed by the facilitator.

    ``status`` is ``pending`` until the facilitator accepts or hides it, or merges it
    into another (``merged_into``, which then counts it in ``also``).
    """

    id: str
    choice: str
    stance: str  # "for" or "against"
    text: str
    at: float
    #: The phone's device id, "" when the facilitator typed it (never shown to anyone).
    device: str = ""
    status: str = "pending"
    merged_into: str = ""
    also: int = 0
