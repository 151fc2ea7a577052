"""The checks of ``explorer self-test`` that need Qt: the real views, offscreen.

Each takes the running ``SelfTest`` (for what earlier checks loaded) and returns
the line to print, or raises ``CheckFailed`` with a sentence saying what broke.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer import __version__
from explorer.selftest_checks import CheckFailed

if TYPE_CHECKING:
    from explorer.selftest_checks import SelfTest
    from explorer.ui.theme import Appearance


def start_qt(test: SelfTest) -> str:
    """The QApplication (offscreen unless a screenshot is wanted), with throwaway settings."""
    from PySide6.QtCore import QLibraryInfo, QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if test.screenshot is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Nothing the self-test does may touch the user's own settings.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(test.workdir / "settings"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    test.app = app
    qInstallMessageHandler(lambda _kind, _context, text: test.qt_messages.append(text))
    check_none_references()
    return f"Qt {QLibraryInfo.version().toString()}, platform {app.platformName()}"


def translations(test: SelfTest) -> str:
    """Every interface translation shipped (.qm) loads; English counts have their plural forms."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from explorer.ui.i18n import SUPPORTED, Translations, translations_dir

    shipped = sorted(path.stem.removeprefix("explorer_") for path in translations_dir().glob("explorer_*.qm"))
    if "en" not in shipped:
        raise CheckFailed(f"explorer_en.qm (the English plural forms) is not in {translations_dir()}")
    for code in shipped:
        if not QTranslator().load(f"explorer_{code}", str(translations_dir())):
            raise CheckFailed(f"explorer_{code}.qm does not load")
    Translations.current(test.app).apply("en")
    one = QCoreApplication.translate("JournalView", "%n entries", "", 1)
    if one != "1 entry":
        raise CheckFailed(f"English plurals are not applied: {one!r}")
    others = [code for code in shipped if code != "en" and code in SUPPORTED]
    return f"English plural forms; interface in {', '.join(others) or 'English only'}"


def _appearance(test: SelfTest) -> Appearance:
    """The theme the views are drawn in: the self-test's throwaway settings' (light or the system's)."""
    from explorer.ui.settings import Settings
    from explorer.ui.theme import Appearance

    return Appearance(test.app, Settings(test.workdir / "explorer.ini"))


def render_scenarios(test: SelfTest) -> str:
    """Every stage of every scenario in the real scenario view: title shown, links to real citations."""
    from explorer.ui.markdown_render import CITE_SCHEME
    from explorer.ui.scenario_view import ScenarioView

    view = ScenarioView(test.corpus, appearance=_appearance(test))
    view.resize(1000, 800)
    view.set_pack(test.pack)
    stages = links = 0
    try:
        for scenario in test.pack.scenarios:
            for stage in scenario.stages:
                view.show_scenario(scenario.id, stage.id)
                document = view.browser.document()
                if scenario.title not in document.toPlainText():
                    raise CheckFailed(f"{scenario.id}/{stage.id}: the page does not show the title")
                for href in _hrefs(document):
                    if href.startswith(f"{CITE_SCHEME}:"):
                        if href.removeprefix(f"{CITE_SCHEME}:") not in scenario.evidence:
                            raise CheckFailed(f"{scenario.id}: a link points to no citation: {href}")
                        links += 1
                if view.grab().isNull():
                    raise CheckFailed(f"{scenario.id}/{stage.id}: the page could not be drawn")
                stages += 1
    finally:
        view.deleteLater()
    if not links:
        raise CheckFailed("no citation links were rendered")
    return f"{len(test.pack.scenarios)} scenarios, {stages} stages drawn, {links} citation links"


