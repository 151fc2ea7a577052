"""The debrief of a workshop session, as Markdown and as HTML (the PDF is printed from the HTML).

Both formats are rendered from one list of blocks, so they never disagree: the
agenda (planned and actual time), the groups and their roles (with the roles'
cited briefs), then per scenario the question, the votes before and after (room
and groups), the shift (room, groups, roles), the passages the room was shown
with their glosses, and the facilitator's notes; finally the bibliography with
full references. It is the facilitator's document, so it holds every vote,
including rounds never revealed to the room (marked as such).
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass

from explorer.core.markdown_escape import escape_inline
from explorer.core.workshop.arguments import argument_map
from explorer.core.workshop.plan import AgendaItem, Passage, ScenarioCard, letter, strip_cites
from explorer.core.workshop.session import STEP_LABELS, ItemRecord, WorkshopSession
from explorer.core.workshop.shift import NO_VOTE, Shift, item_shift, totals


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


Block = Heading | Paragraph | Bullets | Table | Quote
#: How a gloss is labelled everywhere in the app: it is ours, not the source's.
TRANSLATION_LABEL = "Translation (not in the source)"


def _clock(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes} min"


def _when(moment: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(moment))


def _spent(session: WorkshopSession, index: int, now: float) -> float:
    record = session.items[index]
    ongoing = now - session.since if index == session.item and session.since is not None else 0.0
    return record.seconds + max(0.0, ongoing)


def blocks(session: WorkshopSession, now: float | None = None) -> list[Block]:
    """The debrief as blocks, ready for ``to_markdown`` or ``to_html``."""
    moment = time.time() if now is None else now
    plan = session.plan
    found: list[Block] = [
        Heading(1, f"Debrief: {plan.title}"),
        Paragraph(
            f"Workshop of {_when(session.created)}; "
            f"{len(plan.agenda)} scenario{'s' if len(plan.agenda) != 1 else ''}, "
            f"{len(plan.groups)} group{'s' if len(plan.groups) != 1 else ''}. "
            + ("The session was finished." if session.finished else f"It stopped at: {_where(session)}.")
        ),
        Heading(2, "Agenda"),
        Table(
            ("#", "Scenario", "Stage", "Planned", "Discussion", "Time spent"),
            tuple(
                (
                    str(n + 1),
                    item.card.title,
                    item.card.stage_title,
                    f"{item.minutes} min",
                    f"{item.discussion_minutes} min",
                    _clock(_spent(session, n, moment)) if session.items[n].visited else "not reached",
                )
                for n, item in enumerate(plan.agenda)
            ),
        ),
        Heading(2, "Groups"),
        Table(
            ("Group", "People", "Role"),
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
    for role in plan.roles:
        found += [
            Heading(3, f"Role: {role.name}"),
            Paragraph(role.actor, muted=True),
            Paragraph(_reflow(strip_cites(role.brief))),
        ]
        found += [_quote(p) for p in role.passages]
    for index, item in enumerate(plan.agenda):
        found += list(_item_blocks(session, index, item, session.items[index]))
    if session.notes.strip():
        found += [Heading(2, "Session notes"), Paragraph(session.notes.strip())]
    found += [
        Heading(2, "Bibliography"),
        Bullets(tuple(reference.reference for reference in plan.references)),
    ]
    return found


def _reflow(text: str) -> str:
    """One paragraph of pack text as one line (its YAML line breaks are not meant)."""
    return re.sub(r"\s*\n\s*", " ", text.strip())


def _where(session: WorkshopSession) -> str:
    agenda = session.agenda_item()
    if agenda is None:
        return STEP_LABELS[session.step].lower()
    return f"scenario {session.item + 1}, {agenda.card.title}, {STEP_LABELS[session.step].lower()}"


def _quote(passage: Passage) -> Quote:
    return Quote(passage.quote, passage.source_label, passage.gloss if passage.lang != "en" else "")


def _item_blocks(
    session: WorkshopSession, index: int, item: AgendaItem, record: ItemRecord
) -> Iterator[Block]:
    card = item.card
    order = card.choice_ids()
    letters = [letter(i) for i in range(len(order))]
    yield Heading(2, f"{index + 1}. {card.title}: {card.stage_title}")
    yield Paragraph(f"{card.decision_maker} · {card.moment}", muted=True)
    yield Paragraph(f"**{card.question}**")
    yield Bullets(tuple(f"{letters[i]}. {choice.label}" for i, choice in enumerate(card.choices)))
    if not record.visited:
        yield Paragraph("Not reached in the session.", muted=True)
        return
    # Typed counts and phone ballots together (``ItemRecord.tally``).
    first_vote, second_vote = record.tally(1), record.tally(2)
    first_in, second_in = bool(first_vote), bool(second_vote)
    yield Heading(3, "Votes")
    if not first_in:
        yield Paragraph("No votes were entered.", muted=True)
    else:
        first = totals(first_vote, order)
        second = totals(second_vote, order) if second_in else None
        rows = []
        for i, label in enumerate(letters):
            after = str(second[i]) if second is not None else ""
            change = f"{second[i] - first[i]:+d}" if second is not None else ""
            rows.append((f"{label}. {card.choices[i].label}", str(first[i]), after, change))
        rows.append(("Total", str(sum(first)), str(sum(second)) if second is not None else "", ""))
        yield Table(("Choice", "First vote", "Second vote", "Change"), tuple(rows))
        yield Paragraph(_revealed(record), muted=True)
        yield Table(
            ("Group", "First vote", "Second vote"),
            tuple(
                (
                    group.name,
                    _tally(first_vote.get(group.id), order, letters),
                    _tally(second_vote.get(group.id), order, letters),
                )
                for group in session.plan.groups
            ),
        )
    if first_in and second_in:
        group_roles = {g.id: g.role for g in session.plan.groups}
        shift = item_shift(first_vote, second_vote, order, group_roles)
        names = dict(zip(order, letters, strict=True)) | {NO_VOTE: "no vote"}
        yield Heading(3, "Shift between the votes")
        yield Paragraph(
            "The smallest movement that explains the counts: exact for a group that votes as one, "
            "a lower bound for a group whose members voted separately.",
            muted=True,
        )
        rows = [("Whole room", *_shift_cells(shift.room, names))]
        rows += [(session.plan.group(gid).name, *_shift_cells(s, names)) for gid, s in shift.groups.items()]
        rows += [
            (f"Role: {session.plan.role(rid).name}", *_shift_cells(s, names))
            for rid, s in shift.roles.items()
        ]
        yield Table(("Who", "Moved", "Stayed", "From → to"), tuple(rows))
    yield from _argument_blocks(session, index)
    shown = [p for p in card.passages if p.citation_id in record.shown]
    if shown:
        yield Heading(3, "Passages shown")
        for passage in sorted(shown, key=lambda p: record.shown.index(p.citation_id)):
            yield _quote(passage)
    yield from _evidence_blocks(card, letters)
    if card.afterwards and record.visited:
        since = f" (after {card.as_of})" if card.as_of else ""
        yield Heading(3, f"What happened afterwards{since}")
        from explorer.core.search import plain_text  # Markdown as words (links, emphasis)

        for paragraph in re.split(r"\n\s*\n", plain_text(card.afterwards)):
            if paragraph.strip():
                yield Paragraph(_reflow(paragraph))
    if record.notes.strip():
        yield Heading(3, "Facilitator's notes")
        yield Paragraph(record.notes.strip())


def _evidence_blocks(card: ScenarioCard, letters: list[str]) -> Iterator[Block]:
    """Each choice's trade-offs with their evidence status, and the written step behind an inference."""
    if not any(choice.tradeoffs for choice in card.choices):
        return  # a session set up before trade-offs were copied into the plan
    # Imported here: the marks live with the matrix, which the room's screens never need.
    from explorer.core.pack.model import Evidence
    from explorer.core.reflection.matrix import EVIDENCE_MARKS, effect_symbol

    yield Heading(3, "Trade-offs and their evidence")
    for i, choice in enumerate(card.choices):
        items = []
        for t in choice.tradeoffs:
            mark = EVIDENCE_MARKS[Evidence(t.evidence)]
            line = f"{effect_symbol(t.effect)} {t.dimension} ({t.effect:+d}, {mark} {t.evidence}): {t.claim}"
            if t.reasoning:
                line += f" Reasoning: {' '.join(t.reasoning.split())}"
            items.append(line)
        yield Paragraph(f"**{letters[i]}. {choice.label}**")
        yield Bullets(tuple(items))


