"""Open-to-highlight: following a citation until the highlighted passage is painted.

The app's ``SourceViewer.show_citation`` is timed up to a synchronous repaint of
the shown viewer (so the layout Qt needs to scroll to the passage is included),
next to a bare ``QTextBrowser`` doing the same job: set the text, select the
span, move there, repaint. "open" is the first citation into a document (the
rendering of the document included: a new viewer each time); "jump" is a further
citation into the document already shown.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest  # here, not in the first timed step
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit, QWidget

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.ui.settings import Settings
from explorer.ui.source_viewer import SourceViewer
from explorer.ui.theme import Appearance

SIZE = (1400, 900)


def _app() -> QApplication:
    app = QApplication.instance() or QApplication(["bench"])
    assert isinstance(app, QApplication)
    return app


def _viewer(corpus: Corpus, pack: LoadedPack) -> SourceViewer:
    settings = Settings(Path(tempfile.mkdtemp(prefix="bench-highlight-")) / "bench.ini")
    viewer = SourceViewer(corpus, appearance=Appearance(_app(), settings))
    viewer.resize(*SIZE)
    viewer.set_pack(pack)
    viewer.show()
    _app().processEvents()  # exposed, laid out: what a viewer already on screen is
    return viewer


def _timed(action: Any, widget: Any) -> float:
    started = time.perf_counter()
    action()
    widget.repaint()
    return (time.perf_counter() - started) * 1000


def citations_by_source(pack: LoadedPack) -> dict[str, list[tuple[str, str]]]:
    """(scenario, citation) pairs per source, in reading order of the passage."""
    found: dict[str, list[tuple[int, str, str]]] = {}
    for (scenario_id, citation_id), anchor in pack.anchors.items():
        found.setdefault(anchor.source_id, []).append((anchor.edition_start, scenario_id, citation_id))
    return {source: [(s, c) for _, s, c in sorted(items)] for source, items in found.items()}


def app_viewer(corpus: Corpus, pack: LoadedPack, repeat: int, positions: tuple[float, ...]) -> dict[str, Any]:
    """Per source: open at the citation nearest each relative position, then jump among them."""
    _app()
    opens: list[float] = []
    jumps: list[float] = []
    for cited in citations_by_source(pack).values():
        picks = [cited[min(len(cited) - 1, int(share * len(cited)))] for share in positions]
        for pick in picks:
            for _ in range(repeat):
                viewer = _viewer(corpus, pack)
                opens.append(_timed(lambda v=viewer, p=pick: v.show_citation(*p), viewer))
                viewer.deleteLater()
        viewer = _viewer(corpus, pack)
        viewer.show_citation(*picks[0])
        for _ in range(repeat):
            for pick in picks[1:] + picks[:1]:
                jumps.append(_timed(lambda v=viewer, p=pick: v.show_citation(*p), viewer))
        viewer.deleteLater()
        _app().processEvents()
    return _summary(opens, jumps)


def bare_browser(
    corpus: Corpus, pack: LoadedPack, repeat: int, positions: tuple[float, ...]
) -> dict[str, Any]:
    """The same passages in a bare QTextBrowser showing the reading edition as plain text."""
    _app()
    opens: list[float] = []
    jumps: list[float] = []
    highlight = QTextCharFormat()
    highlight.setBackground(QColor("#ffe97a"))

    def show(browser: QTextBrowser, text: str | None, start: int, end: int) -> None:
        if text is not None:
            browser.setPlainText(text)
        cursor = QTextCursor(browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[misc]
        selection.format = highlight  # type: ignore[misc]
        browser.setExtraSelections([selection])
        cursor.setPosition(start)
        browser.setTextCursor(cursor)
        browser.ensureCursorVisible()

    for source_id, cited in citations_by_source(pack).items():
        text = corpus[source_id].edition.text
        spans = []
        for share in positions:
            anchor = pack.anchors[cited[min(len(cited) - 1, int(share * len(cited)))]]
            spans.append((anchor.edition_start, anchor.edition_end))
        for start, end in spans:
            for _ in range(repeat):
                browser = _bare_browser()
                opens.append(_timed(lambda b=browser, t=text, s=start, e=end: show(b, t, s, e), browser))
                browser.deleteLater()
        browser = _bare_browser()
        show(browser, text, *spans[0])
        for _ in range(repeat):
            for start, end in spans[1:] + spans[:1]:
                jumps.append(_timed(lambda b=browser, s=start, e=end: show(b, None, s, e), browser))
        browser.deleteLater()
        _app().processEvents()
    return _summary(opens, jumps)


def _bare_browser() -> QTextBrowser:
    browser = QTextBrowser()
    browser.resize(*SIZE)
    browser.show()
    _app().processEvents()
    return browser


def _summary(opens: list[float], jumps: list[float]) -> dict[str, Any]:
    return {
        "open_ms": round(statistics.median(opens), 1),
        "open_max_ms": round(max(opens), 1),
        "jump_ms": round(statistics.median(jumps), 1),
        "jump_max_ms": round(max(jumps), 1),
    }


def scroll_through(corpus: Corpus, pack: LoadedPack, source_id: str, limit: int = 20_000) -> dict[str, Any]:
    """Page Down from the start to the end of a source, app viewer and bare browser: the longest step.

    Each step is one Page Down key press until the view has painted; the figure
    that matters is the worst one (a freeze the reader feels).
    """
    app = _app()
    viewer = _viewer(corpus, pack)
    viewer.show_source(source_id)
    app.processEvents()
    browser = viewer.pane.browser
    text = corpus[source_id].edition.text
    steps: list[float] = []
    browser.setFocus()
    bottom = browser.viewport().rect().bottomLeft()
    reached = 0
    while len(steps) < limit and reached < len(text) - 200:
        steps.append(_timed(lambda: _key_and_events(browser), viewer))
        reached = viewer.pane.text_index(browser.cursorForPosition(bottom).position())
    viewer.deleteLater()

    bare_steps: list[float] = []
    bare = _bare_browser()
    bare.setPlainText(text)
    bare.setFocus()
    while len(bare_steps) < limit:
        bare_steps.append(_timed(lambda: _key_and_events(bare), bare))
        bar = bare.verticalScrollBar()
        if bar.value() >= bar.maximum():
            break
    bare.deleteLater()
    app.processEvents()
    return {
        "steps": len(steps),
        "worst_ms": round(max(steps), 1),
        "worst_step": steps.index(max(steps)),
        "median_ms": round(statistics.median(steps), 1),
        "reached_end": reached >= len(text) - 200,
        "bare_steps": len(bare_steps),
        "bare_worst_ms": round(max(bare_steps), 1),
        "bare_median_ms": round(statistics.median(bare_steps), 1),
    }


def _key_and_events(widget: QWidget) -> None:
    """Page Down, and whatever it set off on the event loop (a window move)."""
    QTest.keyClick(widget, Qt.Key.Key_PageDown)
    _app().processEvents()
