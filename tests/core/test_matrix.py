"""The trade-off matrix data: columns, cells, symbols, evidence marks."""

from __future__ import annotations

from explorer.core.pack.loader import LoadedPack
from explorer.core.pack.model import Evidence
from explorer.core.reflection.matrix import effect_symbol, tradeoff_table


def test_columns_are_the_used_dimensions_in_pack_order(good_pack: LoadedPack) -> None:
    table = tradeoff_table(good_pack, "belgian-presence")
    assert [d.id for d in table.dimensions] == [
        "protection-of-civilians",
        "peacekeeper-safety",
        "national-readiness",
        "un-influence",
        "cost",
        "durable-peace",
    ]
    assert [c.id for c in table.choices] == ["qualitative-presence", "civilian-experts"]


def test_cells_carry_symbol_mark_and_citations(good_pack: LoadedPack) -> None:
    table = tradeoff_table(good_pack, "belgian-presence")
    column = [d.id for d in table.dimensions].index("un-influence")
    cell = table.cell(0, column)
    assert cell is not None
    assert (cell.symbol, cell.mark, cell.evidence) == ("▲", "●", Evidence.STATED)
    assert cell.citations == ("command-liaison",)
    cost = table.cell(1, [d.id for d in table.dimensions].index("cost"))
    assert cost is not None and cost.citations == ("budget-cuts", "civilian-means")
    assert table.cell(1, column) is None  # civilian experts say nothing about UN influence
    assert table.totals(0) == (2, -1)


def test_effect_symbols() -> None:
    assert [effect_symbol(e) for e in (-2, -1, 1, 2, 5)] == ["▼▼", "▼", "▲", "▲▲", "▲▲"]