def _argument_blocks(session: WorkshopSession, index: int) -> Iterator[Block]:
    """The arguments the room accepted (``explorer.core.workshop.arguments``), choice by choice."""
    mapped = argument_map(session, index)
    if mapped is None or mapped.empty:
        return
    yield Heading(3, "Arguments the room accepted")
    for choice in mapped.choices:
        lines = [f"For: {a.text}" + (f" (+{a.also})" if a.also else "") for a in choice.pros]
        lines += [f"Against: {a.text}" + (f" (+{a.also})" if a.also else "") for a in choice.cons]
        if lines:
            yield Paragraph(f"**{choice.letter}. {choice.label}**")
            yield Bullets(tuple(lines))


def _revealed(record: ItemRecord) -> str:
    if record.second_revealed:
        return "Both rounds were revealed to the room."
    if record.first_revealed:
        return "The first round was revealed to the room; the second was not."
    return "The votes were not revealed to the room."


def _tally(tally: dict[str, int] | None, order: list[str], letters: list[str]) -> str:
    if tally is None:
        return "—"
    return ", ".join(f"{letters[i]} {tally.get(choice, 0)}" for i, choice in enumerate(order))


def _shift_cells(shift: Shift, names: dict[str, str]) -> tuple[str, str, str]:
    flows = "; ".join(f"{names[f.source]} → {names[f.target]}: {f.count}" for f in shift.flows) or "—"
    return str(shift.moved), str(shift.stayed), flows


