"""What a widget draws in words follows a live language switch, drawn again by its ``retranslate_ui``.

The live-switch walk (``test_live_language``) reads labels, headers and names; it does not see
the presenter's argument map (hidden until the facilitator shows it) nor the rows of the search
results (a tree without a header). These are drawn in the language of the moment too. A small
Dutch translation of their words is built here, so the check does not wait for the translators.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.search import build_index
from explorer.core.workshop.arguments import ArgumentMap, ChoiceArguments, MappedArgument
from explorer.ui import i18n
from explorer.ui.search_panel import SearchPanel
from explorer.ui.workshop.argument_map_screen import ArgumentMapScreen
from tests.ui.test_search_panel import _section

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import translations  # tools/translations.py: the same lrelease as ./dev.sh

DUTCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ArgumentMapScreen</name>
    <message>
        <source>No arguments on the map yet.</source><translation>Nog geen argumenten.</translation>
    </message>
    <message><source> (+%1)</source><translation> (en %1 keer)</translation></message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message><source>Sources</source><translation>Bronnen</translation></message>
    <message>
        <source>Enter opens the passage, highlighted</source><translation>Enter opent de passage</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def switch_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[Callable[[str], None]]:
    """Switch as View → Language does (translators installed, a LanguageChange to every window),
    to the small Dutch above or back to English; English again afterwards."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "explorer_nl.ts").write_text(DUTCH_TS, encoding="utf-8")
    assert translations.release(folder) == [folder / "explorer_nl.qm"]
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    before = QLocale()

    def switch(language: str) -> None:
        i18n.Translations.current(qapp).apply(language)
        QCoreApplication.sendPostedEvents()  # the LanguageChange posted to each window

    yield switch
    i18n.Translations.current(qapp).apply("en")
    QLocale.setDefault(before)


def test_the_shown_argument_map_is_drawn_again_in_the_new_language(qtbot, switch_to) -> None:  # type: ignore[no-untyped-def]
    presenter = QWidget()
    presenter.resize(1280, 720)
    qtbot.addWidget(presenter)
    presenter.show()
    screen = ArgumentMapScreen(presenter)
    screen.set_map(ArgumentMap("Troops or enablers?", (ChoiceArguments("A", "Troops"),)))
    screen.show_map(True)
    assert "No arguments on the map yet." in screen.label.text()

    switch_to("nl")
    assert "Nog geen argumenten." in screen.label.text()
    assert "Troops or enablers?" in screen.label.text()  # the room's own words stay as they are

    # With arguments: "(+2)" for two who said the same, in the words of the moment.
    screen.set_map(
        ArgumentMap(
            "Troops or enablers?", (ChoiceArguments("A", "Troops", pros=(MappedArgument("Cheap", 2),)),)
        )
    )
    assert "Cheap (en 2 keer)" in screen.label.text()
    switch_to("en")
    assert "Cheap (+2)" in screen.label.text() and "keer" not in screen.label.text()
    assert screen.accessibleName() == "Map of the room's arguments"


def test_search_results_are_listed_again_in_the_new_language_at_the_same_place(  # type: ignore[no-untyped-def]
    qtbot, switch_to, appearance, corpus: Corpus, good_pack: LoadedPack
) -> None:
    panel = SearchPanel(appearance=appearance)
    qtbot.addWidget(panel)
    panel.set_index(build_index(good_pack, corpus))
    panel.show()
    qtbot.keyClicks(panel.query, "onpartijdigheid")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)  # searches at once
    sources = _section(panel, "Sources (")
    assert sources.isValid()
    hit = panel.model.index(0, 0, panel.model.index(0, 0, sources))
    assert hit.data(Qt.ItemDataRole.ToolTipRole) == "Enter opens the passage, highlighted"
    panel.view.setCurrentIndex(hit)

    switch_to("nl")
    sources = _section(panel, "Bronnen (")
    assert sources.isValid() and not _section(panel, "Sources (").isValid()
    current = panel.view.currentIndex()
    assert current.data(Qt.ItemDataRole.ToolTipRole) == "Enter opent de passage"
    assert (current.parent().parent().row(), current.parent().row(), current.row()) == (sources.row(), 0, 0)

    switch_to("en")
    assert _section(panel, "Sources (").isValid()
    assert (
        panel.view.currentIndex().data(Qt.ItemDataRole.ToolTipRole) == "Enter opens the passage, highlighted"
    )
