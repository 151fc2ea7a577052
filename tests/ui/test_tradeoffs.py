"""The trade-off matrix and chart, driven by mouse and keyboard."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack, load_pack
from explorer.ui.theme import Theme
from explorer.ui.tradeoff_chart import TradeOffChart
from explorer.ui.tradeoffs import TradeOffMatrix

SCENARIO = "belgian-presence"
GOOD = Path(__file__).resolve().parents[1] / "data" / "packs" / "good"


@pytest.fixture
def matrix(qtbot, appearance, corpus: Corpus, good_pack: LoadedPack) -> TradeOffMatrix:  # type: ignore[no-untyped-def]
    matrix = TradeOffMatrix(corpus=corpus, appearance=appearance)
    qtbot.addWidget(matrix)
    matrix.resize(1000, 600)
    matrix.set_pack(good_pack)
    matrix.set_scenario(SCENARIO, None)
    with qtbot.waitExposed(matrix):
        matrix.show()
    return matrix


def _index(matrix: TradeOffMatrix, choice_id: str, dimension_id: str) -> QModelIndex:
    table = matrix.model.table
    assert table is not None
    row = [c.id for c in table.choices].index(choice_id)
    column = [d.id for d in table.dimensions].index(dimension_id)
    return matrix.model.index_for(row, column)  # either layout: transposed when narrow


def test_cell_shows_symbol_and_evidence_mark(matrix: TradeOffMatrix) -> None:
    influence = _index(matrix, "qualitative-presence", "un-influence")
    assert influence.data() == "▲ ●"
    tooltip = influence.data(Qt.ItemDataRole.ToolTipRole)
    assert "better (+1)" in tooltip and "stated in the cited documents" in tooltip
    assert "Presence in many conflict areas keeps Belgium visible." in tooltip
    assert _index(matrix, "qualitative-presence", "protection-of-civilians").data() == "▼ ◐"
    assert _index(matrix, "civilian-experts", "durable-peace").data() == "▲ ○"
    axis = Qt.Orientation.Vertical if matrix.model.transposed else Qt.Orientation.Horizontal
    header = matrix.model.headerData(0, axis).replace("\n", " ")
    assert header == "Protection of civilians"  # pack order, only the dimensions in use
    assert len(matrix.model.table.dimensions) == 6


def test_clicking_a_cell_lists_its_citations_and_activating_one_emits(qtbot, matrix: TradeOffMatrix) -> None:  # type: ignore[no-untyped-def]
    cost = _index(matrix, "civilian-experts", "cost")
    qtbot.mouseClick(
        matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=matrix.table.visualRect(cost).center()
    )
    citations = matrix.citations
    assert citations.rowCount() == 2
    first = citations.index(0).data()
    assert first.startswith("“With both fields facing growing pressure") and "KUNO 2026" in first
    assert "Translation (not in the source): In recent years" in citations.index(1).data()
    assert "Civilian deployments also draw on budgets" in matrix.cell_title.text()
    view = matrix.citation_view
    view.setFocus()
    view.setCurrentIndex(citations.index(1))
    with qtbot.waitSignal(matrix.citationActivated) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [SCENARIO, "civilian-means"]


def test_keyboard_only_from_cell_to_citation(qtbot, matrix: TradeOffMatrix) -> None:  # type: ignore[no-untyped-def]
    matrix.table.setFocus()
    matrix.table.setCurrentIndex(matrix.model.index(0, 0))
    influence = _index(matrix, "qualitative-presence", "un-influence")
    for _ in range(influence.row()):
        qtbot.keyClick(matrix.table, Qt.Key.Key_Down)
    for _ in range(influence.column()):
        qtbot.keyClick(matrix.table, Qt.Key.Key_Right)
    qtbot.keyClick(matrix.table, Qt.Key.Key_Return)  # shows the citations and moves into them
    assert matrix.citation_view.hasFocus()
    with qtbot.waitSignal(matrix.citationActivated) as signal:
        qtbot.keyClick(matrix.citation_view, Qt.Key.Key_Return)
    assert signal.args == [SCENARIO, "command-liaison"]


def test_assumption_cell_says_it_has_no_citations(qtbot, matrix: TradeOffMatrix) -> None:  # type: ignore[no-untyped-def]
    safety = _index(matrix, "civilian-experts", "peacekeeper-safety")
    qtbot.mouseClick(
        matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=matrix.table.visualRect(safety).center()
    )
    assert matrix.citations.rowCount() == 0
    assert "facilitator assumption" in matrix.cell_title.text()


def test_chart_paints_and_a_click_on_a_bar_selects_the_cell(qtbot, matrix: TradeOffMatrix) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(matrix.chart_button, Qt.MouseButton.LeftButton)
    assert matrix.chart.isVisible()
    image = matrix.chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).rgb() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 10  # panels, bars, text: not blank
    assert "Keep a qualitative presence" in matrix.chart.accessibleDescription()
    assert matrix.chart.bars()  # laid out while painting
    bar, row, column = matrix.chart.bars()[0]
    qtbot.mouseClick(matrix.chart, Qt.MouseButton.LeftButton, pos=bar.center())
    assert matrix.model.choice_dimension(matrix.table.currentIndex()) == (row, column)
    assert matrix.cell_title.text().startswith("<b>")
    qtbot.mouseClick(matrix.table_button, Qt.MouseButton.LeftButton)
    assert matrix.table.isVisible()


@pytest.mark.parametrize("width", [380, 560, 900])
def test_the_chart_shows_every_choice_at_once_side_by_side(
    qtbot, appearance, matrix: TradeOffMatrix, width: int
) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: all choices compared on a dimension at a glance, even in a narrow column."""
    table = matrix.model.table
    assert table is not None
    chart = TradeOffChart(appearance=appearance)  # on its own, at exactly this width
    qtbot.addWidget(chart)
    chart.set_table(table)
    chart.resize(width, chart._height_for(width))
    chart.grab()  # paint, so the chart reports where it drew each marker
    claimed = {
        (row, col)
        for row in range(len(table.choices))
        for col in range(len(table.dimensions))
        if table.cell(row, col) is not None
    }
    drawn = {(row, col) for _, row, col in chart.bars()}
    assert drawn == claimed  # one marker per claimed effect, of every choice
    # Markers of one dimension sit in one band, so choices are compared side by side, and all
    # of them lie inside the chart's width.
    for col in range(len(table.dimensions)):
        rects = [rect for rect, _, c in chart.bars() if c == col]
        if len(rects) > 1:
            band = max(r.bottom() for r in rects) - min(r.top() for r in rects)
            assert band < 3 * rects[0].height(), (col, band)
        assert all(r.left() >= 0 and r.right() <= width for r in rects)
    # The effect decides the column: a better effect is always further right.
    for col in range(len(table.dimensions)):
        placed = sorted(
            (table.cell(row, c).effect, rect.center().x())  # type: ignore[union-attr]
            for rect, row, c in chart.bars()
            if c == col
        )
        for (e1, x1), (e2, x2) in itertools.pairwise(placed):
            if e2 > e1:
                assert x2 > x1, (col, placed)


