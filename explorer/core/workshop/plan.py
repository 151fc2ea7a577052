"""The set-up of a workshop: its agenda, groups and roles, frozen as a self-contained plan.

When a facilitator sets up a session, everything the room will see (a stage's
context, question and choices, the selected passages with their glosses, the
roles' briefs) and everything the debrief needs (full references) is copied from
the pack and the corpus into the plan. A session file therefore shows and
exports exactly what the room saw, even after the pack has been edited, and a
facilitator can copy it to another machine.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Annotated

import msgspec

from explorer.core.evidence.corpus import Corpus
from explorer.core.limits import MAX_ITEMS, Id, Name, Text
from explorer.core.pack.model import Citation, Evidence, Scenario, Stage
from explorer.core.vocabulary import ENGLISH, ExportLabels

if TYPE_CHECKING:
    from explorer.core.evidence.anchoring import Anchor
    from explorer.core.pack.loader import LoadedPack
    from explorer.core.workshop.roles import LoadedRoles

CITE_LINK = re.compile(r"\[([^\]]*)\]\(cite:([a-z0-9][a-z0-9-]*)\)")
#: The most passages the evidence step shows by default (one a screen, in large type).
DEFAULT_PASSAGES = 4
MAX_GROUPS = 60
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: Planned minutes of an agenda item or its discussion (a day at most).
Minutes = Annotated[int, msgspec.Meta(ge=0, le=24 * 60)]


class WorkshopError(Exception):
    """Something the workshop refuses to do; the message says why, for the facilitator."""


class PlanStruct(msgspec.Struct, forbid_unknown_fields=True):
    """Base of the plan's structs: a session file with unknown fields is refused."""


class Passage(PlanStruct):
    """A quoted passage as the room sees it: the words of the source and their gloss."""

    citation_id: Id
    source_id: Id
    source_label: Name
    quote: Text
    lang: Name
    gloss: Text = ""
    note: Text = ""


class TradeOffCard(PlanStruct):
    """A trade-off as the debrief prints it: its evidence status and, if inferred, the written step."""

    dimension: Name  # the dimension's label
    effect: Annotated[int, msgspec.Meta(ge=-2, le=2)]
    evidence: Evidence  # a session file with another value is refused, not shown
    claim: Text
    reasoning: Text = ""


class ChoiceCard(PlanStruct):
    id: Id
    label: Text
    description: Text
    #: For the debrief only; the room is never shown them (sessions saved before have none).
    tradeoffs: Annotated[list[TradeOffCard], msgspec.Meta(max_length=MAX_ITEMS)] = []


class ScenarioCard(PlanStruct):
    """One stage of a scenario, as copied from the pack when the session was set up."""

    scenario_id: Id
    stage_id: Id
    title: Text
    stage_title: Text
    decision_maker: Text
    moment: Text
    summary: Text
    context: Text  # Markdown with [words](cite:id) links
    question: Text
    choices: Annotated[list[ChoiceCard], msgspec.Meta(max_length=MAX_ITEMS)]
    passages: Annotated[list[Passage], msgspec.Meta(max_length=MAX_ITEMS)]
    #: Source of every citation the context links to (for the "sources" line).
    cite_sources: Annotated[dict[Id, Id], msgspec.Meta(max_length=MAX_ITEMS)] = {}
    #: The pack's notes for facilitators: private, never shown to the room.
    facilitator_notes: Text = ""
    discussion_prompts: Annotated[list[Text], msgspec.Meta(max_length=MAX_ITEMS)] = []
    #: The stage's date, and what happened after it: shown to the room only after the final reveal.
    as_of: Text = ""
    afterwards: Text = ""
    #: A stage replayed with later analysis: the date of the latest analysis it cites (the room is told).
    analysis_as_of: Text = ""

    def paragraphs(self) -> list[str]:
        """The context split into the paragraphs shown one screen at a time.

        A heading stays with the paragraph under it, so no screen shows a lone heading.
        """
        pages: list[str] = []
        heading = ""
        for part in (p.strip() for p in re.split(r"\n\s*\n", self.context)):
            if not part:
                continue
            if part.startswith("#") and "\n" not in part:
                heading = f"{heading}\n\n{part}" if heading else part
                continue
            pages.append(f"{heading}\n\n{part}" if heading else part)
            heading = ""
        if heading:
            pages.append(heading)
        return pages

    def choice_ids(self) -> list[str]:
        return [choice.id for choice in self.choices]


