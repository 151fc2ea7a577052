"""The shift between the first and the second vote: how many moved, from where to where.

Votes are entered as counts (per group, per choice), not as named ballots, so who
moved is not known; what is known is the *smallest* movement that turns the first
counts into the second. Within a group, every choice that lost votes gave them to
choices that gained, matched in the order of the choices; a group that grew or
shrank between the rounds has people who joined (from "no vote") or left (to "no
vote"). For a group of one, or a group that votes as one, this is exact.

Shifts are computed per group and then added up for roles and for the room, so
movements inside different groups never cancel each other out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

#: Stands for "did not vote in this round" in a flow (never a choice id: those start
#: with a letter or digit).
NO_VOTE = "-"

Tally = Mapping[str, int]


@dataclass(frozen=True, slots=True)
class Flow:
    source: str
    target: str
    count: int


@dataclass(frozen=True, slots=True)
class Shift:
    flows: tuple[Flow, ...] = ()
    #: Changed from one choice to another.
    moved: int = 0
    #: Voted for the same choice twice.
    stayed: int = 0
    #: Voted only in the second round, or only in the first.
    joined: int = 0
    left: int = 0
    first_total: int = 0
    second_total: int = 0


def group_shift(first: Tally, second: Tally, order: Sequence[str]) -> Shift:
    """The smallest movement from ``first`` to ``second`` counts, choices taken in ``order``."""
    first_total = sum(first.get(c, 0) for c in order)
    second_total = sum(second.get(c, 0) for c in order)
    losses = [(c, first.get(c, 0) - second.get(c, 0)) for c in order]
    gains = [(c, second.get(c, 0) - first.get(c, 0)) for c in order]
    givers = [(c, n) for c, n in losses if n > 0]
    takers = [(c, n) for c, n in gains if n > 0]
    if second_total > first_total:
        givers.append((NO_VOTE, second_total - first_total))
    elif first_total > second_total:
        takers.append((NO_VOTE, first_total - second_total))
    flows: dict[tuple[str, str], int] = {}
    g = t = 0
    remaining_give = givers[0][1] if givers else 0
    remaining_take = takers[0][1] if takers else 0
    while g < len(givers) and t < len(takers):
        amount = min(remaining_give, remaining_take)
        key = (givers[g][0], takers[t][0])
        flows[key] = flows.get(key, 0) + amount
        remaining_give -= amount
        remaining_take -= amount
        if remaining_give == 0:
            g += 1
            remaining_give = givers[g][1] if g < len(givers) else 0
        if remaining_take == 0:
            t += 1
            remaining_take = takers[t][1] if t < len(takers) else 0
    return _shift(flows, first, second, order, first_total, second_total)


def _shift(
    flows: Mapping[tuple[str, str], int],
    first: Tally,
    second: Tally,
    order: Sequence[str],
    first_total: int,
    second_total: int,
) -> Shift:
    stayed = sum(min(first.get(c, 0), second.get(c, 0)) for c in order)
    return Shift(
        flows=tuple(Flow(s, t, n) for (s, t), n in _ordered(flows, order) if n > 0),
        moved=sum(n for (s, t), n in flows.items() if NO_VOTE not in (s, t)),
        stayed=stayed,
        joined=sum(n for (s, _t), n in flows.items() if s == NO_VOTE),
        left=sum(n for (_s, t), n in flows.items() if t == NO_VOTE),
        first_total=first_total,
        second_total=second_total,
    )


def _ordered(flows: Mapping[tuple[str, str], int], order: Sequence[str]) -> list[tuple[tuple[str, str], int]]:
    rank = {choice: index for index, choice in enumerate(order)}
    rank[NO_VOTE] = len(order)
    return sorted(flows.items(), key=lambda item: (rank.get(item[0][0], 0), rank.get(item[0][1], 0)))


def combine(shifts: Iterable[Shift], order: Sequence[str]) -> Shift:
    """The sum of several groups' shifts (for a role, or for the whole room)."""
    flows: dict[tuple[str, str], int] = {}
    stayed = first_total = second_total = 0
    for shift in shifts:
        for flow in shift.flows:
            key = (flow.source, flow.target)
            flows[key] = flows.get(key, 0) + flow.count
        stayed += shift.stayed
        first_total += shift.first_total
        second_total += shift.second_total
    combined = _shift(flows, {}, {}, order, first_total, second_total)
    return Shift(
        combined.flows,
        combined.moved,
        stayed,
        combined.joined,
        combined.left,
        first_total,
        second_total,
    )


@dataclass(frozen=True)
class ItemShift:
    """The shift of one agenda item: the room, each group, each role."""

    room: Shift
    groups: dict[str, Shift] = field(default_factory=dict)
    roles: dict[str, Shift] = field(default_factory=dict)


def item_shift(
    first: Mapping[str, Tally],
    second: Mapping[str, Tally],
    order: Sequence[str],
    group_roles: Mapping[str, str | None],
) -> ItemShift:
    """Shifts of every group that voted in either round, added up by role and for the room.

    ``first`` and ``second`` map a group id to its counts; ``group_roles`` maps every
    group id of the session (in the session's order) to its role id or None.
    """
    groups = {
        group_id: group_shift(first.get(group_id, {}), second.get(group_id, {}), order)
        for group_id in group_roles
        if group_id in first or group_id in second
    }
    roles: dict[str, list[Shift]] = {}
    for group_id, shift in groups.items():
        role = group_roles.get(group_id)
        if role:
            roles.setdefault(role, []).append(shift)
    return ItemShift(
        room=combine(groups.values(), order),
        groups=groups,
        roles={role: combine(shifts, order) for role, shifts in roles.items()},
    )


def shared_roles(group_roles: Mapping[str, str | None]) -> set[str]:
    """The roles held by more than one group: only those have a shift worth a row of their own.

    A role held by one group moves exactly as that group does; a row for it would
    repeat the group's row, so tables name the group's role beside the group instead.
    """
    counts = Counter(role for role in group_roles.values() if role)
    return {role for role, count in counts.items() if count > 1}


def totals(votes: Mapping[str, Tally], order: Sequence[str]) -> list[int]:
    """Votes per choice over all groups, in ``order``."""
    return [sum(tally.get(choice, 0) for tally in votes.values()) for choice in order]