# -- Markdown ---------------------------------------------------------------------------------------
def _md(text: str, line_start: bool = False) -> str:
    """Escape text typed by people (names, notes) or quoted from sources; keep **bold** of our own.

    The escaper is the one every Markdown export shares (``explorer.core.markdown_escape``).
    """
    bold = text.startswith("**") and text.endswith("**") and len(text) > 4
    inner = text[2:-2] if bold else text
    escaped = escape_inline(inner, line_start and not bold)
    return f"**{escaped}**" if bold else escaped


def to_markdown(session: WorkshopSession, now: float | None = None) -> str:
    lines: list[str] = []
    for block in blocks(session, now):
        if isinstance(block, Heading):
            lines += ["#" * block.level + " " + _md(block.text), ""]
        elif isinstance(block, Paragraph):
            text = "\n".join(_md(line, line_start=True) for line in block.text.splitlines())
            lines += [f"*{text}*" if block.muted else text, ""]
        elif isinstance(block, Bullets):
            lines += [f"- {_md(item)}" for item in block.items] + [""]
        elif isinstance(block, Table):
            lines.append("| " + " | ".join(_md(cell) for cell in block.header) + " |")
            lines.append("|" + "|".join("---" for _ in block.header) + "|")
            lines += ["| " + " | ".join(_md(cell) for cell in row) + " |" for row in block.rows]
            lines.append("")
        else:
            lines.append("> " + _md(block.text))
            if block.gloss:
                lines += [">", f"> *{TRANSLATION_LABEL}:* {_md(block.gloss)}"]
            lines += [">", f"> — {_md(block.source)}", ""]
    return "\n".join(lines).rstrip() + "\n"


# -- HTML -------------------------------------------------------------------------------------------
_STYLE = """
body { font-family: sans-serif; line-height: 1.4; max-width: 52em; margin: 2em auto; color: #1b1f24; }
table { border-collapse: collapse; margin: 0.5em 0 1em 0; }
th, td { border: 1px solid #8a9098; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #e9ebee; }
blockquote { margin: 0.5em 0 1em 0; padding: 0.3em 1em; border-left: 4px solid #0b57d0; background: #f4f6f8; }
.gloss { color: #333b44; }
.source { color: #555b62; }
.muted { color: #555b62; }
"""


def _html_inline(text: str) -> str:
    escaped = html.escape(text)
    if text.startswith("**") and text.endswith("**") and len(text) > 4:
        return f"<b>{html.escape(text[2:-2])}</b>"
    return escaped.replace("\n", "<br>")


def to_html(session: WorkshopSession, now: float | None = None) -> str:
    """A self-contained HTML page; also what the PDF is printed from (QTextDocument's subset)."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape('Debrief: ' + session.title)}</title>",
        f"<style>{_STYLE}</style></head><body>",
    ]
    for block in blocks(session, now):
        if isinstance(block, Heading):
            parts.append(f"<h{block.level}>{html.escape(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            css = ' class="muted"' if block.muted else ""
            parts.append(f"<p{css}>{_html_inline(block.text)}</p>")
        elif isinstance(block, Bullets):
            parts.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in block.items) + "</ul>")
        elif isinstance(block, Table):
            head = "".join(f"<th>{html.escape(cell)}</th>" for cell in block.header)
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
                for row in block.rows
            )
            parts.append(f'<table border="1" cellspacing="0" cellpadding="4"><tr>{head}</tr>{body}</table>')
        else:
            gloss = (
                f'<br><span class="gloss"><i>{TRANSLATION_LABEL}:</i> {html.escape(block.gloss)}</span>'
                if block.gloss
                else ""
            )
            parts.append(
                f"<blockquote>“{html.escape(block.text)}”{gloss}"
                f'<br><span class="source">— {html.escape(block.source)}</span></blockquote>'
            )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def export_text(session: WorkshopSession, fmt: str, now: float | None = None) -> str:
    """``md`` or ``html``; ``WorkshopError``-free: an unknown format is a ``ValueError``."""
    if fmt == "md":
        return to_markdown(session, now)
    if fmt == "html":
        return to_html(session, now)
    raise ValueError(f"unknown debrief format {fmt!r} (md or html)")
