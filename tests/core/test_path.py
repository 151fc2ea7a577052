"""The library's path order for newcomers."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import msgspec

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import load_pack
from explorer.core.pack.model import Difficulty
from explorer.core.pack.path import path_order, recommended_first

BUNDLED = Path(__file__).resolve().parents[2] / "scenarios"


def test_the_path_starts_with_the_shortest_introductory_scenario_then_climbs(corpus: Corpus) -> None:
    pack = load_pack(BUNDLED, corpus)
    ordered = path_order(pack.scenarios)
    assert sorted(s.id for s in ordered) == sorted(s.id for s in pack.scenarios)
    first = recommended_first(pack.scenarios)
    assert first is not None and ordered[0] is first
    levels = [list(Difficulty).index(s.difficulty) for s in ordered[1:]]
    assert levels == sorted(levels), "introductory before intermediate before advanced"
    # Within a level, shorter first.
    for a, b in pairwise(ordered[1:]):
        if a.difficulty is b.difficulty:
            assert a.minutes <= b.minutes


def test_the_shortest_introductory_scenario_is_recommended_wherever_it_is_in_the_pack(corpus: Corpus) -> None:
    scenarios = load_pack(BUNDLED, corpus).scenarios
    last, before = scenarios[-1], scenarios[-2]
    easy = msgspec.structs.replace(last, difficulty=Difficulty.INTRODUCTORY, minutes=30)
    easier = msgspec.structs.replace(before, difficulty=Difficulty.INTRODUCTORY, minutes=20)
    ordered = path_order([*scenarios[:-2], easier, easy])
    assert [s.id for s in ordered[:2]] == [before.id, last.id]


def test_an_empty_pack_has_no_path() -> None:
    assert path_order([]) == []
    assert recommended_first([]) is None
