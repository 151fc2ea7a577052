"""Take the README's language screenshots: the main window in Dutch and in French, and a page
of a Dutch journal PDF.

    xvfb-run -a -s "-screen 0 1366x768x24" sh -c \
        'openbox & .venv/bin/python tools/language_screenshots.py docs/screenshots'

Each language runs in a process of its own (a fresh profile, the language chosen as View →
Language remembers it, ``i18n.install`` as the app does at start). The window shows the
flagship scenario with a citation open beside it: a Dutch quote, which a Dutch reader reads
as written and a French one with its French gloss. The PDF page is the journal export
(``QPdfWriter``) drawn by ``pdftoppm``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import settle, shoot  # tools/screenshots.py: the same grab

SCENARIO, CITATION = "troops-or-enablers", "minusma-substantial"


def window_in(language: str, out: Path) -> None:
    profile = tempfile.mkdtemp(prefix="explorer-shots-")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(profile, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(profile, "data")

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from explorer.app import configure_application
    from explorer.ui import i18n
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import LANGUAGE, WELCOME_SEEN, Settings

    app = QApplication(sys.argv)
    configure_application(app)
    settings = Settings()
    settings.set(WELCOME_SEEN, True)
    settings.set(LANGUAGE, language)
    i18n.install(app, settings)
    window = MainWindow(settings)
    window.showMaximized()
    loaded = QEventLoop()
    window.packLoaded.connect(lambda _pack: loaded.quit())
    window.open_pack(None)
    loaded.exec()
    settle(800)
    window.open_scenario(SCENARIO, focus=True)
    window.open_citation(SCENARIO, CITATION)
    shoot(app, out / f"main-window-{language}.png")
    if language == "nl":
        journal_pdf(window, out)
    window.close()


def journal_pdf(window, out: Path) -> None:  # type: ignore[no-untyped-def]
    """A Dutch journal entry exported to PDF as Journal → Export does, its first page as PNG."""
    from explorer.core.evidence.anchoring import resolve
    from explorer.core.reflection.citing import cite_span
    from explorer.core.reflection.journal import Journal, JournalEntry
    from explorer.ui.journal_view import export_report
    from explorer.ui.tasks import wait_for_all

    corpus, pack = window.corpus, window.pack
    citation, _anchor = pack.citation(SCENARIO, CITATION)
    document = corpus[citation.source]
    found = resolve(document, citation.quote)
    quote = cite_span(document, found.edition_start, found.edition_end)
    folder = Path(tempfile.mkdtemp(prefix="explorer-pdf-"))
    journal = Journal(folder / "notities.journal.json", "Seminarie vredesoperaties")
    journal.put(
        JournalEntry(
            SCENARIO,
            "the-request",
            choice="scarce-enablers",
            confidence=4,
            first_instinct="contingent-in-numbers",
            rationale=(
                "Na MINUSMA is een tweede groot contingent niet haalbaar; schaarse enablers "
                "wegen zwaarder dan aantallen. De “kwalitatieve aanwezigheid” van België is geen "
                "model: ‘aanwezig zijn’ is niet hetzelfde als bijdragen."
            ),
            citations=[quote],
            weights={"burden-sharing": 4, "cost": 3},
        )
    )
    pdf = folder / "journal.pdf"
    task = export_report(window, journal, pack, corpus, path=pdf)
    assert task is not None
    wait_for_all()
    settle(200)
    assert task.error is None, task.error
    stem = out / "journal-pdf-nl"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)], check=True
    )
    print("saved", stem.with_suffix(".png"))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) > 2:  # one language, in this process
        window_in(sys.argv[2], out)
        return 0
    for language in ("nl", "fr"):  # a process each: a fresh QApplication and profile
        subprocess.run([sys.executable, __file__, str(out), language], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
