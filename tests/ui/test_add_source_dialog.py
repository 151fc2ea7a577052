"""File → Add source…: the import runs off the GUI thread and reports what it left out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.importing import new_pack
from explorer.ui.add_source_dialog import AddSourceDialog

PAGES = [
    "Field notes\n\nThe patrol reached the village before dark and met the elders there.\n\n1\n",
    "Field notes\n\nThe elders said that the road to the market is not safe at night.\n\n2\n",
]


def _dialog(qtbot, tmp_path: Path, corpus: Corpus) -> AddSourceDialog:  # type: ignore[no-untyped-def]
    pack = tmp_path / "pack"
    new_pack(pack)
    dialog = AddSourceDialog(pack, corpus)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_importing_from_the_dialog_lists_the_omissions(qtbot, tmp_path: Path, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    document = tmp_path / "notes.txt"
    document.write_text("\f".join(PAGES), encoding="utf-8")
    dialog = _dialog(qtbot, tmp_path, corpus)
    qtbot.keyClicks(dialog.file_edit, str(document))
    qtbot.keyClicks(dialog.id_edit, "field-notes")
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == ["field-notes"]
    report = dialog.report.toPlainText()
    assert "Imported as “field-notes”" in report
    assert "running header: “Field notes” (2×)" in report
    assert "page number: “1” (1×)" in report and "page number: “2” (1×)" in report
    assert (tmp_path / "pack" / "sources" / "field-notes" / "received.txt").is_file()


def test_a_failed_import_is_said_plainly_in_the_dialog(qtbot, tmp_path: Path, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, tmp_path, corpus)
    qtbot.keyClicks(dialog.file_edit, str(tmp_path / "missing.pdf"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        pass
    assert "missing.pdf: cannot read it" in dialog.report.toPlainText()
    assert dialog.import_button.isEnabled()


def test_file_add_source_opens_the_dialog_on_the_open_pack(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.menu_actions["add-source"].trigger()
    dialog = window.findChild(AddSourceDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == f"Add a source to “{window.pack.directory.name}”"
    dialog.reject()