@pytest.mark.parametrize("chosen", [Theme.DARK, Theme.HIGH_CONTRAST, Theme.LIGHT])
def test_chart_bars_use_the_effect_colours(matrix: TradeOffMatrix, appearance, chosen: Theme) -> None:  # type: ignore[no-untyped-def]
    """In the theme in use, after a live switch (the chart is painted from its appearance)."""
    appearance.set_theme(chosen)
    matrix.show_chart(True)
    image = matrix.chart.grab().toImage()
    colours = appearance.colours()
    wanted = {colours.effect(1).rgb(), colours.effect(-1).rgb()}
    seen = {image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(0, image.height(), 2)}
    assert wanted <= {QColor(c).rgb() for c in seen}


TWO_STAGES = """
id: two-stages
title: Two stages
decision_maker: A government
moment: Now
summary: A decision and what follows.
minutes: 10
difficulty: introductory
evidence:
  small-army:
    source: fod-bz-vredesoperaties
    quote: >-
      De getalsterkte van ons leger is niet zo groot dat we overal belangrijke
      contingenten kunnen inzetten.
    gloss: Our army is not big enough to deploy large contingents everywhere.
stages:
  - id: first
    title: First decision
    context: "[Small army](cite:small-army)."
    question: Go or stay?
    next: second
    choices:
      - id: go
        label: Go
        description: Go.
        tradeoffs:
          - {dimension: cost, effect: -2, claim: It costs., evidence: assumption}
          - dimension: un-influence
            effect: 1
            claim: It is seen.
            evidence: stated
            citations: [small-army]
      - id: stay
        label: Stay
        description: Stay.
        tradeoffs:
          - {dimension: cost, effect: 1, claim: It saves., evidence: assumption}
          - {dimension: un-influence, effect: -1, claim: It is not seen., evidence: assumption}
  - id: second
    title: Second decision
    context: Later.
    question: Again?
    choices:
      - id: again
        label: Again
        description: Again.
        tradeoffs:
          - {dimension: burden-sharing, effect: 2, claim: Shares., evidence: assumption}
          - {dimension: durable-peace, effect: -1, claim: Less peace., evidence: assumption}
      - id: never
        label: Never
        description: Never.
        tradeoffs:
          - {dimension: burden-sharing, effect: -2, claim: Shares less., evidence: assumption}
          - {dimension: durable-peace, effect: 1, claim: More peace., evidence: assumption}
facilitator_notes: Notes.
discussion_prompts: [Why?]
"""


