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

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import settle, shoot, start  # tools/screenshots.py: the same start-up and grab

SCENARIO, CITATION = "troops-or-enablers", "minusma-substantial"


def window_in(language: str, out: Path) -> None:
    app, window, _settings = start(language=language)
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
