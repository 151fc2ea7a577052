"""The order a newcomer should take the scenarios in: a path, not the pack's file order.

The recommended first scenario (the shortest introductory one: the pack names no other)
comes first, then the rest from introductory to advanced, shorter before longer, so the
flagship campaign is not tenth nor first.
"""

from __future__ import annotations

from collections.abc import Sequence

from explorer.core.pack.model import Difficulty, Scenario

_LEVEL = {Difficulty.INTRODUCTORY: 0, Difficulty.INTERMEDIATE: 1, Difficulty.ADVANCED: 2}


def recommended_first(scenarios: Sequence[Scenario]) -> Scenario | None:
    """Where a newcomer should start: the shortest introductory scenario, else the first."""
    introductory = [s for s in scenarios if s.difficulty is Difficulty.INTRODUCTORY]
    if introductory:
        return min(introductory, key=lambda s: s.minutes)
    return scenarios[0] if scenarios else None


def path_order(scenarios: Sequence[Scenario]) -> list[Scenario]:
    """The scenarios as a path: the recommended first, then by difficulty, length and title."""
    first = recommended_first(scenarios)
    return sorted(
        scenarios,
        key=lambda s: (s is not first, _LEVEL.get(s.difficulty, 1), s.minutes, s.title.casefold()),
    )
