"""PDF export: the report laid out by QTextDocument on a QPdfWriter, in the background;
its text, extracted with pdftotext, has the quote, its translation and the bibliography."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from explorer.core.evidence.anchoring import resolve
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.reflection.citing import cite_span
from explorer.core.reflection.journal import Journal, JournalEntry
from explorer.core.report import build_report, to_html
from explorer.ui.journal_view import export_report
from explorer.ui.pdf_export import PdfExportError, write_pdf

QUOTE = (
    "De getalsterkte van ons leger is niet zo groot dat we overal belangrijke contingenten kunnen inzetten."
)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="pdftotext/pdftoppm (poppler-utils) are not installed, so the PDF's text cannot be checked",
)


def _words(text: str) -> str:
    """Text as a reader sees it: ligatures (ﬂ) undone, whitespace collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@pytest.fixture
def journal(tmp_path: Path, corpus: Corpus) -> Journal:
    document = corpus["fod-bz-vredesoperaties"]
    anchor = resolve(document, QUOTE)
    citation = cite_span(document, anchor.edition_start, anchor.edition_end, gloss="The numerical strength")
    journal = Journal(tmp_path / "j.journal.json", "Exam notes")
    journal.put(
        JournalEntry(
            "belgian-presence",
            "the-offer",
            choice="civilian-experts",
            confidence=4,
            first_instinct="qualitative-presence",
            rationale="Police & judges <outlast> the mission.",
            citations=[citation],
            weights={"cost": 4},
        )
    )
    return journal


@needs_poppler
def test_exported_pdf_has_the_quote_and_the_bibliography_entry(
    qtbot, tmp_path: Path, journal: Journal, good_pack: LoadedPack, corpus: Corpus
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / "journal.pdf"
    task = export_report(parent, journal, good_pack, corpus, path=path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert task.error is None and task.result == path
    assert path.read_bytes().startswith(b"%PDF")
    text = _words(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    assert QUOTE in text
    assert "Translation (not in the source): The numerical strength" in text
    assert _words(corpus["fod-bz-vredesoperaties"].metadata.reference()) in text
    assert _words(corpus["kuno-2026"].metadata.reference()) in text  # cited by the choice's trade-offs
    assert "Police & judges <outlast> the mission." in text  # escaped in HTML, shown as typed
    assert "Reflection journal: Exam notes" in text
    assert re.search(r"Reflection journal: Exam notes 1 ?/ ?\d", text)  # the page footer
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True
    )
    assert (tmp_path / "page-1.png").stat().st_size > 5_000  # a rendered page, not a blank one


def test_a_pdf_that_cannot_be_written_says_so_and_leaves_nothing_behind(
    qtbot, tmp_path: Path, journal: Journal, good_pack: LoadedPack, corpus: Corpus
) -> None:  # type: ignore[no-untyped-def]
    html = to_html(build_report(journal, good_pack, corpus), for_print=True)
    target = tmp_path / "missing-folder" / "journal.pdf"
    with pytest.raises(PdfExportError, match="cannot be written"):
        write_pdf(html, target)
    assert not target.parent.exists()


def test_a_failed_export_keeps_the_previous_pdf(
    qtbot, tmp_path: Path, journal: Journal, good_pack: LoadedPack, corpus: Corpus, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPainter

    from explorer.ui import pdf_export

    html = to_html(build_report(journal, good_pack, corpus), for_print=True)
    path = write_pdf(html, tmp_path / "journal.pdf", "first")
    before = path.read_bytes()

    class BrokenPainter(QPainter):
        def begin(self, _device) -> bool:  # type: ignore[no-untyped-def, override]
            return False  # as if the PDF device failed halfway

    monkeypatch.setattr(pdf_export, "QPainter", BrokenPainter)
    with pytest.raises(PdfExportError, match="cannot be written"):
        write_pdf(html + "<p>more</p>", path, "second")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["journal.pdf"]  # no temporary file left


#: Dutch and French as written: accents, diaeresis, curly double and single quotes, ligature-prone pairs.
GLYPHS = "Ééndrachtige, geïnformeerde keuze: “zie” ‘ook’ — l’État, façade, naïve, Noël, où, déjà, « ceci »."


@needs_poppler
def test_a_dutch_and_french_journal_pdf_embeds_every_glyph(
    qtbot, tmp_path: Path, corpus: Corpus, good_pack: LoadedPack
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    journal = Journal(tmp_path / "glyphs.journal.json", "Notities")
    journal.put(JournalEntry("belgian-presence", "the-offer", choice="civilian-experts", rationale=GLYPHS))
    parent = QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / "glyphs.pdf"
    task = export_report(parent, journal, good_pack, corpus, path=path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert task.error is None
    # Text extracted back: every glyph drawn from a font that maps it (not a box, not a "?").
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert GLYPHS in " ".join(unicodedata.normalize("NFC", text).split())
    # Every font the PDF uses is embedded (a subset), so another machine shows the same glyphs.
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, fonts
    for row in rows:
        columns = row.split()
        assert columns[-5] == "yes", f"a font not embedded: {row}"  # the "emb" column
