"""From a new document to a shared pack that opens with the cited passage highlighted.

The PDF is made by the test itself (two pages, a running header, page numbers, a word
hyphenated at a line end, a paragraph running on over the page break, a footnote);
``explorer new`` and ``explorer source add`` run as an author runs them; the passage is
selected in the source viewer and copied as a citation with the keyboard; the snippet
goes into the example scenario; ``explorer validate`` passes; ``explorer bundle`` makes one
file, which validates too; the app opens that file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from explorer.cli import main
from explorer.core.evidence.corpus import load_corpus
from explorer.core.pack.loader import load_pack
from explorer.ui import settings as keys
from explorer.ui.settings import Settings
from explorer.ui.source_viewer import SourceViewer
from tests.made_pdf import HEADER, make_pdf

#: Runs over the page break, past the running header and the page number, and across
#: the word hyphenated at a line end (``uit-`` / ``voering``).
PASSAGE = "draagt bij aan de uitvoering van het mandaat en aan de sociale veiligheid van de lokale bevolking"


def _select(viewer: SourceViewer, start: int, end: int) -> None:
    spans = viewer.pane.spans(start, end)
    cursor = viewer.pane.browser.textCursor()
    cursor.setPosition(spans[0][0])
    cursor.setPosition(spans[-1][1], cursor.MoveMode.KeepAnchor)
    viewer.pane.browser.setTextCursor(cursor)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_a_new_document_becomes_a_cited_source(
    qtbot, appearance, tmp_path: Path, settings_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf(tmp_path / "evaluatie.pdf")
    pack_dir = tmp_path / "my-pack"
    assert main(["new", str(pack_dir)]) == 0
    assert main(["source", "add", str(pack_dir), str(pdf), "--id", "evaluatie-2025"]) == 0
    printed = capsys.readouterr().out
    assert f"running header: '{HEADER}' (×2)" in printed
    assert "page number: '1' (×1)" in printed and "page number: '2' (×1)" in printed
    assert "1 footnote set apart" in printed and "1 word rejoined" in printed
    folder = pack_dir / "sources" / "evaluatie-2025"
    assert (folder / "received.pdf").read_bytes() == pdf.read_bytes()

    # The author reads the source in the viewer, selects the passage and copies it as a citation.
    pack = load_pack(pack_dir, load_corpus())
    assert pack.corpus is not None and "evaluatie-2025" in pack.corpus
    document = pack.corpus["evaluatie-2025"]
    assert HEADER not in document.edition.text and PASSAGE in document.edition.text
    kinds = {block.text: block.kind for block in document.edition.blocks}
    assert kinds["Evaluatie van de bijdrage aan vredesoperaties"] == "title"
    assert kinds["Den Haag, 12 maart 2025"] == "meta"
    assert [b.label for b in document.edition.blocks if b.kind == "footnote"] == ["1"]
    viewer = SourceViewer(pack.corpus, appearance=appearance)
    qtbot.addWidget(viewer)
    viewer.set_pack(pack)
    with qtbot.waitExposed(viewer):
        viewer.show()
    viewer.show_source("evaluatie-2025")
    start = document.edition.text.index(PASSAGE)
    _select(viewer, start, start + len(PASSAGE))
    viewer.pane.browser.setFocus()
    with qtbot.waitSignal(viewer.statusMessage) as message:
        qtbot.keyClick(
            viewer.pane.browser,
            Qt.Key.Key_C,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
        )
    assert "Copied citation" in message.args[0]
    snippet = QGuiApplication.clipboard().text()
    assert f"quote: {PASSAGE}\n" in snippet
    citation_id = snippet.split(":", 1)[0].strip()

    # The snippet goes under the example scenario's evidence, with a gloss, and is cited.
    scenario = pack_dir / "example-dilemma.yaml"
    text = scenario.read_text(encoding="utf-8")
    snippet = snippet.replace("gloss: ''", "gloss: contributes to carrying out the mandate")
    text = text.replace("evidence:\n", "evidence:\n" + snippet, 1)
    text = text.replace("citations: [enablers-lacking]", f"citations: [enablers-lacking, {citation_id}]", 1)
    scenario.write_text(text, encoding="utf-8")
    assert main(["validate", str(pack_dir)]) == 0, capsys.readouterr().out

    # Shared as one file, which validates and opens as it is.
    shared = tmp_path / "my-pack.dilemma"
    assert main(["bundle", str(pack_dir), "-o", str(shared)]) == 0
    assert main(["validate", str(shared)]) == 0, capsys.readouterr().out

    # The app opens the pack; following the citation highlights exactly the selected passage.
    from explorer.ui.main_window import MainWindow

    settings = Settings(settings_path)
    settings.set(keys.WELCOME_SEEN, True)
    window = MainWindow(settings, corpus=None)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.packLoaded, timeout=20_000):
        window.open_pack(shared)
    assert window.pack is not None and window.pack.errors == []
    assert window.pack.directory != pack_dir  # the bundle's own unpacked copy
    window.open_citation("example-dilemma", citation_id)
    passage = window.workspace.source_viewer.pane.passage
    assert passage is not None and passage.source_id == "evaluatie-2025"
    assert document.edition.text[passage.edition_start : passage.edition_end] == PASSAGE

    # Another pack: its views no longer offer this pack's source; the bundled ones stay.
    from tests.ui.conftest import GOOD_PACK

    assert window.corpus is not None and "evaluatie-2025" in window.corpus
    with qtbot.waitSignal(window.packLoaded, timeout=20_000):
        window.open_pack(GOOD_PACK)
    assert "evaluatie-2025" not in window.corpus and "kamerbrief-2018" in window.corpus


def test_a_refused_bundle_is_a_load_failure_with_the_reason(
    qtbot, tmp_path: Path, settings_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from explorer.ui.main_window import MainWindow

    fake = tmp_path / "fake.dilemma"
    fake.write_bytes(b"#!/bin/sh\necho not a pack\n")
    settings = Settings(settings_path)
    settings.set(keys.WELCOME_SEEN, True)
    window = MainWindow(settings, corpus=None)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.packFailed, timeout=20_000) as failed:
        window.open_pack(fake)
    assert "not a readable .dilemma file" in failed.args[0]
    assert "not a readable .dilemma file" in window.statusBar().currentMessage()


def test_saving_a_pack_file_reloads_the_pack_and_keeps_the_readers_place(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import GOOD_PACK

    pack_dir = tmp_path / "pack"
    shutil.copytree(GOOD_PACK, pack_dir)
    window = make_window(pack_dir)
    scenario_file = next(p for p in pack_dir.glob("*.yaml") if p.name != "pack.yaml")
    scenario_id = window.pack.scenarios[0].id
    window.open_scenario(scenario_id)
    assert window.pack_watcher is not None and str(scenario_file) in window.pack_watcher.watched()

    text = scenario_file.read_text(encoding="utf-8")
    title = window.pack.scenarios[0].title
    with qtbot.waitSignal(window.packLoaded, timeout=10_000) as loaded:
        scenario_file.write_text(
            text.replace(f"title: {title}", "title: Renamed while open", 1), encoding="utf-8"
        )
    assert loaded.args[0].scenarios[0].title == "Renamed while open"
    assert window.current_scenario_id() == scenario_id
    assert "Renamed while open" in window.scenario_view.browser.toPlainText()

    # A mistake saved shows in the problems panel at once.
    with qtbot.waitSignal(window.packLoaded, timeout=10_000) as loaded:
        scenario_file.write_text(text.replace("minutes: ", "minutes: sixty #", 1), encoding="utf-8")
    assert any("expected `int`" in p.message for p in loaded.args[0].errors)
    assert window.problems_dock.windowTitle().startswith("Pack problems (")
