"""The search panel: type like a user (accents left out), open what was found."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.search import build_index, fold
from explorer.ui.search_panel import SearchPanel


@pytest.fixture
def panel(qtbot, appearance, corpus: Corpus, good_pack: LoadedPack) -> SearchPanel:  # type: ignore[no-untyped-def]
    panel = SearchPanel(appearance=appearance)
    qtbot.addWidget(panel)
    panel.resize(450, 650)
    panel.set_index(build_index(good_pack, corpus))
    with qtbot.waitExposed(panel):
        panel.show()
    return panel


def _section(panel: SearchPanel, title: str) -> QModelIndex:
    model = panel.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if str(index.data()).startswith(title):
            return index
    return QModelIndex()


def test_dutch_word_typed_without_accents_finds_passages_and_opens_one(
    qtbot, panel: SearchPanel, corpus: Corpus
) -> None:  # type: ignore[no-untyped-def]
    panel.focus_query()
    qtbot.keyClicks(panel.query, "geintegreerde")
    qtbot.waitUntil(lambda: _section(panel, "Sources").isValid())
    sources = _section(panel, "Sources")
    first_source = panel.model.index(0, 0, sources)
    hit = panel.model.index(0, 0, first_source)
    assert "geïntegreerde" in str(hit.data())
    panel.view.setFocus()
    panel.view.setCurrentIndex(hit)
    with qtbot.waitSignal(panel.passageActivated) as signal:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    source_id, start, end = signal.args
    text = corpus[source_id].edition.text
    assert 0 <= start < end <= len(text)
    assert fold(text[start:end]) == "geintegreerde"
    block = corpus[source_id].edition.block_at(start)
    assert block.start <= start and end <= block.end


def test_enter_in_the_query_goes_to_the_first_hit_and_opens_a_scenario(qtbot, panel: SearchPanel) -> None:  # type: ignore[no-untyped-def]
    panel.focus_query()
    qtbot.keyClicks(panel.query, "qualitative pres")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)  # searches at once, no need to wait for the debounce
    assert panel.view.hasFocus()
    assert panel.view.currentIndex().data() == "Quality or quantity?"
    with qtbot.waitSignal(panel.scenarioActivated) as signal:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert signal.args == ["belgian-presence"]


def test_results_are_grouped_with_counts(qtbot, panel: SearchPanel) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(panel.query, "onpartijdigheid")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    assert _section(panel, "Sources").data() == "Sources (3)"
    assert not _section(panel, "Scenarios").isValid()
    assert "3 passages in 3 sources" in panel.status.text()


@pytest.mark.parametrize("typed", ['"', "*", '("*', "^-:", ")(", "AND(", 'NEAR("a'])
def test_fts_syntax_typed_by_a_user_never_breaks_the_search(qtbot, panel: SearchPanel, typed: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(panel.query, typed)
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    words = any(ch.isalnum() for ch in typed)
    if words:  # operators are searched as plain words
        assert panel.status.text().startswith(("Found", "No matches"))
    else:
        assert panel.model.rowCount() == 0
        assert panel.status.text() == "No matches."


def test_typing_before_the_index_is_ready_waits_for_it(
    qtbot, appearance, corpus: Corpus, good_pack: LoadedPack
) -> None:  # type: ignore[no-untyped-def]
    panel = SearchPanel(appearance=appearance)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.query, "helikopters")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert "Preparing" in panel.status.text()
    panel.set_index(build_index(good_pack, corpus))  # the search runs as soon as the index arrives
    assert _section(panel, "Sources").isValid()
