"""The debrief of a workshop session, as a list of blocks (``debrief_render`` makes Markdown and HTML).

It is a handout, so it is ordered by what a reader wants first:

1. **Page 1, the summary**: per scenario the question, the votes before and after
   the discussion, the shift in one sentence, and the arguments the room accepted
   (when the session captured any; they are passed in as ``arguments``).
2. **The discussion in detail**: per scenario the choices, each group's votes,
   the shift per group (and per role shared by several groups), the passages the
   room was shown with their glosses, and the facilitator's notes; then the
   session notes, the agenda with the time spent, and the groups.
3. **Appendix**: the roles' cited briefs, then the bibliography.

It is the facilitator's document, so it holds every vote, including rounds never
revealed to the room (marked as such).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from explorer.core.evidence.source_date import date_words
from explorer.core.report import stage_heading
from explorer.core.vocabulary import ENGLISH, ExportLabels, fill
from explorer.core.workshop.arguments import ACCEPTED
from explorer.core.workshop.phone_record import Argument
from explorer.core.workshop.plan import AgendaItem, Passage, ScenarioCard, letter, strip_cites
from explorer.core.workshop.room_view import shift_label
from explorer.core.workshop.session import ItemRecord, WorkshopSession
from explorer.core.workshop.shift import NO_VOTE, ItemShift, Shift, item_shift, shared_roles, totals


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    muted: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Quote:
    text: str
    source: str
    gloss: str = ""


@dataclass(frozen=True)
class PageBreak:
    """The next block starts a new printed page."""


Block = Heading | Paragraph | Bullets | Table | Quote | PageBreak
#: How a gloss is labelled everywhere in the app: it is ours, not the source's.


@dataclass(frozen=True)
class AcceptedArgument:
    """A one-line argument the room put forward and the facilitator accepted."""

    choice_id: str
    stance: Literal["for", "against"]
    text: str


#: Accepted arguments by agenda index (the session's argument capture provides them).
Arguments = Mapping[int, Sequence[AcceptedArgument]]


def _session_arguments(session: WorkshopSession, labels: ExportLabels) -> dict[int, list[AcceptedArgument]]:
    """What the facilitator accepted of the room's arguments, item by item, most supported first."""
    found: dict[int, list[AcceptedArgument]] = {}
    for index, record in enumerate(session.items):
        accepted = sorted((a for a in record.arguments if a.status == ACCEPTED), key=lambda a: -a.also)
        if accepted:
            found[index] = [
                AcceptedArgument(a.choice, "for" if a.stance == "for" else "against", _supported(a, labels))
                for a in accepted
            ]
    return found


def _supported(argument: Argument, labels: ExportLabels) -> str:
    if not argument.also:
        return argument.text
    return fill(labels.translate("Export", "%1 (+%2 said the same)"), argument.text, argument.also)


def _minutes(minutes: int, labels: ExportLabels) -> str:
    return fill(labels.translate("Export", "%1 min"), minutes)


def _when(moment: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(moment))


def _spent(session: WorkshopSession, index: int, now: float) -> float:
    record = session.items[index]
    ongoing = now - session.since if index == session.item and session.since is not None else 0.0
    return record.seconds + max(0.0, ongoing)


def _opening(session: WorkshopSession, labels: ExportLabels) -> str:
    """ "Workshop of 2026-12-01 14:00; 2 scenarios, 3 groups (12 people). The workshop was ended." """
    plan = session.plan
    sizes = [group.size for group in plan.groups]
    scenarios, groups = len(plan.agenda), len(plan.groups)
    parts = [
        fill(labels.translate("Export", "Workshop of %1"), _when(session.created)),
        "; ",
        labels.translate("Export", "1 scenario")
        if scenarios == 1
        else fill(labels.translate("Export", "%1 scenarios"), scenarios),
        ", ",
        labels.translate("Export", "1 group")
        if groups == 1
        else fill(labels.translate("Export", "%1 groups"), groups),
    ]
    if sizes and None not in sizes:
        parts.append(fill(labels.translate("Export", " (%1 people)"), sum(s for s in sizes if s)))
    parts.append(". ")
    if session.finished:
        parts.append(labels.translate("Export", "The workshop was ended."))
    else:
        parts.append(fill(labels.translate("Export", "It stopped at: %1."), _where(session, labels)))
    return "".join(parts)


