"""The journal view: every entry with its dates, searchable; journals side by side; an
entry opens its scenario; export from the view writes the file in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.reflection.journal import Journal, JournalEntry, create_journal
from explorer.ui.journal_view import EntriesModel, JournalView, export_report
from explorer.ui.settings import CURRENT_JOURNAL
from tests.ui.conftest import make_appearance


def _journal(directory: Path) -> Journal:
    journal = create_journal("Field notes", directory)
    journal.put(
        JournalEntry(
            "belgian-presence",
            "the-offer",
            choice="civilian-experts",
            choice_label="Send civilian experts",
            scenario_title="Quality or quantity?",
            stage_title="What to offer the UN",
            confidence=4,
            rationale="Police and judges outlast the mission.",
        )
    )
    journal.put(
        JournalEntry("minusma", "exit", scenario_title="MINUSMA: the exit", rationale="Consent is gone.")
    )
    journal.save()
    return journal


def _view(qtbot, journal: Journal, directory: Path) -> JournalView:  # type: ignore[no-untyped-def]
    view = JournalView(journal, directory, appearance=make_appearance(directory))
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    return view


def test_lists_entries_with_dates_and_filters_as_you_type(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, _journal(tmp_path), tmp_path)
    assert view.proxy.rowCount() == 2 and view.count.text() == "2 entries"
    titles = {view.proxy.index(r, EntriesModel.SCENARIO).data() for r in range(2)}
    assert titles == {"Quality or quantity?", "MINUSMA: the exit"}
    updated = view.proxy.index(0, EntriesModel.UPDATED).data()
    assert len(updated) == len("2026-01-01 10:00") and updated[4] == "-"
    qtbot.keyClicks(view.search, "police JUDGES")
    assert view.proxy.rowCount() == 1 and view.count.text() == "1 of 2 entries"
    assert view.proxy.index(0, EntriesModel.CHOICE).data() == "Send civilian experts"
    view.search.clear()
    qtbot.keyClicks(view.search, "nothing like this")
    assert view.proxy.rowCount() == 0


def test_enter_on_an_entry_asks_for_its_scenario_and_stage(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, _journal(tmp_path), tmp_path)
    qtbot.keyClicks(view.search, "civilian")
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    with qtbot.waitSignal(view.entryActivated) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == ["belgian-presence", "the-offer"]


def test_journals_side_by_side_switch_and_new(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = _journal(tmp_path)
    other = create_journal("Exam preparation", tmp_path)
    view = _view(qtbot, first, tmp_path)
    names = [view.journals.itemText(i) for i in range(view.journals.count())]
    assert names == ["Exam preparation", "Field notes"]
    with qtbot.waitSignal(view.journalSwitched) as blocker:
        view.journals.setFocus()
        qtbot.keyClick(view.journals, Qt.Key.Key_Up)
    assert blocker.args[0].path == other.path
    assert view.model.rowCount() == 0
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Second year", True))
    with qtbot.waitSignal(view.journalSwitched):
        qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.journal.name == "Second year" and view.journal.path.exists()
    assert view.journals.count() == 3


def test_damaged_journal_is_listed_as_such_and_shows_a_banner(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.journal.json"
    path.write_bytes(b"not json at all")
    view = _view(qtbot, Journal.open(path), tmp_path)
    assert view.journals.currentText().endswith("(damaged)")
    assert view.banner.isVisible() and "read-only" in view.banner.text()


def test_switching_journal_in_the_window_is_remembered(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    controller = window.reflection
    controller.focus_journal()  # built on first use
    assert controller.journal_view is not None and controller.panel is not None
    other = create_journal("Second", controller.directory)
    controller.journal_view.refresh()
    controller.journal_view.switch_to(Journal.open(other.path))
    assert controller.panel.journal.path == other.path
    assert window.settings.get(CURRENT_JOURNAL) == str(other.path)
    window.close()
    window2 = make_window()
    assert window2.reflection.journal.path == other.path
    window2.close()


def test_export_markdown_and_html_in_the_background(
    qtbot, tmp_path: Path, corpus: Corpus, good_pack: LoadedPack
) -> None:  # type: ignore[no-untyped-def]
    journal = _journal(tmp_path)
    view = _view(qtbot, journal, tmp_path)
    for name in ("journal.md", "journal.html"):
        task = export_report(view, journal, good_pack, corpus, path=tmp_path / name)
        assert task is not None
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
        assert task.error is None
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert "Police and judges outlast the mission." in text and "Quality or quantity?" in text
