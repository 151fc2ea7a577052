"""Individual reflection, driven as a reader would: record a first instinct, weigh with the
sliders, choose, cite a passage selected in the source viewer, write, close, reopen —
everything is still there. Damaged and newer journals open read-only and stay untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.reflection.journal import Journal, JournalEntry, journal_path, journals_dir
from explorer.core.store import save
from explorer.ui.journal_view import journals_directory
from explorer.ui.reflection_dock import ReflectionController
from explorer.ui.reflection_panel import ReflectionPanel
from tests.ui.conftest import make_appearance

SCENARIO, STAGE = "belgian-presence", "the-offer"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _attached(make_window) -> tuple[object, ReflectionController, ReflectionPanel]:  # type: ignore[no-untyped-def]
    window = make_window()
    controller = window.reflection  # attached by the main window itself
    window.open_scenario(SCENARIO, STAGE)
    controller.focus_panel()  # Journal → Reflect on this stage (closed on first run)
    assert controller.panel is not None
    return window, controller, controller.panel


def _key(qtbot, widget, key: Qt.Key, times: int = 1, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(times):
        qtbot.keyClick(widget, key, modifier)


def test_journals_folder_is_qts_app_data_folder() -> None:
    assert journals_directory() == journals_dir()


def test_the_whole_loop_survives_closing_and_reopening(qtbot, make_window, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    window, controller, panel = _attached(make_window)
    assert "Quality or quantity?" in panel.heading.text()
    assert panel.current_entry() is None  # looking is not writing

    # 1. First instinct, before any evidence.
    _key(qtbot, panel.instinct_combo, Qt.Key.Key_Down)  # "Keep a qualitative presence"
    qtbot.mouseClick(panel.record_instinct, Qt.MouseButton.LeftButton)
    assert panel.instinct_label.isVisible() and "Keep a qualitative presence" in panel.instinct_label.text()

    # 2. Weigh: equal weights tie the two choices; cost mattering most breaks the tie.
    assert "share the first place" in panel.ranking.explanation.text()
    _key(qtbot, panel.weights.slider("cost"), Qt.Key.Key_End)
    assert panel.weights.slider("cost").value() == 4
    assert panel.ranking.model.index(0, 1).data().startswith("Keep a qualitative presence")
    assert "leads with +2" in panel.ranking.explanation.text()
    assert "Sensitivity: lowering the weight of" in panel.ranking.sensitivity.text()

    # 3. Choose (the other one: a change of mind) and say how sure.
    _key(qtbot, panel.choice_combo, Qt.Key.Key_Down, times=2)
    assert panel.choice_combo.currentData() == "civilian-experts"
    _key(qtbot, panel.confidence, Qt.Key.Key_Right)
    assert panel.confidence.value() == 4
    assert panel.mind_edit.isVisible() and "You changed your mind" in panel.mind_label.text()
    qtbot.keyClicks(panel.mind_edit, "The budget passage.")

    # 4. Cite a passage selected in the source viewer, with the keyboard.
    window.open_citation(SCENARIO, "small-army")  # the caret lands at the passage
    browser = window.source_viewer.pane.browser
    for _ in range(3):
        qtbot.keyClick(browser, Qt.Key.Key_Right, CTRL_SHIFT)
    selected = browser.textCursor().selectedText().strip()
    assert selected.startswith("De getalsterkte")
    qtbot.keyClick(browser, Qt.Key.Key_R, CTRL_SHIFT)  # Journal → Cite selection in my rationale
    qtbot.waitUntil(lambda: panel.citations.model.rowCount() == 1)
    citation = panel.citations.model.citation(0)
    assert citation.quote == selected and citation.span is not None
    edition = corpus["fod-bz-vredesoperaties"].edition.text
    assert edition[citation.span.edition_start : citation.span.edition_end] == selected
    qtbot.keyClicks(panel.citations.gloss, "The numerical strength")
    assert panel.citations.model.citation(0).gloss == "The numerical strength"

    # 5. Write the rationale; the journal is saved by itself shortly after.
    with qtbot.waitSignal(panel.saved, timeout=5000):
        qtbot.keyClicks(panel.rationale, "Police and judges stay useful after the mission.")
    path = controller.journal.path
    saved = Journal.open(path).entry(SCENARIO, STAGE)
    assert saved is not None and saved.rationale == "Police and judges stay useful after the mission."

    # A last change, and the window closes before the autosave pause is over: not lost.
    qtbot.keyClicks(panel.rationale, " Last words.")
    window.close()
    QApplication.processEvents()

    # Reopen: a new window, the same journal, everything there.
    window2, controller2, panel2 = _attached(make_window)
    assert controller2.journal.path == path
    entry = panel2.current_entry()
    assert entry is not None
    assert (entry.first_instinct, entry.choice, entry.confidence) == (
        "qualitative-presence",
        "civilian-experts",
        4,
    )
    assert entry.weights["cost"] == 4 and entry.changed_mind == "The budget passage."
    assert panel2.choice_combo.currentData() == "civilian-experts"
    assert panel2.confidence.value() == 4
    assert panel2.weights.slider("cost").value() == 4
    assert panel2.rationale.toPlainText() == "Police and judges stay useful after the mission. Last words."
    assert panel2.mind_edit.toPlainText() == "The budget passage."
    assert "Keep a qualitative presence" in panel2.instinct_label.text()
    assert panel2.citations.model.citation(0).quote == selected
    assert panel2.citations.model.citation(0).gloss == "The numerical strength"
    window2.close()


def test_show_in_source_opens_the_cited_passage(qtbot, make_window, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    window, _controller, panel = _attached(make_window)
    text = corpus["kuno-2026"].edition.text
    start = text.index("With both fields")
    assert panel.add_citation("kuno-2026", start, start + 40)
    with qtbot.waitSignal(panel.passageRequested) as blocker:
        qtbot.mouseClick(panel.citations.show_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "kuno-2026" and blocker.args[1] == start
    assert window.source_viewer.highlighted_span()[0] == "kuno-2026"


def _panel(qtbot, corpus: Corpus, pack: LoadedPack, journal: Journal) -> ReflectionPanel:  # type: ignore[no-untyped-def]
    panel = ReflectionPanel(corpus, journal, pack, appearance=make_appearance(journal.path.parent))
    qtbot.addWidget(panel)
    panel.resize(460, 900)
    panel.show()
    panel.set_stage(SCENARIO, STAGE)
    return panel


def test_changes_are_saved_together_after_a_short_pause(
    qtbot, corpus: Corpus, good_pack: LoadedPack, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    journal = Journal(tmp_path / "j.journal.json")
    panel = _panel(qtbot, corpus, good_pack, journal)
    saves: list[str] = []
    panel.saved.connect(saves.append)
    with qtbot.waitSignal(panel.saved, timeout=5000):
        qtbot.keyClicks(panel.rationale, "Typed quickly")
        _key(qtbot, panel.weights.slider("cost"), Qt.Key.Key_Home)
    assert len(saves) == 1  # one write for the burst of changes
    entry = Journal.open(journal.path).entry(SCENARIO, STAGE)
    assert entry is not None and entry.rationale == "Typed quickly" and entry.weights["cost"] == 0


def test_all_zero_weights_say_there_is_no_ranking(
    qtbot, corpus: Corpus, good_pack: LoadedPack, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, corpus, good_pack, Journal(tmp_path / "j.journal.json"))
    for dimension in ("national-readiness", "protection-of-civilians", "un-influence"):
        _key(qtbot, panel.weights.slider(dimension), Qt.Key.Key_Home)
    for dimension in ("durable-peace", "cost", "peacekeeper-safety"):
        _key(qtbot, panel.weights.slider(dimension), Qt.Key.Key_Home)
    assert "All weights are zero" in panel.ranking.explanation.text()
    assert "Raising" in panel.ranking.sensitivity.text()
    qtbot.mouseClick(panel.weights.reset_button, Qt.MouseButton.LeftButton)
    assert "share the first place" in panel.ranking.explanation.text()
    qtbot.mouseClick(panel.ranking.formula_button, Qt.MouseButton.LeftButton)
    assert panel.ranking.formula.isVisible() and "weight" in panel.ranking.formula.text()


@pytest.mark.parametrize("damage", ["corrupt", "newer"])
def test_damaged_or_newer_journal_is_read_only_behind_a_banner_and_never_written(
    qtbot, corpus: Corpus, good_pack: LoadedPack, tmp_path: Path, damage: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "j.journal.json"
    if damage == "corrupt":
        path.write_bytes(b'{"format": "journal", "ver')
    else:
        entry = {"scenario": SCENARIO, "stage": STAGE, "rationale": "Written by a newer app", "mood": "?"}
        save(path, "journal", 99, {"name": "Future", "entries": [entry]})
    before = path.read_bytes()
    panel = _panel(qtbot, corpus, good_pack, Journal.open(path))
    assert panel.banner.isVisible() and "read-only" in panel.banner.text()
    assert ("could not be read" if damage == "corrupt" else "newer version") in panel.banner.text()
    assert not panel.decision_box.isEnabled() and panel.rationale.isReadOnly()
    qtbot.keyClicks(panel.rationale, "try to write")
    assert not panel.add_citation("kuno-2026", 0, 40)
    panel.flush()
    panel.close()
    assert path.read_bytes() == before
    if damage == "newer":
        assert panel.rationale.toPlainText() == "Written by a newer app"


def test_weights_carry_over_to_a_new_entry(
    qtbot, corpus: Corpus, good_pack: LoadedPack, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    journal = Journal(tmp_path / "j.journal.json")
    journal.put(JournalEntry("other", "stage", weights={"cost": 4.0, "un-influence": 0.0}))
    panel = _panel(qtbot, corpus, good_pack, journal)
    assert panel.weights.slider("cost").value() == 4
    assert panel.weights.slider("un-influence").value() == 0
    assert journal.entry(SCENARIO, STAGE) is None


def test_panel_screenshot_for_the_readme(
    qtbot, corpus: Corpus, good_pack: LoadedPack, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, corpus, good_pack, Journal(tmp_path / "j.journal.json"))
    _key(qtbot, panel.instinct_combo, Qt.Key.Key_Down)
    qtbot.mouseClick(panel.record_instinct, Qt.MouseButton.LeftButton)
    _key(qtbot, panel.weights.slider("cost"), Qt.Key.Key_End)
    _key(qtbot, panel.choice_combo, Qt.Key.Key_Down, times=2)
    qtbot.keyClicks(panel.rationale, "Civilian experts work on what the mission leaves behind.")
    text = corpus["fod-bz-vredesoperaties"].edition.text
    start = text.index("De getalsterkte")
    assert panel.add_citation("fod-bz-vredesoperaties", start, start + 103)
    image = panel.grab()
    assert not image.isNull() and image.width() == panel.width()
    assert image.save(str(tmp_path / "reflection-panel.png"))
    assert journal_path("My journal", tmp_path).parent == tmp_path


def test_every_control_has_an_accessible_name(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    _window, controller, panel = _attached(make_window)
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSlider, QComboBox, QLineEdit, QPlainTextEdit)
    unnamed = [
        f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()}"
        for owner in (panel, controller.journal_view)
        for w in owner.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(owner)
        and not w.accessibleName()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w.parent(), QAbstractItemView)  # a view's own scroll bars
    ]
    assert not unnamed


def test_zooming_keeps_the_ranking_table_as_tall_as_its_rows(
    qtbot, qapp, corpus: Corpus, good_pack: LoadedPack, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, corpus, good_pack, Journal(tmp_path / "j.journal.json"))
    table = panel.ranking.table
    before = table.height()
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    # What the app's zoom does: a new application font, and the style sheet applied again so
    # that widgets it matches take the new font (conftest restores the size afterwards).
    qapp.setFont(font)
    qapp.setStyleSheet(qapp.styleSheet())
    qtbot.waitUntil(lambda: table.height() > before)
    rows = sum(table.rowHeight(r) for r in range(table.model().rowCount()))
    assert table.height() >= rows + table.horizontalHeader().height()