def blocks(
    session: WorkshopSession,
    now: float | None = None,
    arguments: Arguments | None = None,
    labels: ExportLabels = ENGLISH,
) -> list[Block]:
    """The debrief as blocks, ready for ``debrief_render.to_markdown`` or ``to_html``.

    ``labels``: the words it shares with the interface (step names), English by default."""
    moment = time.time() if now is None else now
    plan = session.plan
    accepted = arguments if arguments is not None else _session_arguments(session, labels)
    found: list[Block] = [
        Heading(1, debrief_title(session, labels)),
        Paragraph(_opening(session, labels), muted=True),
    ]
    for index, item in enumerate(plan.agenda):
        found += list(_summary(session, index, item, accepted.get(index, ()), labels))
    found.append(PageBreak())
    for index, item in enumerate(plan.agenda):
        found += list(_details(session, index, item, session.items[index], labels))
    if session.notes.strip():
        found += [Heading(2, labels.translate("Export", "Session notes")), Paragraph(session.notes.strip())]
    found += _record(session, moment, labels)
    if plan.roles:
        found += [PageBreak(), Heading(2, labels.translate("Export", "Appendix: role briefs"))]
        for role in plan.roles:
            found += [
                Heading(3, fill(labels.translate("Export", "Role: %1"), role.name)),
                Paragraph(role.actor, muted=True),
                Paragraph(_reflow(strip_cites(role.brief))),
            ]
            found += [_quote(p, plan.language) for p in role.passages]
    found += [
        Heading(2, labels.translate("Export", "Bibliography")),
        Bullets(tuple(reference.reference for reference in plan.references)),
    ]
    return found


def debrief_title(session: WorkshopSession, labels: ExportLabels = ENGLISH) -> str:
    """The document's title: its first heading, the HTML title, the PDF's metadata and footer."""
    return fill(labels.translate("Export", "Debrief: %1"), session.plan.title)


def _title(index: int, item: AgendaItem) -> str:
    return f"{index + 1}. {stage_heading(item.card.title, item.card.stage_title)}"


def _names(order: list[str], labels: ExportLabels) -> dict[str, str]:
    return {choice: letter(i) for i, choice in enumerate(order)} | {
        NO_VOTE: labels.translate("Export", "no vote")
    }


def _shift(session: WorkshopSession, record: ItemRecord, order: list[str]) -> ItemShift:
    group_roles = {g.id: g.role for g in session.plan.groups}
    return item_shift(record.tally(1), record.tally(2), order, group_roles)


# -- page 1 -----------------------------------------------------------------------------------------
def _summary(
    session: WorkshopSession,
    index: int,
    item: AgendaItem,
    arguments: Sequence[AcceptedArgument],
    labels: ExportLabels,
) -> Iterator[Block]:
    card, record = item.card, session.items[index]
    order = card.choice_ids()
    yield Heading(2, _title(index, item))
    yield Paragraph(f"**{card.question}**")
    if not record.visited:
        yield Paragraph(labels.translate("Export", "Not reached in the session."), muted=True)
        return
    if not record.tally(1):
        yield Paragraph(labels.translate("Export", "No votes were entered."), muted=True)
    else:
        first = totals(record.tally(1), order)
        second = totals(record.tally(2), order) if record.tally(2) else None
        rows = []
        for i, choice in enumerate(card.choices):
            after = str(second[i]) if second is not None else ""
            change = f"{second[i] - first[i]:+d}" if second is not None else ""
            rows.append((f"{letter(i)}. {choice.label}", str(first[i]), after, change))
        total = labels.translate("Export", "Total")
        rows.append((total, str(sum(first)), str(sum(second)) if second is not None else "", ""))
        headers = (
            labels.translate("Export", "Choice"),
            labels.translate("Export", "First vote"),
            labels.translate("Export", "Second vote"),
            labels.translate("Export", "Change"),
        )
        yield Table(headers, tuple(rows))
        sentence = _shift_sentence(session, record, order, labels) + " " + _revealed(record, labels)
        yield Paragraph(sentence, muted=True)
    if arguments:
        choices = {choice.id: f"{letter(i)}. {choice.label}" for i, choice in enumerate(card.choices)}
        yield Heading(3, labels.translate("Export", "Arguments the room accepted"))
        stances = {"for": labels.translate("Export", "For"), "against": labels.translate("Export", "Against")}
        yield Bullets(
            tuple(f"{stances[a.stance]} {choices.get(a.choice_id, a.choice_id)}: {a.text}" for a in arguments)
        )


