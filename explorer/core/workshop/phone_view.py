"""What a participant's phone may see: ``phone_view(session, device)`` and nothing more.

The phone page's server answers every request with a ``PhoneView`` and has no
other access to the session, so this function is the one place that decides
what a phone learns. It is ``room_view``'s counterpart and never shows more
than the projector: vote counts appear only as ``room_view`` reveals them, never
before; before the reveal a phone learns only its own ballot. Notes, other
phones' ballots and the token of the room are never part of it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

import msgspec

from explorer.core.workshop.arguments import (
    MAX_ARGUMENT_CHARS,
    MAX_ARGUMENTS_PER_DEVICE,
    arguing_item,
    arguments_of_device,
)
from explorer.core.workshop.ballots import device_ballot, open_round, room_token
from explorer.core.workshop.plan import letter, strip_cites
from explorer.core.workshop.room_view import room_view
from explorer.core.workshop.session import WorkshopSession

PhoneKind = Literal["off", "ended", "wait", "vote", "results"]


@dataclass(frozen=True)
class PhoneGroup:
    id: str
    name: str
    role: str = ""  # the role's name, "" for a group without one


@dataclass(frozen=True)
class PhoneChoice:
    id: str
    letter: str
    label: str


@dataclass(frozen=True)
class PhoneResults:
    """Totals the room has been shown (the first round, or both)."""

    first: tuple[int, ...]
    second: tuple[int, ...] | None = None


@dataclass(frozen=True)
class PhoneView:
    #: ``off``: room voting is off; ``ended``: the session is over; ``wait``: no vote open;
    #: ``vote``: a round is open; ``results``: the room has been shown results.
    kind: PhoneKind
    title: str = ""
    groups: tuple[PhoneGroup, ...] = ()
    #: The group this phone joined, or None (the page then asks it to pick one).
    you: PhoneGroup | None = None
    item: int = -1
    round: int = 0  # the open round (``vote``), else 0
    question: str = ""
    choices: tuple[PhoneChoice, ...] = ()
    #: This phone's own ballot in the open round (a choice id), if it has cast one.
    ballot: str | None = None
    results: PhoneResults | None = None
    #: During the discussion: phones may send arguments; this one has sent ``argued`` of ``argue_limit``.
    arguing: bool = False
    argued: int = 0
    argue_limit: int = MAX_ARGUMENTS_PER_DEVICE
    #: The longest argument taken, in characters: the page's text field holds no more.
    argue_chars: int = MAX_ARGUMENT_CHARS
    #: The language the session's own texts (title, groups, roles, question, choices) are in: the
    #: page's words follow the phone's language, so it marks these with theirs (a Dutch phone's
    #: screen reader then reads a French question in French, and French words break as French).
    language: str = ""
    #: The brief of this phone's group's role (Markdown, its citations reduced to their words), so a
    #: table can read what it argues from on its own phones; "" for a group without a role.
    brief: str = ""


def phone_view(session: WorkshopSession, device: str | None = None) -> PhoneView:
    """Exactly what the phone with ``device`` (None: one that has not joined) may see now."""
    if session.finished:
        return PhoneView("ended", title=session.title, language=session.plan.language)
    if room_token(session) is None or session.room is None:
        return PhoneView("off")
    plan = session.plan
    roles = {role.id: role for role in plan.roles}
    groups = tuple(
        PhoneGroup(g.id, g.name, roles[g.role].name if g.role in roles else "") for g in plan.groups
    )
    phone = session.room.devices.get(device) if device else None
    you = next((g for g in groups if phone is not None and g.id == phone.group), None)
    own = next((roles.get(g.role or "") for g in plan.groups if you is not None and g.id == you.id), None)
    brief = strip_cites(own.brief) if own is not None else ""
    base = PhoneView("wait", title=session.title, groups=groups, you=you, language=plan.language, brief=brief)
    agenda = session.agenda_item()
    if agenda is None:
        return base
    card = agenda.card
    choices = tuple(PhoneChoice(c.id, letter(i), c.label) for i, c in enumerate(card.choices))
    current = open_round(session)
    if current is not None:
        return replace(
            base,
            kind="vote",
            item=current[0],
            round=current[1],
            question=card.question,
            choices=choices,
            ballot=device_ballot(session, device) if you is not None and device else None,
        )
    record = session.record()
    assert record is not None
    if arguing_item(session) is not None:
        # A phone learns only how many it sent itself: what others sent, and what the
        # facilitator did with it, stays out (the room sees the accepted ones on the screen).
        argued = arguments_of_device(record, device) if you is not None and device else 0
        base = replace(base, arguing=True, argued=argued, choices=choices)
    # What the projector shows (even while it is blanked): counts only once revealed.
    shown = room_view(msgspec.structs.replace(session, blanked=False)).results
    if shown is None:
        return replace(base, item=session.item, question=card.question)
    return replace(
        base,
        kind="results",
        item=session.item,
        question=card.question,
        choices=choices,
        results=PhoneResults(shown.first, shown.second),
    )
