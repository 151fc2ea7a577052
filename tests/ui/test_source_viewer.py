"""The source viewer, driven like a reader: open a citation, read its gloss, check the
original, find in the document, copy with the reference, follow "cited in" links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.search import fold
from explorer.ui.source_viewer import COMPACT_LINES, SourceViewer
from explorer.ui.vocabulary import export_labels

SCENARIO = "belgian-presence"


@pytest.fixture
def viewer(qtbot, appearance, corpus: Corpus, good_pack: LoadedPack) -> SourceViewer:  # type: ignore[no-untyped-def]
    viewer = SourceViewer(corpus, appearance=appearance)
    qtbot.addWidget(viewer)
    viewer.resize(1000, 700)
    viewer.set_pack(good_pack)
    with qtbot.waitExposed(viewer):
        viewer.show()
    return viewer


def _button(viewer: SourceViewer, name: str) -> QToolButton:
    return next(b for b in viewer.findChildren(QToolButton) if b.accessibleName() == name)


@pytest.mark.parametrize("citation_id", ["small-army", "critical-assets", "budget-cuts", "civilian-means"])
def test_show_citation_highlights_exactly_the_cited_span(
    viewer: SourceViewer, corpus: Corpus, good_pack: LoadedPack, citation_id: str
) -> None:
    viewer.show_citation(SCENARIO, citation_id)
    _, anchor = good_pack.citation(SCENARIO, citation_id)
    edition = corpus[anchor.source_id].edition
    assert viewer.current_source_id() == anchor.source_id
    assert viewer.highlighted_span() == (anchor.source_id, anchor.edition_start, anchor.edition_end)
    assert viewer.highlighted_text() == edition.text[anchor.edition_start : anchor.edition_end]
    # The caret (the reading position) is at the passage, and the passage is on screen.
    browser = viewer.pane.browser
    assert browser.cursorRect().top() >= 0
    assert browser.cursorRect().bottom() <= browser.viewport().height()


def test_dutch_citation_shows_its_gloss_marked_as_translation(
    viewer: SourceViewer, good_pack: LoadedPack
) -> None:
    viewer.show_citation(SCENARIO, "small-army")
    citation, _ = good_pack.citation(SCENARIO, "small-army")
    panel = viewer.passage_panel
    assert panel.gloss_box.isVisible()
    assert panel.gloss.text() == citation.gloss
    assert "Translation" in panel.gloss_heading.text() and "not in the source" in panel.gloss_heading.text()
    assert "Dutch" in panel.title.text()


@pytest.mark.parametrize("size", [(330, 600), (380, 560), (420, 600), (560, 520), (1000, 700)])
def test_the_whole_gloss_is_shown_when_the_viewer_is_narrow(
    qtbot, viewer: SourceViewer, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    # Narrow, the side panel sits under the text in a splitter, which sized it by its
    # minimum at some other width: the last line of a three-line gloss was cut off.
    viewer.resize(*size)
    viewer.show_citation(SCENARIO, "small-army")
    gloss = viewer.passage_panel.gloss

    def whole() -> None:
        assert gloss.height() >= gloss.heightForWidth(gloss.width())

    qtbot.waitUntil(whole)
    assert gloss.heightForWidth(gloss.width()) > gloss.fontMetrics().lineSpacing() * 1.5  # wraps


def test_a_low_viewer_keeps_the_reference_on_hover_and_the_lines_for_the_text(
    qtbot, viewer: SourceViewer, corpus: Corpus, good_pack: LoadedPack
) -> None:  # type: ignore[no-untyped-def]
    viewer.show_citation(SCENARIO, "small-army")
    _, anchor = good_pack.citation(SCENARIO, "small-army")
    reference = corpus[anchor.source_id].metadata.reference(export_labels())
    compact_below = COMPACT_LINES * viewer.fontMetrics().lineSpacing()
    assert viewer.height() >= compact_below
    assert "Reference: " in viewer.header.text() and viewer.header.toolTip() == ""
    tall = viewer.header.sizeHint().height()

    viewer.resize(1000, compact_below - 100)  # a 1024×700 laptop's viewer
    qtbot.waitUntil(lambda: "Reference" not in viewer.header.text())
    assert viewer.header.toolTip().endswith(reference)  # one hover away (and Copy with reference)
    assert viewer.header.sizeHint().height() < tall

    viewer.resize(1000, 700)
    qtbot.waitUntil(lambda: "Reference: " in viewer.header.text())
    assert viewer.header.toolTip() == ""


def test_larger_type_gives_the_passage_the_lines_the_reference_would_take(
    qtbot, viewer: SourceViewer, appearance, corpus: Corpus, good_pack: LoadedPack
) -> None:  # type: ignore[no-untyped-def]
    """Zoomed in for a projector, the header's lines grow with the text: at the same height the
    reference goes on hover (it was a third line, cut off mid-sentence below the details)."""
    viewer.show_citation(SCENARIO, "small-army")
    assert "Reference: " in viewer.header.text()
    for _ in range(6):
        appearance.zoom_in()
    qtbot.waitUntil(lambda: "Reference" not in viewer.header.text())
    assert viewer.height() == 700
    _, anchor = good_pack.citation(SCENARIO, "small-army")
    assert viewer.header.toolTip().endswith(corpus[anchor.source_id].metadata.reference(export_labels()))
    appearance.reset_zoom()
    qtbot.waitUntil(lambda: "Reference: " in viewer.header.text())


def test_english_citation_has_no_translation_box(viewer: SourceViewer) -> None:
    viewer.show_citation(SCENARIO, "budget-cuts")
    assert not viewer.passage_panel.gloss_box.isVisible()


def test_original_text_toggle_highlights_the_original_span(
    qtbot, viewer: SourceViewer, corpus: Corpus, good_pack: LoadedPack
) -> None:  # type: ignore[no-untyped-def]
    viewer.show_citation(SCENARIO, "critical-assets")
    _, anchor = good_pack.citation(SCENARIO, "critical-assets")
    qtbot.mouseClick(_button(viewer, "Original text"), Qt.MouseButton.LeftButton)
    assert viewer.showing_original()
    assert viewer.pane.original_view.isVisible()
    assert viewer.original_highlighted_text() == corpus[anchor.source_id].original[anchor.start : anchor.end]
    (selection,) = viewer.pane.original_view.extraSelections()
    assert (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (anchor.start, anchor.end)
    qtbot.keyClick(viewer.pane.original_view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert not viewer.showing_original()
    assert (
        viewer.highlighted_text()
        == corpus[anchor.source_id].edition.text[anchor.edition_start : anchor.edition_end]
    )


def test_find_in_document_moves_to_the_next_hit_on_enter(qtbot, viewer: SourceViewer, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    viewer.show_source("buitelaar-vanwilligen-2021")
    text = corpus["buitelaar-vanwilligen-2021"].edition.text
    qtbot.keyClick(viewer.pane.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.find_bar.isVisible()
    assert viewer.find_bar.field.hasFocus()
    qtbot.keyClicks(viewer.find_bar.field, "geintegreerde")  # typed without the diaeresis
    first = viewer.current_match()
    assert first is not None and text[first[0] : first[1]] == "geïntegreerde"
    qtbot.keyClick(viewer.find_bar.field, Qt.Key.Key_Return)
    second = viewer.current_match()
    assert second is not None and second[0] > first[0]
    assert fold(text[second[0] : second[1]]) == "geintegreerde"
    assert viewer.find_bar.count.text().startswith("2 of ")
    qtbot.keyClick(viewer.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.current_match() == first
    qtbot.keyClick(viewer.find_bar.field, Qt.Key.Key_Escape)
    assert not viewer.find_bar.isVisible()


def test_copy_with_reference_puts_quote_and_reference_on_the_clipboard(
    qtbot, viewer: SourceViewer, corpus: Corpus, good_pack: LoadedPack
) -> None:  # type: ignore[no-untyped-def]
    viewer.show_citation(SCENARIO, "small-army")
    _, anchor = good_pack.citation(SCENARIO, "small-army")
    source = corpus[anchor.source_id]
    qtbot.mouseClick(_button(viewer, "Copy with reference"), Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    quote = source.edition.text[anchor.edition_start : anchor.edition_end]
    assert copied.startswith(f"“{quote}” — {source.metadata.label}, {source.metadata.reference()}")
    assert "Translation (not in the source): The numerical strength" in copied


def test_copy_with_reference_prefers_the_selection(qtbot, viewer: SourceViewer, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    viewer.show_source("kuno-2026")
    browser = viewer.pane.browser
    browser.moveCursor(browser.textCursor().MoveOperation.Start)
    qtbot.keyClick(
        browser, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    )
    selected = viewer.pane.selected_text().strip()
    assert selected and corpus["kuno-2026"].edition.text.startswith(selected)
    qtbot.keyClick(
        browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert QGuiApplication.clipboard().text().startswith(f"“{selected}” — KUNO 2026, ")


def test_cited_in_lists_every_use_and_opens_the_scenario(qtbot, viewer: SourceViewer) -> None:  # type: ignore[no-untyped-def]
    viewer.show_citation(SCENARIO, "small-army")
    model = viewer.backlinks_panel.model
    wheres = [model.backlink(row).where for row in range(model.rowCount())]
    assert any(
        where.endswith("Small staff contributions spare the army's limited numbers.") for where in wheres
    )
    view = viewer.backlinks_panel.view
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(viewer.scenarioRequested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [SCENARIO]


def test_next_and_previous_citation_walk_the_scenario(
    qtbot, viewer: SourceViewer, good_pack: LoadedPack
) -> None:  # type: ignore[no-untyped-def]
    viewer.show_citation(SCENARIO, "civilian-means")
    assert "Citation 3 of 5" in viewer.nav_label.text()
    qtbot.mouseClick(_button(viewer, "Next citation"), Qt.MouseButton.LeftButton)
    _, anchor = good_pack.citation(SCENARIO, "critical-assets")  # next in the evidence list, another source
    assert viewer.highlighted_span() == (anchor.source_id, anchor.edition_start, anchor.edition_end)
    qtbot.keyClick(viewer.pane.browser, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    _, back = good_pack.citation(SCENARIO, "civilian-means")
    assert viewer.highlighted_span() == (back.source_id, back.edition_start, back.edition_end)


def test_a_search_passage_is_highlighted_and_walks_this_source(viewer: SourceViewer, corpus: Corpus) -> None:
    source = corpus["fod-bz-vredesoperaties"]
    start = source.edition.text.index("Vredesoperaties")
    viewer.show_passage(source.id, start, start + len("Vredesoperaties"))
    assert viewer.highlighted_text() == "Vredesoperaties"
    assert "in this document" in viewer.nav_label.text()
    viewer.next_citation()  # the first citation of this source after the passage
    span = viewer.highlighted_span()
    assert span is not None and span[0] == source.id and span[1] > start


def test_show_source_highlights_nothing_and_lists_all_citations(viewer: SourceViewer) -> None:
    viewer.show_source("fod-bz-vredesoperaties")
    assert viewer.highlighted_span() is None
    assert viewer.backlinks_panel.model.rowCount() >= 3
    assert "anywhere in this document" in viewer.backlinks_panel.heading.text()


def test_theme_switch_keeps_the_passage_highlighted_in_the_new_colours(
    qtbot, appearance, viewer: SourceViewer, corpus: Corpus, good_pack: LoadedPack
) -> None:  # type: ignore[no-untyped-def]
    from explorer.ui.theme import Theme, colours_of

    viewer.show_citation(SCENARIO, "small-army")
    before = viewer.pane.browser.document()
    appearance.set_theme(Theme.DARK)  # the viewer's theme object
    qtbot.waitUntil(lambda: viewer.pane.browser.document() is not before)  # rendered again
    _, anchor = good_pack.citation(SCENARIO, "small-army")
    assert (
        viewer.highlighted_text()
        == corpus[anchor.source_id].edition.text[anchor.edition_start : anchor.edition_end]
    )
    (selection,) = viewer.pane.browser.extraSelections()
    assert selection.format.background().color() == colours_of(Theme.DARK).passage_background


def test_zoom_scales_the_reading_edition_and_the_original(qtbot, qapp, viewer: SourceViewer) -> None:  # type: ignore[no-untyped-def]
    viewer.show_citation(SCENARIO, "small-army")
    size = viewer.pane.browser.document().defaultFont().pointSizeF()
    original = qapp.font()
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    try:
        qapp.setFont(font)
        # What the app's zoom does: widgets matched by the app style sheet keep their
        # font until the style sheet is applied again.
        qapp.setStyleSheet(qapp.styleSheet())
        qtbot.waitUntil(lambda: viewer.pane.browser.document().defaultFont().pointSizeF() > size)
        mono = viewer.pane.original_view.font()
        assert mono.pointSizeF() == pytest.approx(font.pointSizeF())
        assert mono.fixedPitch() or "mono" in mono.family().lower()
    finally:
        qapp.setFont(original)
        qapp.setStyleSheet(qapp.styleSheet())


def test_loading_another_pack_keeps_the_passage_and_drops_stale_links(
    viewer: SourceViewer, corpus: Corpus, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from explorer.core.pack.loader import load_pack

    viewer.show_citation(SCENARIO, "small-army")
    span = viewer.highlighted_span()
    viewer.set_pack(load_pack(tmp_path, corpus))  # a pack without this scenario
    assert viewer.highlighted_span() == span
    assert viewer.backlinks_panel.model.rowCount() == 0
    assert not viewer.passage_panel.gloss_box.isVisible()
    assert not viewer.next_action.isEnabled()


def _select(viewer: SourceViewer, start: int, end: int) -> None:
    """Select an edition span in the reading edition, as a drag of the mouse leaves it."""
    spans = viewer.pane.spans(start, end)
    cursor = viewer.pane.browser.textCursor()
    cursor.setPosition(spans[0][0])
    cursor.setPosition(spans[-1][1], cursor.MoveMode.KeepAnchor)
    viewer.pane.browser.setTextCursor(cursor)


def test_copy_as_citation_puts_a_unique_evidence_entry_on_the_clipboard(
    qtbot, viewer: SourceViewer, corpus: Corpus
) -> None:  # type: ignore[no-untyped-def]
    import yaml

    from explorer.core.evidence.anchoring import resolve

    viewer.show_source("kamerbrief-2018")
    document = corpus["kamerbrief-2018"]
    start = document.edition.text.index("VN-vredesoperaties", document.edition.text.index("Het budget"))
    _select(viewer, start, start + len("VN-vredesoperaties"))
    viewer.pane.browser.setFocus()
    with qtbot.waitSignal(viewer.statusMessage) as message:
        qtbot.keyClick(
            viewer.pane.browser,
            Qt.Key.Key_C,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
        )
    entries = yaml.safe_load("evidence:\n" + QGuiApplication.clipboard().text())["evidence"]
    (citation_id, entry), *rest = entries.items()
    assert not rest and citation_id in message.args[0]
    assert entry["source"] == "kamerbrief-2018" and entry["quote"] == "VN-vredesoperaties"
    anchor = resolve(document, entry["quote"], entry.get("prefix", ""), entry.get("suffix", ""))
    assert anchor.edition_start == start


def test_the_text_context_menu_offers_copy_as_citation(qtbot, viewer: SourceViewer, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    viewer.show_source("kamerbrief-2018")
    text = corpus["kamerbrief-2018"].edition.text
    start = text.index("kritieke middelen")
    _select(viewer, start, start + len("kritieke middelen"))
    offered: list[bool] = []

    def choose() -> None:
        menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
        offered.append(viewer.cite_action in menu.actions() and viewer.cite_action.isEnabled())
        menu.close()
        viewer.cite_action.trigger()

    QTimer.singleShot(0, choose)
    viewer.pane.browser.customContextMenuRequested.emit(QPoint(10, 10))
    assert offered == [True]
    assert "quote: kritieke middelen\n" in QGuiApplication.clipboard().text()


def test_copy_as_citation_without_a_selection_says_what_to_do(qtbot, viewer: SourceViewer) -> None:  # type: ignore[no-untyped-def]
    viewer.show_source("kamerbrief-2018")
    QGuiApplication.clipboard().setText("untouched")
    with qtbot.waitSignal(viewer.statusMessage) as message:
        viewer.cite_action.trigger()
    assert "Select a passage" in message.args[0]
    assert QGuiApplication.clipboard().text() == "untouched"


def test_the_coverage_map_shows_with_its_shortcut_and_jumps_to_uncited_stretches(
    qtbot, appearance, corpus: Corpus, bundled_pack: LoadedPack
) -> None:  # type: ignore[no-untyped-def]
    viewer = SourceViewer(corpus, appearance=appearance)
    qtbot.addWidget(viewer)
    viewer.resize(1000, 700)
    viewer.set_pack(bundled_pack)
    with qtbot.waitExposed(viewer):
        viewer.show()
    viewer.show_source("buitelaar-vanwilligen-2021")  # the bundled pack leaves stretches uncited
    viewer.pane.browser.setFocus()
    qtbot.keyClick(
        viewer.pane.browser,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    strip = viewer.coverage_strip
    assert viewer.coverage_action.isChecked() and strip.isVisible()
    assert strip.map is not None and strip.map.cited and strip.map.uncited
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Down)
    caret = viewer.pane.text_index(viewer.pane.browser.textCursor().position())
    assert caret == strip.map.uncited[0][0]


def test_append_citation_writes_the_entry_into_the_chosen_scenario_file(
    qtbot, appearance, tmp_path, corpus: Corpus
) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from explorer.core.pack.loader import load_pack
    from tests.ui.conftest import GOOD_PACK

    pack_dir = tmp_path / "pack"
    shutil.copytree(GOOD_PACK, pack_dir)
    pack = load_pack(pack_dir, corpus)
    viewer = SourceViewer(corpus, appearance=appearance)
    qtbot.addWidget(viewer)
    viewer.set_pack(pack)
    with qtbot.waitExposed(viewer):
        viewer.show()
    viewer.show_source("kamerbrief-2018")
    text = corpus["kamerbrief-2018"].edition.text
    start = text.index("strategisch transport")
    _select(viewer, start, start + len("strategisch transport"))
    target = pack.files[SCENARIO]
    before = target.read_text(encoding="utf-8")
    viewer.citing.target = target  # chosen once per pack (File dialog: QInputDialog)
    viewer.pane.browser.setFocus()
    with qtbot.waitSignal(viewer.citing.appended, timeout=10_000):
        qtbot.keyClick(
            viewer.pane.browser,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
        )
    after = target.read_text(encoding="utf-8")
    assert after.startswith(before.split("stages:", 1)[0].rstrip("\n"))  # the head, comment included, kept
    assert "    quote: strategisch transport\n" in after
    assert after.endswith(before.split("stages:", 1)[1])  # and everything after evidence


def test_the_cited_in_list_answers_its_roles_and_nothing_else(qtbot, good_pack: LoadedPack) -> None:  # type: ignore[no-untyped-def]
    """The view sizes each row by asking many roles; the model answers four, the rest at once with nothing."""
    from explorer.core.evidence.backlinks import backlinks
    from explorer.ui.source_panels import BacklinkListModel

    scenario = good_pack.scenarios[0]
    citation_id = next(iter(scenario.evidence))
    anchor = good_pack.anchors[(scenario.id, citation_id)]
    links = backlinks(good_pack, anchor.source_id, anchor.start, anchor.end)
    model = BacklinkListModel()
    model.set_backlinks([*links, links[0]], mark_overlaps=True)
    first = model.index(0, 0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == links[0].where
    assert first.data(BacklinkListModel.ScenarioIdRole) == scenario.id
    accessible = first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith(links[0].where) and "Enter opens the scenario" in accessible
    assert "Enter opens the scenario" in first.data(Qt.ItemDataRole.ToolTipRole)
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.SizeHintRole):
        assert first.data(role) is None
    assert model.index(len(links) + 1, 0).data(Qt.ItemDataRole.DisplayRole) is None


def test_the_header_and_reference_say_the_date_in_the_interface_language(  # type: ignore[no-untyped-def]
    in_language, viewer: SourceViewer
) -> None:
    """The metadata writes "2018-03-23" and "after 2020"; a Dutch reader reads them in Dutch."""
    in_language("nl")
    viewer.show_source("kamerbrief-2018")
    assert "23 maart 2018" in viewer.header.text()
    assert "2018-03-23" not in viewer.header.text() + viewer.header.toolTip()
    viewer.show_source("fod-bz-vredesoperaties")
    assert "na 2020" in viewer.header.text()
    in_language("fr")
    viewer.show_source("kuno-2026")
    assert "19 février 2026" in viewer.header.text()
