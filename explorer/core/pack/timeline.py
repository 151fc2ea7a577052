"""Time in a scenario: a stage dated before a source was written should not cite it as present fact.

A stage's ``as_of`` is YYYY, YYYY-MM or YYYY-MM-DD; a source's date is free text
in its metadata ("2021", "2018-03-23", "19 February 2026", "after 2020"). Each is
read as the range of days it may mean, and a warning is raised only when the
stage certainly comes first: the last day the stage may mean is before the first
day the source may have been written. What a stage's ``afterwards`` block cites
is exempt: it is shown only once the choice is made.

A later source may rightly describe the stage's own time (a 2021 article on a 2013
decision), and no check can tell that from hindsight presented as present fact. The
author says so, citation by citation, with ``about`` (the time the passage describes):
such a citation may be shown before a choice dated on or after that time. Without it
the warning comes once per stage and source, listing the uses for the author to read.
An ``about`` later than its own source is an error in any mode: no text describes
what had not yet happened when it was written.

Some decisions predate every document that discusses them (the 2013 Dutch contribution to
MINUSMA; the sources date from 2018 to 2026). Such a stage can be *replayed with later
analysis*: ``analysis_as_of`` names the date of the latest analysis its arguments may cite
before the choice, and the app labels the stage so wherever it is read or shown. Sources
written up to that date are then no warning; the author still keeps the events after
``as_of`` (what the decision led to) in ``afterwards``, since no date check can tell an
analysis from a report of the outcome.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from explorer.core.evidence.corpus import Corpus
from explorer.core.evidence.source_date import date_range
from explorer.core.pack.checks import Finding, stage_references
from explorer.core.pack.model import Citation, Scenario


def check_about(scenario: Scenario, corpus: Corpus) -> Iterator[Finding]:
    """Errors for citations whose ``about`` is later than their source's own date."""
    for citation_id, citation in scenario.evidence.items():
        if not citation.about or citation.source not in corpus:
            continue
        metadata = corpus[citation.source].metadata
        about, written = date_range(citation.about), date_range(metadata.date)
        if about is not None and written is not None and about[0] > written[1]:
            yield Finding(
                f"evidence.{citation_id}.about",
                f"`about: {citation.about}` is later than the source itself ({metadata.label}, dated "
                f"{metadata.date}): a passage can only describe its own time or earlier; give the time "
                "the passage speaks of, or remove `about`",
            )


def check_replay(scenario: Scenario) -> Iterator[Finding]:
    """Errors for an ``analysis_as_of`` that is not after its stage's ``as_of`` (or has none)."""
    for s, stage in enumerate(scenario.stages):
        if not stage.analysis_as_of:
            continue
        decided = date_range(stage.as_of) if stage.as_of else None
        analysed = date_range(stage.analysis_as_of)
        if decided is None or analysed is None or analysed[1] <= decided[1]:
            yield Finding(
                f"stages[{s}].analysis_as_of",
                f"`analysis_as_of: {stage.analysis_as_of}` must come after the stage's `as_of` "
                f"({stage.as_of or 'missing'}): it dates the later analysis a replayed stage may cite; "
                "give the stage an earlier `as_of`, or remove `analysis_as_of`",
            )


def _known_by(citation: Citation, stage_end: date) -> bool:
    """True if the citation says it describes a time on or before the stage's last day."""
    about = date_range(citation.about) if citation.about else None
    return about is not None and about[0] <= stage_end


def check_dates(scenario: Scenario, corpus: Corpus) -> Iterator[Finding]:
    """One warning per stage and later source: the stage is dated before the source, yet cites it
    before the choice, and the citation's ``about`` (if any) does not put the passage at or before
    the stage's date. Located at the first such citation, naming both dates and every use."""
    for s, stage in enumerate(scenario.stages):
        stage_range = date_range(stage.as_of) if stage.as_of else None
        if stage_range is None:
            continue
        # A replayed stage may cite what was written up to its `analysis_as_of`.
        replay = date_range(stage.analysis_as_of) if stage.analysis_as_of else None
        cited_up_to = max(stage_range[1], replay[1]) if replay else stage_range[1]
        uses: dict[str, list[tuple[str, str]]] = {}  # source id → (path, citation id), in order
        for path, citation_id in stage_references(stage, s):
            citation = scenario.evidence.get(citation_id)
            if citation is None or citation.source not in corpus:
                continue
            source_range = date_range(corpus[citation.source].metadata.date)
            if source_range is None or cited_up_to >= source_range[0]:
                continue
            if not _known_by(citation, stage_range[1]):
                uses.setdefault(citation.source, []).append((path, citation_id))
        for source_id, cited in uses.items():
            metadata = corpus[source_id].metadata
            path, first = cited[0]
            ids = list(dict.fromkeys(cid for _, cid in cited))
            listed = ", ".join(f"`{cid}`" for cid in ids)
            more = f" ({len(cited)} uses: {listed})" if len(cited) > 1 else ""
            late = [
                f"`{cid}` (about {scenario.evidence[cid].about})"
                for cid in ids
                if scenario.evidence[cid].about
            ]
            later_about = (
                f"; {', '.join(late)} describe{'s' if len(late) == 1 else ''} a later time" if late else ""
            )
            yield Finding(
                path,
                f"stage `{stage.id}` is dated {stage.as_of}, but cites {metadata.label}, dated "
                f"{metadata.date}, before the choice{more}{later_about}: what a later source reports cannot "
                "be known at the stage's date; if a passage describes that time or earlier, say so with "
                "`about: YYYY` on its evidence entry, otherwise move it to the stage's `afterwards`",
                "warning",
                # Inside Markdown, point at the link itself rather than the start of the block.
                needle="" if path.rsplit(".", 1)[-1].startswith("citations") else f"cite:{first})",
            )
