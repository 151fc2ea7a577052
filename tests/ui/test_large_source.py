"""A 1 MB source is shown in a window of blocks around the passage: the highlight is still exact,
find still reaches the whole text, and the whole-text scroll bar and the keyboard get to both ends."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt

from explorer.core.evidence.corpus import Corpus, SourceDocument, load_source
from explorer.ui.source_viewer import SourceViewer

SOURCE_ID = "large-synthetic"
FAR_WORD = "Verrewoord"  # only in the very last paragraph


def _paragraph(number: int) -> str:
    words = " ".join(f"woord{(number * 7 + k) % 997}" for k in range(60))
    return f"Paragraaf {number:05} begint hier. {words}."


def _write_source(folder: Path, size: int = 1_048_576) -> None:
    """A source of ``size`` characters: paragraphs, a heading every 40, a caption every 97."""
    folder.mkdir(parents=True)
    blocks: list[tuple[str, str]] = [("title", "Een groot synthetisch document")]
    number = 0
    while sum(len(text) + 2 for _, text in blocks) < size:
        if number % 40 == 0:
            blocks.append(("heading", f"Hoofdstuk {number // 40 + 1}"))
        if number % 97 == 50:
            blocks.append(("caption", f"Figuur {number}: een kader midden in de tekst."))
        blocks.append(("paragraph", _paragraph(number)))
        number += 1
    blocks.append(("paragraph", f"Het laatste woord is {FAR_WORD}, ver van alles."))
    original = "\n\n".join(text for _, text in blocks) + "\n"
    edition = "".join(f"@{kind}\n{text}\n\n" for kind, text in blocks)
    raw = original.encode("utf-8")
    (folder / "original.txt").write_bytes(raw)
    (folder / "edition.txt").write_text(edition, encoding="utf-8")
    metadata = {
        "id": SOURCE_ID,
        "title": "Een groot synthetisch document",
        "short_title": "Groot",
        "authors": ["Test"],
        "publisher": "tests",
        "date": "2026",
        "language": "nl",
        "kind": "report",
        "description": "Generated for the large-source tests.",
        "origin": "Generated.",
        "licence": "Generated text.",
        "sha256": hashlib.sha256(raw).hexdigest(),
        "seed_file": "synthetic",
    }
    (folder / "metadata.yaml").write_text(yaml.safe_dump(metadata), encoding="utf-8")


@pytest.fixture(scope="module")
def large() -> SourceDocument:
    import tempfile

    with tempfile.TemporaryDirectory() as workdir:
        folder = Path(workdir) / SOURCE_ID
        _write_source(folder)
        return load_source(folder)


@pytest.fixture
def viewer(qtbot, appearance, large: SourceDocument) -> SourceViewer:  # type: ignore[no-untyped-def]
    viewer = SourceViewer(Corpus([large]), appearance=appearance)
    qtbot.addWidget(viewer)
    viewer.resize(1100, 800)
    with qtbot.waitExposed(viewer):
        viewer.show()
    return viewer


def _span(source: SourceDocument, needle: str) -> tuple[int, int]:
    start = source.edition.text.index(needle)
    return start, start + len(needle)


@pytest.mark.parametrize("share", [0.0, 0.37, 0.62, 0.999])
def test_the_highlight_is_exact_anywhere_in_a_large_source(viewer, large, share) -> None:  # type: ignore[no-untyped-def]
    block = large.edition.blocks[int(share * (len(large.edition.blocks) - 1))]
    # A passage across two blocks, from the middle of one into the next.
    following = large.edition.blocks[large.edition.blocks.index(block) + 1 :][:1]
    start = block.start + len(block.text) // 2
    end = following[0].start + 10 if following else block.end
    viewer.show_passage(SOURCE_ID, start, end)
    pane = viewer.pane
    assert pane.edition_window.active  # only part of the text is laid out
    assert pane.browser.document().characterCount() < len(large.edition.text) // 10
    expected = "\n\n".join(
        large.edition.text[max(start, b.start) : min(end, b.end)]
        for b in large.edition.blocks
        if b.end > start and b.start < end
    )
    assert viewer.highlighted_text() == expected
    # The whole-text scroll bar says where the reader is in the whole text.
    assert pane.position_bar.isVisible()
    assert pane.position_bar.maximum() == len(large.edition.text)
    assert abs(pane.position_bar.value() - start) < 20_000


def test_jumping_back_and_forth_keeps_the_highlight_exact(viewer, large) -> None:  # type: ignore[no-untyped-def]
    first = _span(large, "Paragraaf 00100 begint hier")
    far = _span(large, "Paragraaf 01500 begint hier")
    shown = []
    for start, end in (first, far, first):
        viewer.show_passage(SOURCE_ID, start, end)
        assert viewer.highlighted_text() == large.edition.text[start:end]
        shown.append(viewer.pane.browser.document())
    assert shown[1] is not shown[0]
    assert shown[2] is shown[0]  # the window read a moment ago was kept, not rendered again


def test_find_reaches_text_far_from_the_passage(qtbot, viewer, large) -> None:  # type: ignore[no-untyped-def]
    viewer.show_passage(SOURCE_ID, *_span(large, "Paragraaf 00010 begint hier"))
    viewer.pane.browser.setFocus()
    qtbot.keyClick(viewer.pane.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.find_bar.isVisible()
    qtbot.keyClicks(viewer.find_bar.field, FAR_WORD.lower())
    start, end = _span(large, FAR_WORD)
    assert viewer.current_match() == (start, end)
    # The match is shown, painted and under the caret, near the very end of the text.
    browser = viewer.pane.browser
    assert browser.textCursor().block().text().endswith(f"{FAR_WORD}, ver van alles.")
    painted = [s.cursor.selectedText() for s in browser.extraSelections()]
    assert FAR_WORD in painted
    assert viewer.pane.position_bar.value() > len(large.edition.text) * 0.95


def test_the_scroll_bar_and_the_keyboard_reach_both_ends(qtbot, viewer, large) -> None:  # type: ignore[no-untyped-def]
    viewer.show_source(SOURCE_ID)
    bar = viewer.pane.position_bar
    bar.setValue(bar.maximum())  # dragged to the bottom
    browser = viewer.pane.browser
    qtbot.waitUntil(lambda: FAR_WORD in browser.toPlainText())
    bar.setValue(len(large.edition.text) // 2)
    middle = large.edition.text[len(large.edition.text) // 2 : len(large.edition.text) // 2 + 40]
    qtbot.waitUntil(lambda: middle[:20] in browser.toPlainText())
    # Page Down from the start walks the whole text, the window following.
    viewer.show_source(SOURCE_ID)
    browser.setFocus()
    seen_last = False
    window = viewer.pane.edition_window
    for _ in range(2000):
        qtbot.keyClick(browser, Qt.Key.Key_PageDown)
        qtbot.waitUntil(lambda: not window.moving)  # the window moves on the next turn of the loop
        if FAR_WORD in browser.toPlainText():
            seen_last = True
            break
    assert seen_last
    assert bar.value() > len(large.edition.text) * 0.9


def test_ctrl_end_and_ctrl_home_go_to_the_ends_of_the_whole_text(qtbot, viewer, large) -> None:  # type: ignore[no-untyped-def]
    viewer.show_passage(SOURCE_ID, *_span(large, "Paragraaf 01000 begint hier"))
    browser = viewer.pane.browser
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert browser.textCursor().block().text().endswith(f"{FAR_WORD}, ver van alles.")
    assert viewer.pane.position_bar.value() > len(large.edition.text) * 0.95
    qtbot.keyClick(browser, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert browser.textCursor().block().text() == "Een groot synthetisch document"
    assert viewer.pane.position_bar.value() == 0


def test_the_mouse_wheel_scrolls_on_past_the_window(qtbot, viewer, large) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    viewer.show_source(SOURCE_ID)
    browser, bar = viewer.pane.browser, viewer.pane.position_bar
    window = viewer.pane.edition_window
    centre = QPointF(browser.viewport().rect().center())
    for _ in range(150):  # more than the first window holds
        wheel = QWheelEvent(
            centre,
            QPointF(browser.viewport().mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),  # one notch down
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(browser.viewport(), wheel)
        qtbot.waitUntil(lambda: not window.moving)
    assert window.edition is not None and window.edition.first > 0  # the window moved on
    assert bar.value() == window.top_offset() > 15_000
