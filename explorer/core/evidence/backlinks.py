"""Where a passage of a source is cited: the "cited in" links of the source viewer.

A passage is cited wherever a scenario uses a citation whose anchor overlaps it:
inline in a stage's context or a choice's description (``cite:`` links), behind
an argument or a trade-off, in the facilitator notes. A citation listed in a
scenario's evidence but used nowhere still counts, at the scenario level.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from explorer.core.evidence.anchoring import Anchor
from explorer.core.pack.loader import LoadedPack
from explorer.core.pack.model import Scenario
from explorer.core.vocabulary import ENGLISH, ExportLabels

_CITE_LINK = re.compile(r"\]\(cite:([^)\s]*)\)")
SEPARATOR = " › "


@dataclass(frozen=True, slots=True)
class Backlink:
    """One place in a scenario that cites (part of) a passage."""

    scenario_id: str
    citation_id: str
    stage_id: str | None
    choice_id: str | None
    #: context, choice, argument-for, argument-against, tradeoff, notes or evidence.
    place: str
    #: For a person: scenario title › stage › choice › trade-off claim.
    where: str
    anchor: Anchor
    #: The citation covers exactly the passage asked about, not just part of it.
    exact: bool


def overlaps(anchor: Anchor, start: int, end: int) -> bool:
    """Whether an anchor's original span shares a character with ``start..end``.

    An empty span (a position) overlaps the anchor that contains it.
    """
    if end <= start:
        return anchor.start <= start < anchor.end
    return anchor.start < end and start < anchor.end


def cited_ids(markdown: str) -> list[str]:
    """Citation ids linked from Markdown, in order, without repeats."""
    return list(dict.fromkeys(_CITE_LINK.findall(markdown)))


def citation_uses(
    scenario: Scenario, citation_id: str, labels: ExportLabels = ENGLISH
) -> Iterator[tuple[str | None, str | None, str, str]]:
    """Every use of a citation in a scenario as (stage id, choice id, place, where).

    ``labels``: the words of ``where`` ("Context", "For:"), English unless the interface passes its own.
    """
    used = False
    for stage in scenario.stages:
        trail = (scenario.title, stage.title)
        if citation_id in cited_ids(stage.context):
            used = True
            yield stage.id, None, "context", _where(*trail, labels.translate("Export", "Context"))
        for choice in stage.choices:
            at_choice = (*trail, choice.label)
            if citation_id in cited_ids(choice.description):
                used = True
                yield stage.id, choice.id, "choice", _where(*at_choice)
            for place, arguments, label in (
                ("argument-for", choice.arguments_for, labels.translate("Export", "For:")),
                ("argument-against", choice.arguments_against, labels.translate("Export", "Against:")),
            ):
                for argument in arguments:
                    if citation_id in argument.citations:
                        used = True
                        yield stage.id, choice.id, place, _where(*at_choice, f"{label} {argument.text}")
            for tradeoff in choice.tradeoffs:
                if citation_id in tradeoff.citations:
                    used = True
                    yield stage.id, choice.id, "tradeoff", _where(*at_choice, tradeoff.claim)
    if citation_id in cited_ids(scenario.facilitator_notes):
        used = True
        yield None, None, "notes", _where(scenario.title, labels.translate("Export", "Facilitator notes"))
    if not used:
        yield None, None, "evidence", _where(scenario.title, labels.translate("Export", "Evidence"))


def _where(*parts: str) -> str:
    return SEPARATOR.join(part.strip() for part in parts if part.strip())


@dataclass(frozen=True, slots=True)
class _SourceIndex:
    """One source's citations sorted by where they start, for overlap queries."""

    starts: list[int]
    entries: list[tuple[Anchor, str, str]]  # anchor, scenario id, citation id
    longest: int  # the widest anchor: how far before a span an overlapping one can start


def _source_index(pack: LoadedPack, source_id: str) -> _SourceIndex:
    indexes: dict[str, _SourceIndex] | None = pack.derived.get("backlinks")
    if indexes is None or pack.derived.get("backlinks-size") != len(pack.anchors):
        grouped: dict[str, list[tuple[Anchor, str, str]]] = {}
        for (scenario_id, citation_id), anchor in pack.anchors.items():
            grouped.setdefault(anchor.source_id, []).append((anchor, scenario_id, citation_id))
        indexes = {}
        for source, entries in grouped.items():
            entries.sort(key=lambda entry: entry[0].start)
            longest = max(anchor.end - anchor.start for anchor, _, _ in entries)
            indexes[source] = _SourceIndex([a.start for a, _, _ in entries], entries, longest)
        pack.derived["backlinks"] = indexes
        pack.derived["backlinks-size"] = len(pack.anchors)
    return indexes.get(source_id) or _SourceIndex([], [], 0)


