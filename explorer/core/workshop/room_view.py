"""What the room may see: ``room_view(session)`` and nothing more.

The presenter screen renders a ``RoomView`` and has no other access to the
session, so this function is the one place that decides what is public. It
never reads a vote count of a round that has not been revealed: before the
reveal, the room learns only which groups have voted, never what they voted.
Facilitator notes (the pack's and the facilitator's own) are never part of it, and a
stage's ``afterwards`` (what happened later) only on the results screen once the second
round is revealed: hindsight must not steer the vote.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from explorer.core.workshop.plan import AgendaItem, Passage, ScenarioCard, letter, strip_cites
from explorer.core.workshop.session import ItemRecord, Step, WorkshopSession
from explorer.core.workshop.shift import NO_VOTE, Shift, item_shift, shared_roles, totals

BLANK = "blank"
NO_VOTE_LABEL = "no vote"


@dataclass(frozen=True)
class ChoiceLine:
    letter: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class PassageView:
    quote: str
    source_label: str
    lang: str
    #: The gloss of a quote in another language than the plan's ("" for a quote in it).
    gloss: str = ""
    number: int = 1


@dataclass(frozen=True)
class TimerView:
    remaining: int  # seconds; negative once the time is up
    duration: int
    running: bool

    def text(self) -> str:
        seconds = abs(self.remaining)
        clock = f"{seconds // 60}:{seconds % 60:02d}"
        return f"+{clock}" if self.remaining < 0 else clock


@dataclass(frozen=True)
class FlowLine:
    source: str  # a choice letter, or "no vote"
    target: str
    count: int


@dataclass(frozen=True)
class ShiftLine:
    who: str
    moved: int
    stayed: int
    joined: int = 0
    left: int = 0
    flows: tuple[FlowLine, ...] = ()


@dataclass(frozen=True)
class ResultsView:
    letters: tuple[str, ...]
    labels: tuple[str, ...]
    first: tuple[int, ...]
    #: None while only the first round has been revealed.
    second: tuple[int, ...] | None = None
    room: ShiftLine | None = None
    groups: tuple[ShiftLine, ...] = ()
    roles: tuple[ShiftLine, ...] = ()


@dataclass(frozen=True)
class RoomView:
    kind: str  # a ``Step`` value, or ``blank``
    heading: str = ""
    subheading: str = ""
    #: Where the room is, as numbers the presenter puts in words (``explorer.ui.vocabulary``):
    #: page ``page`` of ``pages`` of this step (roles, context, evidence; 0 when it has one page),
    #: scenario ``item`` of ``items`` on the agenda (0 outside the agenda).
    page: int = 0
    pages: int = 0
    item: int = 0
    items: int = 0
    text: str = ""  # Markdown without citation links
    sources: tuple[str, ...] = ()
    question: str = ""
    choices: tuple[ChoiceLine, ...] = ()
    passage: PassageView | None = None
    prompts: tuple[str, ...] = ()
    voted: tuple[str, ...] = ()
    waiting: tuple[str, ...] = ()
    timer: TimerView | None = None
    results: ResultsView | None = None
    agenda: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    #: What happened after the stage's date (Markdown without citation links): only after the final reveal.
    afterwards: str = ""
    as_of: str = ""
    #: On the first context screen of a stage replayed with later analysis: the latest analysis's date.
    analysis_as_of: str = ""


def room_view(session: WorkshopSession, now: float | None = None) -> RoomView:
    """Exactly what the presenter may show now (``now`` only moves the timer)."""
    if session.blanked:
        return RoomView(BLANK)
    moment = time.time() if now is None else now
    plan = session.plan
    if session.step is Step.LOBBY:
        return RoomView(
            Step.LOBBY.value,
            heading=plan.title,
            agenda=tuple(
                f"{n}. {item.card.title} — {item.card.stage_title} ({item.minutes} min)"
                for n, item in enumerate(plan.agenda, start=1)
            ),
            groups=tuple(_group_line(session, group.id) for group in plan.groups),
        )
    if session.step is Step.ROLES:
        role = plan.roles[session.page]
        return RoomView(
            Step.ROLES.value,
            heading=role.name,
            subheading=role.actor,
            page=session.page + 1,
            pages=len(plan.roles),
            text=strip_cites(role.brief),
            sources=_labels(role.passages),
            prompts=tuple(role.questions),
            groups=tuple(g.name for g in plan.groups if g.role == role.id),
        )
    if session.step is Step.END:
        return RoomView(Step.END.value, heading=plan.title)
    agenda, record = session.agenda_item(), session.record()
    assert agenda is not None and record is not None
    return _item_view(session, agenda, record, moment)


def _item_view(session: WorkshopSession, agenda: AgendaItem, record: ItemRecord, now: float) -> RoomView:
    card = agenda.card
    step, page = session.step, session.page
    timer = record.timer
    # The countdown is for the discussion; at a vote or the results it only distracts,
    # unless the facilitator pinned it (a tight schedule the room should see).
    shown_timer = step is Step.DISCUSSION or session.timer_pinned
    base = RoomView(
        step.value,
        heading=card.title,
        subheading=f"{card.decision_maker} · {card.moment}",
        item=session.item + 1,
        items=len(session.plan.agenda),
        timer=TimerView(round(timer.remaining(now)), round(timer.duration), timer.running)
        if shown_timer
        else None,
    )
    if step is Step.CONTEXT:
        paragraphs = card.paragraphs() or [card.summary]
        text = paragraphs[page]
        labels = {reference.source_id: reference.label for reference in session.plan.references}
        cited = [source for cid, source in card.cite_sources.items() if f"(cite:{cid})" in text]
        return replace(
            base,
            page=page + 1,
            pages=len(paragraphs),
            text=strip_cites(text),
            sources=tuple(dict.fromkeys(labels.get(source, source) for source in cited)),
            as_of=card.as_of if page == 0 and card.analysis_as_of else "",
            analysis_as_of=card.analysis_as_of if page == 0 else "",
        )
    if step is Step.EVIDENCE:
        passage = card.passages[page]
        return replace(
            base,
            page=page + 1,
            pages=len(card.passages),
            passage=PassageView(
                passage.quote,
                passage.source_label,
                passage.lang,
                passage.gloss if passage.lang != session.plan.language else "",
                page + 1,
            ),
        )
    base = replace(base, question=card.question)
    if step is Step.CHOICES:
        return replace(base, choices=_choices(card, with_descriptions=True))
    choices = _choices(card, with_descriptions=False)
    if step in (Step.FIRST_VOTE, Step.SECOND_VOTE):
        votes = record.tally(1 if step is Step.FIRST_VOTE else 2)
        revealed = step is Step.FIRST_VOTE and record.first_revealed
        return replace(
            base,
            choices=choices,
            # Who has voted, never what: the counts stay out until the reveal.
            voted=tuple(g.name for g in session.plan.groups if g.id in votes),
            waiting=tuple(g.name for g in session.plan.groups if g.id not in votes),
            results=_results(session, agenda, record, 1) if revealed else None,
        )
    if step is Step.DISCUSSION:
        return replace(
            base,
            choices=choices,
            prompts=tuple(card.discussion_prompts),
            results=_results(session, agenda, record, 1) if record.first_revealed else None,
        )
    if not record.second_revealed:  # the results step, before the reveal
        return replace(base, question="", text=f"**{card.question}**\n\nThe results are in.")
    # Hindsight last: the room has voted twice and seen the results before it learns what happened.
    return replace(
        base,
        choices=choices,
        results=_results(session, agenda, record, 2),
        afterwards=strip_cites(card.afterwards),
        as_of=card.as_of,
    )


def _choices(card: ScenarioCard, with_descriptions: bool) -> tuple[ChoiceLine, ...]:
    return tuple(
        ChoiceLine(letter(i), c.label, strip_cites(c.description) if with_descriptions else "")
        for i, c in enumerate(card.choices)
    )


def _labels(passages: list[Passage]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.source_label for p in passages))


def _group_line(session: WorkshopSession, group_id: str) -> str:
    group = session.plan.group(group_id)
    if group.role:
        return f"{group.name} — {session.plan.role(group.role).name}"
    return group.name


def _results(session: WorkshopSession, agenda: AgendaItem, record: ItemRecord, rounds: int) -> ResultsView:
    """The revealed rounds. Called only once ``rounds`` have been revealed to the room."""
    card = agenda.card
    order = card.choice_ids()
    letters = tuple(letter(i) for i in range(len(order)))
    labels = tuple(c.label for c in card.choices)
    first_vote, second_vote = record.tally(1), record.tally(2)
    first = tuple(totals(first_vote, order))
    if rounds == 1:
        return ResultsView(letters, labels, first)
    group_roles = {g.id: g.role for g in session.plan.groups}
    shift = item_shift(first_vote, second_vote, order, group_roles)
    names = dict(zip(order, letters, strict=True))
    names[NO_VOTE] = NO_VOTE_LABEL
    role_names = {role.id: role.name for role in session.plan.roles}
    shared = shared_roles(group_roles)
    return ResultsView(
        letters,
        labels,
        first,
        tuple(totals(second_vote, order)),
        room=_line("Whole room", shift.room, names),
        groups=tuple(_line(shift_label(session, gid), s, names) for gid, s in shift.groups.items()),
        roles=tuple(
            _line(role_names.get(rid, rid), s, names) for rid, s in shift.roles.items() if rid in shared
        ),
    )


def shift_label(session: WorkshopSession, group_id: str) -> str:
    """A group in a shift table: its name, and its role beside it ("Table 1 (The host government)")."""
    group = session.plan.group(group_id)
    return f"{group.name} ({session.plan.role(group.role).name})" if group.role else group.name


def _line(who: str, shift: Shift, names: dict[str, str]) -> ShiftLine:
    return ShiftLine(
        who,
        shift.moved,
        shift.stayed,
        shift.joined,
        shift.left,
        tuple(FlowLine(names[f.source], names[f.target], f.count) for f in shift.flows),
    )


def private_results(session: WorkshopSession) -> ResultsView | None:
    """Every vote entered for the current item, revealed or not: for the facilitator's console only.

    The presenter never calls this; it shows ``room_view``. The console uses it to
    check the counts and preview the shift before deciding to reveal.
    """
    agenda, record = session.agenda_item(), session.record()
    if agenda is None or record is None or not record.tally(1):
        return None
    if record.tally(2) and not session.missing_votes(2):
        return _results(session, agenda, record, 2)
    return _results(session, agenda, record, 1)