def show_sources(test: SelfTest) -> str:
    """A cited passage of every source in the real viewer: exactly that span highlighted, both texts."""
    from explorer.core.evidence.textindex import strip_whitespace
    from explorer.ui.source_viewer import SourceViewer

    first_citation: dict[str, tuple[str, str]] = {}
    for (scenario_id, citation_id), anchor in test.pack.anchors.items():
        first_citation.setdefault(anchor.source_id, (scenario_id, citation_id))
    viewer = SourceViewer(test.corpus, appearance=_appearance(test))
    viewer.resize(1200, 800)
    viewer.set_pack(test.pack)
    highlighted = 0
    try:
        for document in test.corpus:
            if document.id not in first_citation:
                viewer.show_source(document.id)
                if viewer.current_source_id() != document.id:
                    raise CheckFailed(f"{document.id} did not open")
                continue
            scenario_id, citation_id = first_citation[document.id]
            anchor = test.pack.anchors[(scenario_id, citation_id)]
            viewer.show_citation(scenario_id, citation_id)
            expected = (document.id, anchor.edition_start, anchor.edition_end)
            if viewer.highlighted_span() != expected:
                raise CheckFailed(f"{document.id}: highlighted {viewer.highlighted_span()}, not {expected}")
            edition_text = document.edition.text[anchor.edition_start : anchor.edition_end]
            if strip_whitespace(viewer.highlighted_text()) != strip_whitespace(edition_text):
                raise CheckFailed(f"{document.id}: the highlight covers other text than the citation")
            viewer.original_action.setChecked(True)
            original_text = document.original[anchor.start : anchor.end]
            same = strip_whitespace(viewer.original_highlighted_text()) == strip_whitespace(original_text)
            viewer.original_action.setChecked(False)
            if not same:
                raise CheckFailed(f"{document.id}: the original view highlights other text")
            if viewer.grab().isNull():
                raise CheckFailed(f"{document.id}: the viewer could not be drawn")
            highlighted += 1
    finally:
        viewer.deleteLater()
    return f"{len(test.corpus)} sources opened, {highlighted} cited passages highlighted exactly"


def export_pdf(test: SelfTest) -> str:
    """A PDF written the way the app writes them (explorer.ui.pdf_export)."""
    from explorer.core.vocabulary import counted

    path = test.workdir / "self-test.pdf"
    pages = write_pdf_report(path, test.pack, test.corpus)
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or pages < 1:
        raise CheckFailed(f"{path} is not a PDF")
    return f"{counted(pages, 'page')}, {len(data) // 1024} KB"


def main_window(test: SelfTest) -> str:
    """The main window loads the pack, lists it, and opens a citation highlighted (and the screenshot)."""
    from explorer.app import configure_application
    from explorer.ui import settings as keys
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings
    from explorer.ui.tasks import wait_for_all

    configure_application(test.app)
    settings = Settings(test.workdir / "explorer.ini")
    settings.set(keys.WELCOME_SEEN, True)
    window = MainWindow(settings, corpus=test.corpus)
    try:
        window.resize(1600, 1000)
        window.show()
        loaded = _wait_for(window.packLoaded, window.packFailed, lambda: window.open_pack(test.pack_dir))
        if loaded is None:
            raise CheckFailed("the main window did not load the pack within 30 s")
        if not loaded:
            raise CheckFailed("the main window could not load the pack")
        shown = window.library.shown_count()
        if shown != len(test.pack.scenarios):
            raise CheckFailed(f"the library lists {shown} of {len(test.pack.scenarios)} scenarios")
        scenario_id, citation_id = _showcase_citation(test.pack)
        window.open_scenario(scenario_id)
        window.open_citation(scenario_id, citation_id)
        anchor = test.pack.anchors[(scenario_id, citation_id)]
        if window.source_viewer.highlighted_span() != (
            anchor.source_id,
            anchor.edition_start,
            anchor.edition_end,
        ):
            raise CheckFailed("following a citation did not highlight its passage")
        detail = f"library lists {shown} scenarios; a citation opens highlighted"
        if test.screenshot is not None:
            _settle(600)
            _save_screenshot(window, test.screenshot)
            detail += f"; screenshot {test.screenshot}"
        return detail
    finally:
        window.close()
        wait_for_all(10_000)
        window.deleteLater()


