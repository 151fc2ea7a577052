"""How much of each source a pack cites, what it cites most, and what it ignores.

An author uses this to find what is missing: a long stretch of a source that no
scenario cites is either irrelevant or a dilemma nobody has written yet.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from explorer.core.evidence.corpus import Corpus, SourceDocument
from explorer.core.evidence.textindex import collapse_whitespace
from explorer.core.pack.loader import LoadedPack
from explorer.core.pack.model import Evidence
from explorer.core.vocabulary import counted

#: A stretch of at least this many visible characters with no citation is reported.
LONG_GAP = 600
#: Blocks an author would never cite as an argument; they are left out of the gaps.
_APPARATUS = frozenset({"footnote", "caption", "meta", "signature", "byline", "author-note"})


@dataclass(frozen=True, slots=True)
class Passage:
    start: int
    end: int
    line: int
    text: str
    citations: int = 0
    visible_chars: int = 0


@dataclass
class SourceCoverage:
    source_id: str
    label: str
    visible_chars: int
    cited_chars: int
    citations: int
    scenarios: list[str]
    most_cited: list[Passage] = field(default_factory=list)
    uncited: list[Passage] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.cited_chars / self.visible_chars if self.visible_chars else 0.0


@dataclass
class PackSummary:
    scenarios: int
    stages: int
    choices: int
    tradeoffs: int
    citations: int
    citation_uses: int
    evidence: dict[str, int]


def summarize(pack: LoadedPack) -> PackSummary:
    """Counts of the pack's content, and trade-offs by evidence status."""
    statuses: Counter[str] = Counter()
    choices = tradeoffs = stages = uses = 0
    for scenario in pack.scenarios:
        stages += len(scenario.stages)
        for _stage, choice in scenario.choices():
            choices += 1
            tradeoffs += len(choice.tradeoffs)
            statuses.update(t.evidence.value for t in choice.tradeoffs)
            uses += sum(len(t.citations) for t in choice.tradeoffs)
            uses += sum(len(a.citations) for a in choice.arguments_for + choice.arguments_against)
    return PackSummary(
        scenarios=len(pack.scenarios),
        stages=stages,
        choices=choices,
        tradeoffs=tradeoffs,
        citations=len(pack.anchors),
        citation_uses=uses,
        evidence={status.value: statuses.get(status.value, 0) for status in Evidence},
    )


def _passage(document: SourceDocument, start: int, end: int, citations: int = 0, limit: int = 160) -> Passage:
    # Shown as the reading edition has it: words the PDF broke across lines are whole again.
    shown_span = document.edition.edition_span(start, end)
    source_text = (
        document.edition.text[shown_span[0] : shown_span[1]] if shown_span else document.original[start:end]
    )
    text = collapse_whitespace(source_text)
    visible = sum(1 for char in document.original[start:end] if not char.isspace())
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return Passage(start, end, document.stripped.line_of(start), shown, citations, visible)


def _edition_passage(document: SourceDocument, start: int, end: int, limit: int = 160) -> Passage:
    """A passage given by edition offsets, located by its first original line."""
    edition = document.edition
    body = [
        edition.text[max(start, block.start) : min(end, block.end)]
        for block in edition.blocks
        if block.kind not in _APPARATUS and block.end > start and block.start < end
    ]
    visible = sum(len(piece) - piece.count(" ") for piece in body)
    shown = collapse_whitespace(" ".join(body))
    shown = shown if len(shown) <= limit else shown[: limit - 1] + "…"
    first = edition.original_position(start)
    return Passage(start, end, document.stripped.line_of(max(first, 0)), shown, 0, visible)


