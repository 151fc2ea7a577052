"""A small workshop plan and a scripted full run, shared by the workshop tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.plan import Plan, agenda_item, new_plan
from explorer.core.workshop.roles import load_roles
from explorer.core.workshop.session import Step, WorkshopSession

#: Counts no screen would show by accident (not a page number, not a time).
FIRST = {"g1": {"qualitative-presence": 41, "civilian-experts": 57}, "g2": {"qualitative-presence": 73}}
SECOND = {"g1": {"qualitative-presence": 29, "civilian-experts": 69}, "g2": {"civilian-experts": 73}}


def two_group_plan(good_pack: LoadedPack, corpus: Corpus, items: int = 2) -> Plan:
    """The good pack's scenario on the agenda ``items`` times; two groups, one with a role."""
    agenda = [agenda_item(good_pack, corpus, "belgian-presence", minutes=20, discussion_minutes=6)]
    if items > 1:
        agenda.append(
            agenda_item(
                good_pack,
                corpus,
                "belgian-presence",
                minutes=15,
                discussion_minutes=5,
                passage_ids=["critical-assets"],
            )
        )
    roles = load_roles(corpus)
    return new_plan(
        "Peace operations seminar",
        agenda,
        [("Table 1", "host-government", 98), ("Table 2", None, None)],
        corpus,
        roles,
    )


Action = Callable[[WorkshopSession], object]


def full_run(session: WorkshopSession) -> Iterator[tuple[str, Action]]:
    """The actions of a facilitator running every item through both votes and the reveal.

    Yields (name, action) one at a time; the caller applies each (and may save,
    compare, or kill in between). Time moves one minute per action.
    """
    minute = 0.0
    while not session.finished:
        minute += 60.0
        t = minute  # one moment per step, so applying an action twice gives the same result
        step = session.step
        if step is Step.FIRST_VOTE and session.missing_votes(1):
            for group_id, counts in FIRST.items():
                yield f"vote-1 {group_id}", lambda s, g=group_id, c=counts, t=t: s.set_votes(1, g, c, now=t)
            yield "reveal-1", lambda s, t=t: s.reveal(now=t)
        elif step is Step.DISCUSSION and not session.record().timer.running:  # type: ignore[union-attr]
            yield "timer-start", lambda s, t=t: s.start_timer(now=t)
            yield "notes", lambda s: s.set_notes(f"Notes on item {s.item + 1}: the room hesitated.")
            yield "timer-stop", lambda s, t=t: s.stop_timer(now=t + 30)
            yield "next", lambda s, t=t: s.next(now=t + 45)
        elif step is Step.SECOND_VOTE and session.missing_votes(2):
            for group_id, counts in SECOND.items():
                yield f"vote-2 {group_id}", lambda s, g=group_id, c=counts, t=t: s.set_votes(2, g, c, now=t)
        elif step is Step.RESULTS and not session.record().second_revealed:  # type: ignore[union-attr]
            yield "blank", lambda s, t=t: s.toggle_blank(now=t)
            yield "reveal-2", lambda s, t=t: s.reveal(now=t)
            yield "unblank", lambda s, t=t: s.toggle_blank(now=t)
        elif step is Step.END:
            yield "end", lambda s, t=t: s.end(now=t)
        else:
            yield "next", lambda s, t=t: s.next(now=t + 45)
