"""The trade-off matrix of a stage: choices × the dimensions they touch.

Qt-free data behind the matrix table and chart. A cell holds the trade-offs a
choice states on one dimension (usually one). Symbols and marks are defined here
so the table, the chart, exports and tests agree on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.pack.loader import LoadedPack
from explorer.core.pack.model import Choice, Dimension, Evidence, Stage, TradeOff

#: Direction and strength as a symbol, so colour never carries it alone.
EFFECT_SYMBOLS = {2: "▲▲", 1: "▲", -1: "▼", -2: "▼▼"}
#: How well the documents back a trade-off: full, half, empty.
EVIDENCE_MARKS = {Evidence.STATED: "●", Evidence.INFERRED: "◐", Evidence.ASSUMPTION: "○"}
_STRENGTH = {Evidence.ASSUMPTION: 0, Evidence.INFERRED: 1, Evidence.STATED: 2}


def effect_symbol(effect: int) -> str:
    return EFFECT_SYMBOLS.get(max(-2, min(2, effect)), "·")


@dataclass(frozen=True, slots=True)
class Cell:
    """What one choice does to one dimension."""

    choice: Choice
    dimension: Dimension
    tradeoffs: tuple[TradeOff, ...]

    @property
    def effect(self) -> int:
        """The net effect, kept within −2…+2."""
        return max(-2, min(2, sum(t.effect for t in self.tradeoffs)))

    @property
    def evidence(self) -> Evidence:
        """The weakest evidence among the cell's trade-offs: the honest summary."""
        return min((t.evidence for t in self.tradeoffs), key=_STRENGTH.__getitem__)

    @property
    def citations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for t in self.tradeoffs for c in t.citations))

    @property
    def symbol(self) -> str:
        return effect_symbol(self.effect)

    @property
    def mark(self) -> str:
        return EVIDENCE_MARKS[self.evidence]


@dataclass(frozen=True)
class TradeOffTable:
    scenario_id: str
    stage: Stage
    choices: tuple[Choice, ...]
    dimensions: tuple[Dimension, ...]
    cells: dict[tuple[int, int], Cell]

    def cell(self, row: int, column: int) -> Cell | None:
        return self.cells.get((row, column))

    def totals(self, row: int) -> tuple[int, int]:
        """Sum of the gains and of the losses (as a negative number) of a choice."""
        effects = [c.effect for (r, _), c in self.cells.items() if r == row]
        return sum(e for e in effects if e > 0), sum(e for e in effects if e < 0)


def tradeoff_table(pack: LoadedPack, scenario_id: str, stage_id: str | None = None) -> TradeOffTable:
    """The matrix of one stage (the first if ``stage_id`` is None or unknown).

    Columns are the dimensions the stage's choices use, in the pack's order, so
    the same dimension sits in the same place in every scenario.
    """
    scenario = pack.scenario(scenario_id)
    stage = next((s for s in scenario.stages if s.id == stage_id), scenario.stages[0])
    used = {t.dimension for choice in stage.choices for t in choice.tradeoffs}
    dimensions = [d for d in pack.info.dimensions if d.id in used]
    known = {d.id for d in dimensions}
    # A dimension the pack does not declare is a validation error; show it anyway.
    dimensions += [Dimension(id=d, label=d, description=d) for d in sorted(used - known)]
    column = {d.id: i for i, d in enumerate(dimensions)}
    cells: dict[tuple[int, int], Cell] = {}
    for row, choice in enumerate(stage.choices):
        grouped: dict[int, list[TradeOff]] = {}
        for tradeoff in choice.tradeoffs:
            grouped.setdefault(column[tradeoff.dimension], []).append(tradeoff)
        for col, tradeoffs in grouped.items():
            cells[(row, col)] = Cell(choice, dimensions[col], tuple(tradeoffs))
    return TradeOffTable(scenario_id, stage, tuple(stage.choices), tuple(dimensions), cells)
