"""“Cited in” links: overlap logic and where each use of a citation is."""

from __future__ import annotations

import pytest

from explorer.core.evidence.anchoring import Anchor
from explorer.core.evidence.backlinks import backlinks, overlaps, scenario_citations, source_citations
from explorer.core.pack.loader import LoadedPack


def _anchor(start: int, end: int) -> Anchor:
    return Anchor("s", start, end, start, end, "nl")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (10, 20, True),  # the same span
        (0, 11, True),  # overlaps the first character
        (19, 30, True),  # overlaps the last character
        (12, 15, True),  # inside
        (0, 50, True),  # around
        (0, 10, False),  # ends where the anchor starts
        (20, 30, False),  # starts where the anchor ends
        (15, 15, True),  # a position inside
        (20, 20, False),  # a position just after
    ],
)
def test_overlap(start: int, end: int, expected: bool) -> None:
    assert overlaps(_anchor(10, 20), start, end) is expected


def test_exact_passage_lists_every_use(good_pack: LoadedPack) -> None:
    _, anchor = good_pack.citation("belgian-presence", "small-army")
    links = backlinks(good_pack, anchor.source_id, anchor.start, anchor.end)
    small = [link for link in links if link.citation_id == "small-army"]
    assert {link.place for link in small} == {"context", "argument-for", "tradeoff", "notes"}
    assert all(link.exact for link in small)
    tradeoff = next(link for link in small if link.place == "tradeoff")
    assert tradeoff.where == (
        "Quality or quantity? › What to offer the UN › Keep a qualitative presence › "
        "Small staff contributions spare the army's limited numbers."
    )
    assert tradeoff.choice_id == "qualitative-presence"
    assert tradeoff.stage_id == "the-offer"


def test_overlapping_passage_is_found_but_not_exact(good_pack: LoadedPack) -> None:
    _, anchor = good_pack.citation("belgian-presence", "small-army")
    links = backlinks(good_pack, anchor.source_id, anchor.end - 5, anchor.end + 1)
    assert links and {link.citation_id for link in links} == {"small-army"}
    assert not any(link.exact for link in links)


def test_unrelated_span_and_other_source_find_nothing(good_pack: LoadedPack) -> None:
    _, anchor = good_pack.citation("belgian-presence", "small-army")
    assert backlinks(good_pack, anchor.source_id, 0, 1) == []
    assert backlinks(good_pack, "kamerbrief-2018", anchor.start, anchor.end) == []


def test_whole_document_lists_all_its_citations(good_pack: LoadedPack, corpus: object) -> None:
    links = backlinks(good_pack, "fod-bz-vredesoperaties", 0, 10**9)
    assert {link.citation_id for link in links} == {"small-army", "command-liaison", "civilian-means"}


def test_citation_listed_but_used_only_in_a_tradeoff(good_pack: LoadedPack) -> None:
    _, anchor = good_pack.citation("belgian-presence", "civilian-means")
    links = backlinks(good_pack, anchor.source_id, anchor.start, anchor.end)
    assert [(link.place, link.choice_id) for link in links] == [("tradeoff", "civilian-experts")]


def test_navigation_orders(good_pack: LoadedPack) -> None:
    in_scenario = [p.citation_id for p in scenario_citations(good_pack, "belgian-presence")]
    assert in_scenario == [
        "small-army",
        "command-liaison",
        "civilian-means",
        "critical-assets",
        "budget-cuts",
    ]
    in_source = source_citations(good_pack, "fod-bz-vredesoperaties")
    starts = [p.anchor.edition_start for p in in_source]
    assert starts == sorted(starts) and len(in_source) == 3
    assert scenario_citations(good_pack, "no-such-scenario") == []