def prepare(pack: LoadedPack) -> None:
    """Build the lookups a citation click needs now, so the first click does not pay for them.

    Meant for the worker thread that loaded the pack (100,000 scenarios: a fraction of a
    second that would otherwise land on the first click).
    """
    if pack.scenarios:
        pack.scenario(pack.scenarios[0].id)
    pack.derived["order"] = {s.id: n for n, s in enumerate(pack.scenarios)}
    _source_index(pack, "")


def backlinks(
    pack: LoadedPack,
    source_id: str,
    original_start: int,
    original_end: int,
    limit: int | None = None,
    labels: ExportLabels = ENGLISH,
) -> list[Backlink]:
    """Every place in ``pack`` citing the original span ``original_start..original_end``
    of ``source_id`` or a span overlapping it, in pack and document order.

    Looks only at the citations that can overlap (an index by position, built once
    per pack), so a click costs about the same in a pack of ten scenarios or 100,000;
    ``limit`` stops after that many places (a passage cited thousands of times);
    ``labels``: the words of each place's ``where`` (``citation_uses``).
    """
    index = _source_index(pack, source_id)
    low = bisect.bisect_left(index.starts, original_start - index.longest)
    high = bisect.bisect_left(index.starts, max(original_end, original_start + 1))
    order = pack.derived.get("order")
    if order is None or len(order) != len(pack.scenarios):
        order = pack.derived["order"] = {s.id: n for n, s in enumerate(pack.scenarios)}
    hits = sorted(
        (
            (order.get(scenario_id, 0), scenario_id, citation_id, anchor)
            for anchor, scenario_id, citation_id in index.entries[low:high]
            if overlaps(anchor, original_start, original_end)
        ),
        key=lambda hit: hit[0],
    )
    found: list[Backlink] = []
    for _, scenario_id, citation_id, anchor in _in_evidence_order(pack, hits):
        scenario = pack.scenario(scenario_id)
        exact = (anchor.start, anchor.end) == (original_start, original_end)
        for stage_id, choice_id, place, where in citation_uses(scenario, citation_id, labels):
            found.append(Backlink(scenario.id, citation_id, stage_id, choice_id, place, where, anchor, exact))
        if limit is not None and len(found) >= limit:
            return found[:limit]
    return found


def _in_evidence_order(
    pack: LoadedPack, hits: list[tuple[int, str, str, Anchor]]
) -> Iterator[tuple[int, str, str, Anchor]]:
    """``hits`` (sorted by scenario) with each scenario's citations in its evidence order."""
    start = 0
    while start < len(hits):
        end = start
        while end < len(hits) and hits[end][0] == hits[start][0]:
            end += 1
        position = {cid: n for n, cid in enumerate(pack.scenario(hits[start][1]).evidence)}
        yield from sorted(hits[start:end], key=lambda hit: position.get(hit[2], 0))
        start = end


@dataclass(frozen=True, slots=True)
class CitedPassage:
    """A citation of a scenario and where it stands."""

    scenario_id: str
    citation_id: str
    anchor: Anchor


def scenario_citations(pack: LoadedPack, scenario_id: str) -> list[CitedPassage]:
    """A scenario's resolved citations in the order its author listed the evidence."""
    try:
        scenario = pack.scenario(scenario_id)
    except KeyError:
        return []
    return [
        CitedPassage(scenario_id, citation_id, pack.anchors[(scenario_id, citation_id)])
        for citation_id in scenario.evidence
        if (scenario_id, citation_id) in pack.anchors
    ]


def source_citations(pack: LoadedPack, source_id: str) -> list[CitedPassage]:
    """Every citation of one source across the pack, in reading order."""
    passages = [
        CitedPassage(scenario_id, citation_id, anchor)
        for (scenario_id, citation_id), anchor in pack.anchors.items()
        if anchor.source_id == source_id
    ]
    return sorted(passages, key=lambda p: (p.anchor.edition_start, p.anchor.edition_end, p.scenario_id))