class AgendaItem(PlanStruct):
    card: ScenarioCard
    #: Planned time for the whole item, and for its discussion (the timer).
    minutes: Minutes
    discussion_minutes: Minutes


class Group(PlanStruct):
    id: Id
    name: Name
    role: Id | None = None
    #: How many people sit at the table, if the facilitator said (checks vote totals).
    size: Annotated[int, msgspec.Meta(ge=0, le=100_000)] | None = None


class RoleCard(PlanStruct):
    """A role a group argues from, with its cited brief (see ``explorer.core.workshop.roles``)."""

    id: Id
    name: Name
    actor: Text
    brief: Text  # Markdown with [words](cite:id) links into ``passages``
    passages: Annotated[list[Passage], msgspec.Meta(max_length=MAX_ITEMS)]
    questions: Annotated[list[Text], msgspec.Meta(max_length=MAX_ITEMS)] = []


class Reference(PlanStruct):
    source_id: Id
    label: Name
    reference: Text


class Plan(PlanStruct):
    title: Name
    agenda: Annotated[list[AgendaItem], msgspec.Meta(max_length=1_000)]
    groups: Annotated[list[Group], msgspec.Meta(max_length=1_000)]
    roles: Annotated[list[RoleCard], msgspec.Meta(max_length=1_000)] = []
    references: Annotated[list[Reference], msgspec.Meta(max_length=MAX_ITEMS)] = []
    #: The language the pack's text was copied in (``explorer.core.pack.pack_translation``): a
    #: quote in it needs no gloss; every other quote carries one in it.
    language: Name = "en"

    def group(self, group_id: str) -> Group:
        for group in self.groups:
            if group.id == group_id:
                return group
        raise WorkshopError(f"there is no group `{group_id}` in this session")

    def role(self, role_id: str) -> RoleCard:
        for role in self.roles:
            if role.id == role_id:
                return role
        raise WorkshopError(f"there is no role `{role_id}` in this session")

    def minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)


def strip_cites(markdown: str) -> str:
    """Markdown with ``[words](cite:id)`` reduced to ``words`` (for screens without links)."""
    return CITE_LINK.sub(lambda match: match.group(1), markdown)


def cited_ids(markdown: str) -> list[str]:
    """Citation ids linked from ``markdown``, first appearance first."""
    return list(dict.fromkeys(match.group(2) for match in CITE_LINK.finditer(markdown)))


def letter(index: int) -> str:
    """A, B, C … for the choices, so a group can call out its vote."""
    return LETTERS[index] if index < len(LETTERS) else str(index + 1)


def stage_citations(scenario: Scenario, stage: Stage) -> list[str]:
    """Every citation a stage uses: its context first, in order, then its choices'."""
    found = cited_ids(stage.context)
    for choice in stage.choices:
        found += cited_ids(choice.description)
        for argument in (*choice.arguments_for, *choice.arguments_against):
            found += argument.citations
        for tradeoff in choice.tradeoffs:
            found += tradeoff.citations
    return [cid for cid in dict.fromkeys(found) if cid in scenario.evidence]