def check_none_references() -> None:
    """Fail on a PySide6 that loses a reference to ``None`` on every call returning nothing.

    PySide6-Essentials 6.12.0 does (6.11.3 does not). From Python 3.12 on ``None``
    is immortal and nothing happens; on 3.11 the app aborts with "deallocating
    None" after a few thousand such calls, i.e. after a few hundred citations.
    """
    import PySide6
    from PySide6.QtGui import QTextCursor, QTextDocument

    cursor = QTextCursor(QTextDocument())
    before = sys.getrefcount(None)
    for _ in range(200):
        cursor.setPosition(0)
    lost = before - sys.getrefcount(None)
    if lost >= 100:
        raise CheckFailed(
            f"PySide6 {PySide6.__version__} loses a reference to None on each call ({lost} in 200): "
            f"on Python {sys.version.split()[0]} the app aborts after a few hundred actions; "
            "use another PySide6 release (6.11.3 works) or Python 3.12+"
        )


def write_pdf_report(path: Path, pack: Any, corpus: Any) -> int:
    """A small report (scenarios, bibliography) written as the app writes PDFs; its page count."""
    from html import escape

    rows = "".join(
        f"<li><b>{escape(s.title)}</b> — {escape(s.decision_maker)}, {escape(s.moment)}</li>"
        for s in pack.scenarios
    )
    references = "".join(f"<li>{escape(doc.metadata.reference())}</li>" for doc in corpus)
    html = (
        f"<h1>{escape(pack.info.title)}</h1><p>explorer {__version__} self-test report.</p>"
        f"<h2>Scenarios</h2><ul>{rows}</ul><h2>Sources</h2><ol>{references}</ol>"
    )
    try:
        from explorer.ui.pdf_export import write_pdf
    except ImportError:  # an install without the export module: plain QPdfWriter
        from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

        document = QTextDocument()
        document.setHtml(html)
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        document.print_(writer)
        del writer  # the file is complete once the writer is gone
    else:
        write_pdf(html, path, title=pack.info.title)
    data = path.read_bytes()
    return data.count(b"/Type /Page") - data.count(b"/Type /Pages")


def _hrefs(document: Any) -> list[str]:
    """The link targets of a QTextDocument, in order (a link split over fragments counted once)."""
    hrefs = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            href = fragment.charFormat().anchorHref() if fragment.isValid() else ""
            if href and (not hrefs or hrefs[-1] != href):
                hrefs.append(href)
            iterator += 1
        block = block.next()
    return hrefs


def _wait_for(
    succeeded: Any, failed: Any, start: Callable[[], object], timeout_ms: int = 30_000
) -> bool | None:
    """Start something and run Qt's event loop until it succeeds (True), fails (False) or times out."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    result: list[bool] = []
    succeeded.connect(lambda *_: (result.append(True), loop.quit()))
    failed.connect(lambda *_: (result.append(False), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    if not result:
        loop.exec()
    return result[0] if result else None


def _settle(milliseconds: int) -> None:
    """Let Qt lay out and paint for a moment (only before a screenshot)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _showcase_citation(pack: Any) -> tuple[str, str]:
    """A Dutch quote with an English gloss if the pack has one, else the first citation."""
    for scenario in pack.scenarios:
        for citation_id, citation in scenario.evidence.items():
            anchor = pack.anchors.get((scenario.id, citation_id))
            if anchor is not None and anchor.lang == "nl" and citation.gloss:
                return scenario.id, citation_id
    return next(iter(pack.anchors))


def _save_screenshot(window: Any, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    screen = window.screen()
    platform = QApplication.platformName()
    picture = screen.grabWindow(0) if platform not in ("offscreen", "minimal") else window.grab()
    if picture.isNull() or not picture.save(str(path)):
        raise CheckFailed(f"could not save the screenshot to {path}")