def _shift_sentence(
    session: WorkshopSession, record: ItemRecord, order: list[str], labels: ExportLabels
) -> str:
    if not record.tally(2):
        return labels.translate("Export", "There was no second vote.")
    room = _shift(session, record, order).room
    both = room.moved + room.stayed
    if not room.moved:
        return fill(
            labels.translate("Export", "Nobody changed their choice between the votes (%1 kept it)."),
            room.stayed,
        )
    names = _names(order, labels)
    largest = max(
        (flow for flow in room.flows if NO_VOTE not in (flow.source, flow.target)),
        key=lambda flow: flow.count,
    )
    sentence = labels.translate(
        "Export",
        "%1 of %2 changed their choice between the votes and %3 kept it; the largest move was %4 → %5 (%6).",
    )
    return fill(
        sentence, room.moved, both, room.stayed, names[largest.source], names[largest.target], largest.count
    )


def _revealed(record: ItemRecord, labels: ExportLabels) -> str:
    if record.second_revealed:
        return labels.translate("Export", "Both rounds were revealed to the room.")
    if record.first_revealed:
        return labels.translate("Export", "The first round was revealed to the room; the second was not.")
    return labels.translate("Export", "The votes were not revealed to the room.")


# -- the discussion in detail -----------------------------------------------------------------------
def _details(
    session: WorkshopSession, index: int, item: AgendaItem, record: ItemRecord, labels: ExportLabels
) -> Iterator[Block]:
    card = item.card
    order = card.choice_ids()
    letters = [letter(i) for i in range(len(order))]
    yield Heading(2, fill(labels.translate("Export", "In detail: %1"), _title(index, item)))
    yield Paragraph(f"{card.decision_maker} · {card.moment}", muted=True)
    yield Bullets(tuple(f"{letters[i]}. {choice.label}" for i, choice in enumerate(card.choices)))
    if not record.visited:
        yield Paragraph(labels.translate("Export", "Not reached in the session."), muted=True)
        return
    if record.tally(1):
        yield Heading(3, labels.translate("Export", "Votes by group"))
        yield Table(
            (
                labels.translate("Export", "Group"),
                labels.translate("Export", "First vote"),
                labels.translate("Export", "Second vote"),
            ),
            tuple(
                (
                    group.name,
                    _tally(record.tally(1).get(group.id), order, letters),
                    _tally(record.tally(2).get(group.id), order, letters),
                )
                for group in session.plan.groups
            ),
        )
    if record.tally(1) and record.tally(2):
        yield Heading(3, labels.translate("Export", "Shift between the votes"))
        yield Paragraph(
            labels.translate(
                "Export",
                "The smallest movement that explains the counts: exact for a group that votes as one, "
                "a lower bound for a group whose members voted separately.",
            ),
            muted=True,
        )
        headers = (
            labels.translate("Export", "Who"),
            labels.translate("Export", "Moved"),
            labels.translate("Export", "Stayed"),
            labels.translate("Export", "From → to"),
        )
        yield Table(headers, tuple(_shift_rows(session, record, order, labels)))
    shown = [p for p in card.passages if p.citation_id in record.shown]
    if shown:
        yield Heading(3, labels.translate("Export", "Passages shown"))
        for passage in sorted(shown, key=lambda p: record.shown.index(p.citation_id)):
            yield _quote(passage, session.plan.language)
    yield from _evidence_blocks(card, letters, labels)
    if card.afterwards:
        afterwards = (
            fill(
                labels.translate("Export", "What happened afterwards (after %1)"),
                date_words(card.as_of, labels),
            )
            if card.as_of
            else labels.translate("Export", "What happened afterwards")
        )
        yield Heading(3, afterwards)
        from explorer.core.search import plain_text  # Markdown as words (links, emphasis)

        for paragraph in re.split(r"\n\s*\n", plain_text(card.afterwards)):
            if paragraph.strip():
                yield Paragraph(_reflow(paragraph))
    if record.notes.strip():
        yield Heading(3, labels.translate("Export", "Facilitator's notes"))
        yield Paragraph(record.notes.strip())