def default_passages(scenario: Scenario, stage: Stage, limit: int = DEFAULT_PASSAGES) -> list[str]:
    """The passages a stage leans on most: cited most often, shown in the stage's order.

    A passage the context, the arguments and the trade-offs all cite is the one a
    room should read in full; ties keep the order in which the stage cites them.
    """
    order = stage_citations(scenario, stage)
    counts: Counter[str] = Counter(cited_ids(stage.context))
    for choice in stage.choices:
        for argument in (*choice.arguments_for, *choice.arguments_against):
            counts.update(argument.citations)
        for tradeoff in choice.tradeoffs:
            counts.update(tradeoff.citations)
    ranked = sorted(order, key=lambda cid: (-counts[cid], order.index(cid)))[:limit]
    return [cid for cid in order if cid in ranked]


def default_minutes(scenario: Scenario) -> tuple[int, int]:
    """Planned minutes for one stage and for its discussion."""
    per_stage = max(10, round(scenario.minutes / max(1, len(scenario.stages))))
    return per_stage, max(5, per_stage // 3)


def _passage(pack: LoadedPack, corpus: Corpus, scenario_id: str, citation_id: str) -> Passage:
    citation, anchor = pack.citation(scenario_id, citation_id)
    return _passage_of(corpus, citation_id, citation, anchor)


def _passage_of(corpus: Corpus, citation_id: str, citation: Citation, anchor: Anchor) -> Passage:
    """What the room is shown of a citation: the quote, its gloss and its source's label."""
    return Passage(
        citation_id=citation_id,
        source_id=citation.source,
        source_label=corpus[citation.source].metadata.label,
        quote=citation.quote,
        lang=anchor.lang,
        gloss=citation.gloss,
        note=citation.note,
    )


def scenario_card(
    pack: LoadedPack,
    corpus: Corpus,
    scenario_id: str,
    stage_id: str | None = None,
    passage_ids: Sequence[str] | None = None,
) -> ScenarioCard:
    """Copy a stage of a scenario (the first if ``stage_id`` is None) for a session."""
    try:
        scenario = pack.scenario(scenario_id)
    except KeyError:
        raise WorkshopError(f"the pack has no scenario `{scenario_id}`") from None
    stage = next((s for s in scenario.stages if stage_id in (None, s.id)), None)
    if stage is None:
        raise WorkshopError(f"scenario `{scenario_id}` has no stage `{stage_id}`")
    chosen = list(passage_ids) if passage_ids is not None else default_passages(scenario, stage)
    unknown = [cid for cid in chosen if cid not in scenario.evidence]
    if unknown:
        raise WorkshopError(f"scenario `{scenario_id}` has no passage {', '.join(unknown)}")
    cite_sources = {
        cid: scenario.evidence[cid].source for cid in cited_ids(stage.context) if cid in scenario.evidence
    }
    return ScenarioCard(
        scenario_id=scenario.id,
        stage_id=stage.id,
        title=scenario.title,
        stage_title=stage.title,
        decision_maker=scenario.decision_maker,
        moment=stage.moment or scenario.moment,
        summary=scenario.summary,
        context=stage.context.strip(),
        question=stage.question,
        choices=[
            ChoiceCard(
                c.id,
                c.label,
                c.description.strip(),
                [
                    TradeOffCard(
                        pack.dimension_label(t.dimension), t.effect, t.evidence, t.claim, t.reasoning
                    )
                    for t in c.tradeoffs
                ],
            )
            for c in stage.choices
        ],
        passages=[_passage(pack, corpus, scenario.id, cid) for cid in dict.fromkeys(chosen)],
        cite_sources=cite_sources,
        facilitator_notes=scenario.facilitator_notes.strip(),
        discussion_prompts=list(scenario.discussion_prompts),
        as_of=stage.as_of,
        afterwards=stage.afterwards.strip(),
        analysis_as_of=stage.analysis_as_of,
    )


def agenda_item(
    pack: LoadedPack,
    corpus: Corpus,
    scenario_id: str,
    stage_id: str | None = None,
    minutes: int | None = None,
    discussion_minutes: int | None = None,
    passage_ids: Sequence[str] | None = None,
) -> AgendaItem:
    card = scenario_card(pack, corpus, scenario_id, stage_id, passage_ids)
    planned, discussion = default_minutes(pack.scenario(scenario_id))
    return AgendaItem(
        card,
        minutes if minutes is not None else planned,
        discussion_minutes if discussion_minutes is not None else discussion,
    )


def role_card(roles: LoadedRoles, corpus: Corpus, role_id: str) -> RoleCard:
    role = roles.role(role_id)
    passages = []
    for citation_id, citation in role.evidence.items():
        passages.append(_passage_of(corpus, citation_id, citation, roles.anchors[(role.id, citation_id)]))
    return RoleCard(role.id, role.name, role.actor, role.brief.strip(), passages, list(role.questions))


def _references(
    corpus: Corpus, agenda: Iterable[AgendaItem], roles: Iterable[RoleCard], labels: ExportLabels
) -> list[Reference]:
    used: list[str] = []
    for item in agenda:
        used += list(item.card.cite_sources.values()) + [p.source_id for p in item.card.passages]
    for role in roles:
        used += [p.source_id for p in role.passages]
    found = []
    for source_id in sorted(set(used)):
        if source_id in corpus:
            metadata = corpus[source_id].metadata
            found.append(Reference(source_id, metadata.label, metadata.reference(labels)))
    return sorted(found, key=lambda r: r.reference.lower())


def new_plan(
    title: str,
    agenda: Sequence[AgendaItem],
    groups: Sequence[tuple[str, str | None, int | None]],
    corpus: Corpus,
    roles: LoadedRoles | None = None,
    language: str = "en",
    labels: ExportLabels = ENGLISH,
) -> Plan:
    """A checked plan: ``groups`` are (name, role id or None, size or None).

    ``language`` is the one the agenda's cards and the roles were made in (from the pack in
    that language: ``in_language``, ``roles_in``); ``labels`` write the bibliography's references
    (their kind and language), English unless the interface passes its own, as the cards are.
    """
    title = title.strip()
    if not title:
        raise WorkshopError("give the session a title")
    if not agenda:
        raise WorkshopError("put at least one scenario on the agenda")
    if not groups:
        raise WorkshopError("name at least one group (one group for the whole room is fine)")
    if len(groups) > MAX_GROUPS:
        raise WorkshopError(f"at most {MAX_GROUPS} groups")
    for item in agenda:
        if item.minutes < 1 or item.discussion_minutes < 1:
            raise WorkshopError(f"“{item.card.title}”: planned minutes must be at least 1")
        if item.discussion_minutes > item.minutes:
            raise WorkshopError(f"“{item.card.title}”: the discussion is longer than the whole item")
        if len(item.card.choices) < 2:
            raise WorkshopError(f"“{item.card.title}”: a vote needs at least two choices")
    names = [name.strip() for name, _role, _size in groups]
    if any(not name for name in names):
        raise WorkshopError("every group needs a name")
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise WorkshopError(f"two groups are called {', '.join(repeated)}; give each a different name")
    cards: dict[str, RoleCard] = {}
    made = []
    for number, (name, role_id, size) in enumerate(groups, start=1):
        if size is not None and size < 1:
            raise WorkshopError(f"group {name}: the number of people must be at least 1")
        if role_id:
            if roles is None:
                raise WorkshopError(f"group {name}: roles are not loaded")
            try:
                cards.setdefault(role_id, role_card(roles, corpus, role_id))
            except KeyError:
                raise WorkshopError(f"group {name}: there is no role `{role_id}`") from None
        made.append(Group(f"g{number}", name.strip(), role_id or None, size))
    return Plan(
        title=title,
        agenda=list(agenda),
        groups=made,
        roles=list(cards.values()),
        references=_references(corpus, agenda, cards.values(), labels),
        language=language,
    )
