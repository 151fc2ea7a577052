"""Large journals export to PDF in time linear in their text, off the GUI thread, with progress.

No timing here (see bench/pdf_export.py); these tests check the two things that make it
linear (no block longer than a few pages) and that progress arrives on the GUI thread.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.reflection.journal import Journal, JournalEntry
from explorer.core.report import MAX_LINE_CHARS, build_report, to_html
from explorer.ui.pdf_export import MAX_BLOCK_CHARS, _split_long_blocks, export_pdf

LINE = "the mission protects civilians where the host state cannot"


def _long_journal(tmp_path: Path, lines: int, endless: bool = False) -> Journal:
    journal = Journal(tmp_path / "big.journal.json", "Big")
    text = (" " if endless else "\n").join(f"{LINE} {n}" for n in range(lines))
    journal.put(JournalEntry("belgian-presence", "the-offer", rationale=text))
    return journal


def _blocks(html: str) -> list[str]:
    document = QTextDocument()
    document.setHtml(html)
    found, block = [], document.begin()
    while block.isValid():
        found.append(block.text())
        block = block.next()
    return found


def test_a_long_rationale_becomes_short_blocks_with_every_word(
    qapp: QApplication, tmp_path: Path, good_pack: LoadedPack, corpus: Corpus
) -> None:
    for endless in (False, True):
        journal = _long_journal(tmp_path, 3000, endless)
        html = to_html(build_report(journal, good_pack, corpus), for_print=True)
        blocks = _blocks(html)
        assert max(len(b) for b in blocks) <= MAX_LINE_CHARS
        text = " ".join(blocks)
        assert all(f"{LINE} {n}" in text for n in (0, 1, 1499, 2999))


def test_the_pdf_path_cuts_any_long_block_and_keeps_its_text(qapp: QApplication) -> None:
    lines = [f"{LINE} {n}" for n in range(800)]
    document = QTextDocument()
    document.setHtml("<p>" + "<br>".join(lines) + "</p><p>" + " ".join(lines) + "</p><ul><li>short</li></ul>")
    before = re.sub(r"\s+", " ", document.toPlainText())
    cuts = _split_long_blocks(document)
    assert cuts > 2
    block, longest = document.begin(), 0
    while block.isValid():
        longest = max(longest, block.length())
        block = block.next()
    assert longest <= MAX_BLOCK_CHARS + 1
    assert re.sub(r"\s+", " ", document.toPlainText()) == before  # nothing lost or added


def test_progress_arrives_on_the_gui_thread_page_by_page(
    qtbot, tmp_path: Path, good_pack: LoadedPack, corpus: Corpus
) -> None:  # type: ignore[no-untyped-def]
    journal = _long_journal(tmp_path, 1500)
    html = to_html(build_report(journal, good_pack, corpus), for_print=True)
    seen: list[tuple[int, int, bool]] = []
    gui = QThread.currentThread()

    def advanced(done: int, total: int) -> None:
        seen.append((done, total, QThread.currentThread() is gui))

    task = export_pdf(html, tmp_path / "big.pdf", "Big", on_progress=advanced)
    with qtbot.waitSignal(task.finished, timeout=120_000):
        pass
    assert task.error is None and (tmp_path / "big.pdf").stat().st_size > 0
    total = seen[-1][1]
    assert total > 10 and [done for done, _t, _g in seen] == list(range(1, total + 1))
    assert all(on_gui for _d, _t, on_gui in seen)
