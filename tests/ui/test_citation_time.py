"""A citation's ``about`` (the time its passage describes) is shown wherever its source is named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from explorer.core.evidence.corpus import Corpus
from explorer.ui.source_viewer import SourceViewer
from explorer.ui.tradeoffs import TradeOffMatrix
from tests.pack_edits import edited_pack
from tests.ui.test_scenario_view import _link_titles


def _letter_describes_2017(data: dict[str, Any]) -> None:
    data["evidence"]["critical-assets"]["about"] = "2017"


def test_scenario_view_names_the_time_a_passage_describes(
    make_window, tmp_path: Path, corpus: Corpus
) -> None:  # type: ignore[no-untyped-def]
    pack = edited_pack(tmp_path / "pack", corpus, _letter_describes_2017)
    assert not pack.problems
    window = make_window(pack.directory)
    browser = window.scenario_view.browser
    links = _link_titles(browser)
    assert links["cite:critical-assets"].startswith("Kamerbrief 23 maart 2018, about 2017: “")
    # Other citations keep the plain label: only a citation that says `about` gets one.
    assert ", about" not in links["cite:small-army"]
    assert "Kamerbrief 23 maart 2018, about 2017" in browser.toPlainText()  # the cited-by line of its uses


def test_source_viewer_says_the_passage_describes_an_earlier_time(
    qtbot, appearance, tmp_path: Path, corpus: Corpus
) -> None:  # type: ignore[no-untyped-def]
    pack = edited_pack(tmp_path / "pack", corpus, _letter_describes_2017)
    viewer = SourceViewer(corpus, appearance=appearance)
    qtbot.addWidget(viewer)
    viewer.set_pack(pack)
    with qtbot.waitExposed(viewer):
        viewer.show()
    viewer.show_citation("belgian-presence", "critical-assets")
    panel = viewer.passage_panel
    assert panel.about.isVisible()
    assert panel.about.text().startswith(
        "Kamerbrief 23 maart 2018, about 2017: the passage describes that time"
    )
    assert panel.about.accessibleName() == "Time the cited passage describes"
    viewer.show_citation("belgian-presence", "small-army")
    assert not panel.about.isVisible() and panel.about.text() == ""


def test_trade_off_matrix_lists_a_citation_with_its_time(
    qtbot, appearance, tmp_path: Path, corpus: Corpus
) -> None:  # type: ignore[no-untyped-def]
    pack = edited_pack(tmp_path / "pack", corpus, _letter_describes_2017)
    matrix = TradeOffMatrix(corpus=corpus, appearance=appearance)
    qtbot.addWidget(matrix)
    matrix.resize(1000, 600)
    matrix.set_pack(pack)
    matrix.set_scenario("belgian-presence", None)
    with qtbot.waitExposed(matrix):
        matrix.show()
    table = matrix.model.table
    assert table is not None
    row = [c.id for c in table.choices].index("qualitative-presence")
    column = [d.id for d in table.dimensions].index("protection-of-civilians")
    cell = matrix.model.index(row, column)
    qtbot.mouseClick(
        matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=matrix.table.visualRect(cell).center()
    )
    [text] = [matrix.citations.index(r).data() for r in range(matrix.citations.rowCount())]
    assert "— Kamerbrief 23 maart 2018, about 2017" in text


def test_the_time_a_passage_describes_is_said_as_the_interface_says_dates(in_language) -> None:  # type: ignore[no-untyped-def]
    """``about: 2013-11-01`` in the file; "about 1 November 2013" in English, in Dutch "1 november 2013"."""
    from explorer.ui.plain_text import source_with_time

    assert source_with_time("Buitelaar & Van Willigen 2021", "2013-11-01") == (
        "Buitelaar & Van Willigen 2021, about 1 November 2013"
    )
    in_language("nl")
    dutch = source_with_time("Buitelaar & Van Willigen 2021", "2017-09")
    assert "september 2017" in dutch and "2017-09" not in dutch