def source_coverage(document: SourceDocument, pack: LoadedPack, top: int = 5) -> SourceCoverage:
    original = document.original
    cited = bytearray(len(original))
    spans: Counter[tuple[int, int]] = Counter()
    scenarios: set[str] = set()
    for (scenario_id, _citation_id), anchor in pack.anchors.items():
        if anchor.source_id != document.id:
            continue
        spans[(anchor.start, anchor.end)] += 1
        scenarios.add(scenario_id)
        cited[anchor.start : anchor.end] = b"\x01" * (anchor.end - anchor.start)

    # Walk the reading edition, in reading order, so a gap is a stretch a reader
    # would see (footnote columns the PDF put in between do not split it).
    edition = document.edition
    visible = cited_chars = 0
    gaps: list[tuple[int, int]] = []
    gap_start, gap_end, gap_visible = -1, -1, 0
    for block in edition.blocks:
        counts_for_gaps = block.kind not in _APPARATUS
        for index in range(block.start, block.end):
            position = edition.original_position(index)
            if position < 0:
                continue
            visible += 1
            if cited[position]:
                cited_chars += 1
                if gap_visible >= LONG_GAP:
                    gaps.append((gap_start, gap_end))
                gap_start, gap_visible = -1, 0
            elif counts_for_gaps:
                if gap_start < 0:
                    gap_start = index
                gap_end, gap_visible = index + 1, gap_visible + 1
    if gap_visible >= LONG_GAP:
        gaps.append((gap_start, gap_end))

    # Overlapping quotes of one passage count together: group by the span they share.
    most = sorted(spans.items(), key=lambda item: (-item[1], item[0]))[:top]
    uncited = sorted(
        (_edition_passage(document, start, end) for start, end in gaps), key=lambda p: -p.visible_chars
    )[:top]
    return SourceCoverage(
        source_id=document.id,
        label=document.metadata.label,
        visible_chars=visible,
        cited_chars=cited_chars,
        citations=sum(spans.values()),
        scenarios=sorted(scenarios),
        most_cited=[_passage(document, start, end, count) for (start, end), count in most],
        uncited=uncited,
    )


def coverage(pack: LoadedPack, corpus: Corpus, top: int = 5) -> list[SourceCoverage]:
    return [source_coverage(document, pack, top) for document in corpus]


def format_report(summary: PackSummary, sources: list[SourceCoverage]) -> str:
    lines = [
        f"Pack: {counted(summary.scenarios, 'scenario')}, {counted(summary.stages, 'stage')}, "
        f"{counted(summary.choices, 'choice')}, {counted(summary.tradeoffs, 'trade-off')}, "
        f"{counted(summary.citations, 'citation')} ({counted(summary.citation_uses, 'use')} "
        "in trade-offs and arguments)",
        "Trade-offs by evidence: "
        + ", ".join(
            f"{status} {count} ({count / summary.tradeoffs:.0%})" if summary.tradeoffs else f"{status} 0"
            for status, count in summary.evidence.items()
        ),
        "",
    ]
    for source in sources:
        lines.append(
            f"{source.source_id} ({source.label}): {source.share:.0%} cited "
            f"({source.cited_chars:,} of {source.visible_chars:,} characters), "
            f"{counted(source.citations, 'citation')} in {counted(len(source.scenarios), 'scenario')}"
        )
        if source.most_cited:
            lines.append("  most cited:")
            lines += [f"    {p.citations}× line {p.line}: “{p.text}”" for p in source.most_cited]
        if source.uncited:
            lines.append(f"  longest stretches cited nowhere (≥ {LONG_GAP} characters):")
            lines += [
                f"    line {p.line}, {p.visible_chars:,} characters: “{p.text}”" for p in source.uncited
            ]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


@dataclass(frozen=True, slots=True)
class CoverageMap:
    """Where a pack cites one source, for the source viewer's coverage map (edition offsets)."""

    length: int
    #: Cited spans, merged where quotes overlap or touch.
    cited: list[tuple[int, int]]
    #: Stretches of at least ``LONG_GAP`` visible characters that nothing cites, in reading order.
    uncited: list[tuple[int, int]]


def coverage_map(document: SourceDocument, pack: LoadedPack) -> CoverageMap:
    spans = sorted(
        (anchor.edition_start, anchor.edition_end)
        for anchor in pack.anchors.values()
        if anchor.source_id == document.id
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    gaps = source_coverage(document, pack, top=len(document.edition.text)).uncited
    return CoverageMap(len(document.edition.text), merged, sorted((p.start, p.end) for p in gaps))