def _evidence_blocks(card: ScenarioCard, letters: list[str], labels: ExportLabels) -> Iterator[Block]:
    """Each choice's trade-offs with their evidence status, and the written step behind an inference."""
    if not any(choice.tradeoffs for choice in card.choices):
        return  # a session set up before trade-offs were copied into the plan
    # Imported here: the marks live with the matrix, which the room's screens never need.
    from explorer.core.pack.model import Evidence
    from explorer.core.reflection.matrix import EVIDENCE_MARKS, effect_symbol

    yield Heading(3, labels.translate("Export", "Trade-offs and their evidence"))
    reasoning = labels.translate("Export", "Reasoning:")
    status = {  # short: the line says the claim right after
        Evidence.STATED: labels.translate("Export", "stated"),
        Evidence.INFERRED: labels.translate("Export", "inferred"),
        Evidence.ASSUMPTION: labels.translate("Export", "assumption"),
    }
    for i, choice in enumerate(card.choices):
        items = []
        for t in choice.tradeoffs:
            mark = f"{EVIDENCE_MARKS[t.evidence]} {status[t.evidence]}"
            line = f"{effect_symbol(t.effect)} {t.dimension} ({t.effect:+d}, {mark}): {t.claim}"
            if t.reasoning:
                line += f" {reasoning} {' '.join(t.reasoning.split())}"
            items.append(line)
        yield Paragraph(f"**{letters[i]}. {choice.label}**")
        yield Bullets(tuple(items))


def _shift_rows(
    session: WorkshopSession, record: ItemRecord, order: list[str], labels: ExportLabels
) -> Iterator[tuple[str, ...]]:
    """The room, each group (named with its role), and only the roles that several groups share."""
    plan = session.plan
    shift, names = _shift(session, record, order), _names(order, labels)
    shared = shared_roles({g.id: g.role for g in plan.groups})
    yield (labels.translate("Export", "Whole room"), *_shift_cells(shift.room, names))
    for group_id, group_shift in shift.groups.items():
        yield (shift_label(session, group_id), *_shift_cells(group_shift, names))
    for role_id, role_shift in shift.roles.items():
        if role_id in shared:
            holders = ", ".join(g.name for g in plan.groups if g.role == role_id)
            role = fill(labels.translate("Export", "Role: %1 (%2)"), plan.role(role_id).name, holders)
            yield (role, *_shift_cells(role_shift, names))


def _record(session: WorkshopSession, moment: float, labels: ExportLabels) -> list[Block]:
    plan = session.plan
    not_reached = labels.translate("Export", "not reached")
    return [
        Heading(2, labels.translate("Export", "Agenda")),
        Table(
            (
                "#",
                labels.translate("Export", "Scenario"),
                labels.translate("Export", "Planned"),
                labels.translate("Export", "Discussion"),
                labels.translate("Export", "Time spent"),
            ),
            tuple(
                (
                    str(n + 1),
                    stage_heading(item.card.title, item.card.stage_title),
                    _minutes(item.minutes, labels),
                    _minutes(item.discussion_minutes, labels),
                    _minutes(round(_spent(session, n, moment) / 60), labels)
                    if session.items[n].visited
                    else not_reached,
                )
                for n, item in enumerate(plan.agenda)
            ),
        ),
        Heading(2, labels.translate("Export", "Groups")),
        Table(
            (
                labels.translate("Export", "Group"),
                labels.translate("Export", "People"),
                labels.translate("Export", "Role"),
            ),
            tuple(
                (
                    group.name,
                    str(group.size) if group.size is not None else "",
                    plan.role(group.role).name if group.role else "",
                )
                for group in plan.groups
            ),
        ),
    ]


def _reflow(text: str) -> str:
    """One paragraph of pack text as one line (its YAML line breaks are not meant)."""
    return re.sub(r"\s*\n\s*", " ", text.strip())


def _where(session: WorkshopSession, labels: ExportLabels) -> str:
    agenda = session.agenda_item()
    step = labels.steps.get(session.step.value, session.step.value)
    if agenda is None:
        return step
    return fill(labels.translate("Export", "scenario %1, %2, %3"), session.item + 1, agenda.card.title, step)


def _quote(passage: Passage, language: str) -> Quote:
    """A passage with its gloss, unless the quote is in the language the plan was made in."""
    return Quote(passage.quote, passage.source_label, passage.gloss if passage.lang != language else "")


def _tally(tally: dict[str, int] | None, order: list[str], letters: list[str]) -> str:
    if tally is None:
        return "—"
    return ", ".join(f"{letters[i]} {tally.get(choice, 0)}" for i, choice in enumerate(order))


def _shift_cells(shift: Shift, names: dict[str, str]) -> tuple[str, str, str]:
    flows = "; ".join(f"{names[f.source]} → {names[f.target]}: {f.count}" for f in shift.flows) or "—"
    return str(shift.moved), str(shift.stayed), flows