def test_stage_selector_switches_the_matrix(qtbot, appearance, tmp_path: Path, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "pack.yaml").write_text((GOOD / "pack.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "two-stages.yaml").write_text(TWO_STAGES, encoding="utf-8")
    pack = load_pack(tmp_path, corpus)
    assert [s.id for s in pack.scenarios] == ["two-stages"], [p.format() for p in pack.errors]
    matrix = TradeOffMatrix(corpus=corpus, appearance=appearance)
    qtbot.addWidget(matrix)
    matrix.set_pack(pack)
    matrix.set_scenario("two-stages", "second")
    with qtbot.waitExposed(matrix):
        matrix.show()
    assert matrix.stage_box.isVisible()
    assert matrix.stage_box.currentData() == "second"
    axis = Qt.Orientation.Vertical if matrix.model.transposed else Qt.Orientation.Horizontal
    headers = [matrix.model.headerData(c, axis).replace("\n", " ") for c in range(2)]
    assert headers == ["Durable peace and root causes", "Burden sharing"]
    matrix.stage_box.setFocus()
    qtbot.keyClick(matrix.stage_box, Qt.Key.Key_Up)
    assert matrix.stage_box.currentData() == "first"
    assert matrix.model.index_for(0, 0).data() == "▲ ●"  # Go › Influence in the UN
    assert matrix.model.index_for(0, 1).data() == "▼▼ ○"  # Go › Cost


@pytest.mark.parametrize("width", [1600, 900, 520, 240])
def test_every_dimension_is_visible_at_any_width(qtbot, matrix: TradeOffMatrix, width: int) -> None:  # type: ignore[no-untyped-def]
    matrix.resize(width, 600)
    qtbot.waitUntil(lambda: matrix.table.width() > 0)
    matrix._fit_columns()  # as the resize does, once laid out
    table = matrix.table
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width(), "a column is out of view"
    dimensions = len(matrix.model.table.dimensions)
    if matrix.model.transposed:  # narrow: dimensions are the rows, named in full in the tooltip
        assert matrix.model.rowCount() == dimensions
        tip = matrix.model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
        assert "Protection of civilians" in tip
    else:
        assert matrix.model.columnCount() == dimensions
    assert width > 1000 or matrix.model.transposed
    choices = [c.label for c in matrix.model.table.choices]
    if matrix.model.numbered:  # too narrow even for the choices' names: numbers, keyed above
        assert width < 520
        assert matrix.choice_key.isVisible()
        assert matrix.choice_key.text().splitlines() == [f"{n}  {c}" for n, c in enumerate(choices, 1)]
        header = [matrix.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(choices))]
        assert header == [str(n) for n in range(1, len(choices) + 1)]
        spoken = Qt.ItemDataRole.AccessibleTextRole
        assert matrix.model.headerData(0, Qt.Orientation.Horizontal, spoken) == choices[0]
    else:
        assert not matrix.choice_key.isVisible()
    assert not table.horizontalScrollBar().isVisible()
    assert width > 240 or matrix.model.numbered
