"""A pack full of markup is shown as text everywhere, and nothing in it loads a resource.

The good test pack is copied and every string field a pack author writes gets
an ``<img src="/dev/zero">`` (which, rendered as rich text, aborts the app
with ``std::bad_alloc``), a ``<b>``, an ``<a href>``, an entity, right-to-left
marks and a very long word; the Markdown fields also get web, mail,
``javascript:`` and ``file:`` links and an image. Then the app is walked as a
reader and a facilitator walk it: every scenario and stage with the notes open,
the trade-off matrix and chart with every cell selected, every citation in the
source viewer, the reflection panel (Ctrl+J) and the journal, a search, the
library's tooltips (hovered), the problems panel, the workshop set-up, console
and presenter at every step. After each, every label, tooltip, item, header and
document on screen is read: none may render pack markup as rich text, and no
document may hold an image or a link the app does not follow.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QTextEdit,
    QToolTip,
    QWidget,
)

from explorer.core.evidence.corpus import Corpus
from explorer.core.workshop.files import load_session, save_session, session_filename
from explorer.core.workshop.plan import agenda_item, new_plan
from explorer.core.workshop.roles import load_roles
from explorer.core.workshop.session import Step, new_session
from explorer.ui.search_model import HTML_ROLE
from explorer.ui.workshop.running import RunningSession
from explorer.ui.workshop.setup_dialog import WorkshopSetupDialog
from tests.ui.conftest import GOOD_PACK, TWO_STAGE, link_point

IMAGE = '<img src="/dev/zero">'
BOLD = "<b>Bold</b>"
ANCHOR = '<a href="http://evil.example/">Anchor</a>'
#: Put in front of every string an author writes: Qt looks for tags on the first line.
MARKUP = f"{IMAGE}{BOLD}{ANCHOR} &amp; \u202eRTL\u202c \u200f{'W' * 150} "
WEB, MAIL = "http://evil.example/x", "mailto:someone@example.org"
#: Added to the Markdown fields.
MARKDOWN_LINKS = (
    f" [web]({WEB} \"<img src='/dev/zero'>\") [mail]({MAIL}) [script](javascript:alert(1))"
    " [file](file:///etc/passwd) ![picture](/dev/zero)"
)
MARKDOWN_FIELDS = {"context", "description", "facilitator_notes"}
#: Ids, references and enumerations: what a pack needs to stay valid.
KEPT = {
    "id",
    "source",
    "quote",
    "prefix",
    "suffix",
    "dimension",
    "evidence",
    "difficulty",
    "language",
    "leads_to",
    "next",
    "available_if",
    "citations",
    "tags",
    "as_of",
}
RAW = (IMAGE, BOLD, ANCHOR)
SCHEMES_FOLLOWED = ("cite:", "stage:", "http://", "https://", "mailto:")


def inject(node: object, key: str = "") -> object:
    """``node`` with markup added to every string an author writes (ids and quotes kept)."""
    if isinstance(node, dict):
        return {k: v if k in KEPT and not isinstance(v, dict) else inject(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [inject(item, key) for item in node]
    if isinstance(node, str):
        return MARKUP + node + (MARKDOWN_LINKS if key in MARKDOWN_FIELDS else "")
    return node


@pytest.fixture
def markup_pack(tmp_path: Path) -> Path:
    directory = tmp_path / "markup-pack"
    shutil.copytree(GOOD_PACK, directory)
    (directory / "mission-leaves.yaml").write_text(TWO_STAGE, encoding="utf-8")
    for path in directory.glob("*.yaml"):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(yaml.safe_dump(inject(document), allow_unicode=True), encoding="utf-8")
    # A file with an error, so the problems panel has a message that quotes the pack.
    broken = yaml.safe_load((directory / "belgian-presence.yaml").read_text(encoding="utf-8"))
    broken["id"] = "broken-quote"
    broken["evidence"]["small-army"]["quote"] = f"{IMAGE}{BOLD} is in no source at all"
    (directory / "broken-quote.yaml").write_text(yaml.safe_dump(broken, allow_unicode=True), encoding="utf-8")
    return directory


@pytest.fixture
def refused_resources(caplog: pytest.LogCaptureFixture) -> Iterator[Callable[[], list[str]]]:
    """Every resource a rich-text document asked for (and was refused so far); must stay empty."""

    def requested() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.name == "explorer.ui.safe_documents"]

    with caplog.at_level(logging.WARNING, logger="explorer.ui.safe_documents"):
        yield requested
    assert requested() == []


class UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def outside() -> Iterator[UrlRecorder]:
    """Stands in for the browser and the mail program."""
    recorder = UrlRecorder()
    for scheme in ("http", "https", "mailto", "file", "javascript"):
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    yield recorder
    for scheme in ("http", "https", "mailto", "file", "javascript"):
        QDesktopServices.unsetUrlHandler(scheme)


# -- reading the screen --------------------------------------------------------------------------
def renders_markup(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """True if Qt would lay ``text`` out as rich text with pack markup (or any image) in it."""
    if not text or text_format == Qt.TextFormat.PlainText:
        return False
    if text_format == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text):
        return False
    return any(raw in text for raw in RAW) or "<img" in text.lower()


def as_shown(text: str) -> str:
    """What a tooltip shows for ``text``: Qt's own decision between plain and rich."""
    if not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _model_offences(view: QAbstractItemView, where: str) -> list[str]:
    model = view.model()
    found: list[str] = []

    def columns(parent: QModelIndex) -> int:
        return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and renders_markup(tip):
                    found.append(f"{where} item ({row}, {column}) tooltip: {tip[:100]!r}")
                html = index.data(HTML_ROLE)  # the search results' rich-text rows
                if isinstance(html, str) and renders_markup(html, Qt.TextFormat.RichText):
                    found.append(f"{where} item ({row}, {column}) rich text: {html[:100]!r}")
            if depth < 3:
                walk(model.index(row, 0, parent), depth + 1)

    walk(QModelIndex(), 0)
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns(QModelIndex())),
        (Qt.Orientation.Vertical, min(model.rowCount(), 200)),
    ):
        for section in range(count):
            tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and renders_markup(tip):
                found.append(f"{where} header {section} tooltip: {tip[:100]!r}")
    return found


def _document_offences(document: QTextDocument, where: str) -> list[str]:
    found: list[str] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                found.append(f"{where}: an image {fmt.toImageFormat().name()!r}")
            if fmt.isAnchor() and fmt.anchorHref():
                href = fmt.anchorHref()
                if not href.startswith(SCHEMES_FOLLOWED):
                    found.append(f"{where}: a link to {href!r}")
                elif href.startswith(("http", "mailto")) and not fmt.toolTip():
                    found.append(f"{where}: an external link to {href!r} without its address on hover")
            if renders_markup(fmt.toolTip()):
                found.append(f"{where}: a link tooltip {fmt.toolTip()[:100]!r}")
            fragments += 1
        block = block.next()
    return found


def offences() -> list[str]:
    """Every place on screen where pack markup would be rendered as rich text."""
    found: list[str] = []
    for widget in QApplication.allWidgets():
        if not isinstance(widget, QWidget):
            continue
        where = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        if isinstance(widget, QLabel) and renders_markup(widget.text(), widget.textFormat()):
            found.append(f"{where} label: {widget.text()[:100]!r}")
        if renders_markup(widget.toolTip()):
            found.append(f"{where} tooltip: {widget.toolTip()[:100]!r}")
        for action in widget.actions():
            if renders_markup(action.toolTip()):
                found.append(f"{where} action tooltip: {action.toolTip()[:100]!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_offences(widget, where)
        if isinstance(widget, QTextEdit):
            found += _document_offences(widget.document(), where)
    return found


def hrefs(document: QTextDocument) -> set[str]:
    """Every link address in ``document``."""
    found = set()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            found.add(fragments.fragment().charFormat().anchorHref())
            fragments += 1
        block = block.next()
    return found - {""}


def hover(widget: QWidget, point: QPoint) -> str:
    """Ask ``widget`` for its tooltip at ``point``, as resting the mouse there does; the text shown."""
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


# -- the walk ----------------------------------------------------------------------------------------
def test_no_widget_renders_pack_markup_and_nothing_loads(
    qtbot, make_window, markup_pack: Path, corpus: Corpus, refused_resources, outside
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(markup_pack)
    pack = window.pack
    assert {s.id for s in pack.scenarios} == {"belgian-presence", "mission-leaves"}
    assert [p.file for p in pack.errors] and all("broken-quote" in p.file for p in pack.errors)
    assert offences() == []

    # The library: every entry hovered; the summary's markup is shown as typed.
    library = window.library.view
    for row in range(library.model().rowCount()):
        index = library.model().index(row, 0)
        library.scrollTo(index)
        shown = hover(library.viewport(), library.visualRect(index).center())
        assert IMAGE in as_shown(shown) and not renders_markup(shown)

    # Every scenario and stage, facilitator notes open; every citation in the source viewer.
    window.notes_action.setChecked(True)
    browser = window.scenario_view.browser
    for scenario in pack.scenarios:
        for stage in scenario.stages:
            window.open_scenario(scenario.id, stage.id, focus=True)
            page = browser.toPlainText()
            assert IMAGE in page and BOLD in page  # shown as text, not dropped
            assert re.search(r"web\s⇗\sevil\.example", page) and re.search(r"mail\s✉", page)  # marked
            # Script and file links keep their words only; the image stays Markdown text.
            assert "passwd" not in page and "javascript" not in page and "![picture](/dev/zero)" in page
            for href in {h for h in hrefs(browser.document()) if h.startswith("cite:")}:
                shown = hover(browser.viewport(), link_point(browser, href))
                assert shown and not renders_markup(shown)  # the quote and its gloss, as text
            assert offences() == []
        for citation_id in scenario.evidence:
            window.open_citation(scenario.id, citation_id)
            assert offences() == []

    # The trade-off matrix and chart, every cell selected.
    for scenario in pack.scenarios:
        window.open_scenario(scenario.id)
        window.show_view(window.TRADEOFF_VIEW)
        matrix = window.tradeoff_matrix
        for chart in (False, True):
            matrix.show_chart(chart)
            for row in range(matrix.model.rowCount()):
                for column in range(matrix.model.columnCount()):
                    matrix.table.setCurrentIndex(matrix.model.index(row, column))
                    assert offences() == []
            matrix.chart.grab()
            bars = matrix.chart._bars  # where the chart drew each bar
            for rect, _row, _column in bars[:4]:
                assert not renders_markup(hover(matrix.chart, rect.center()))

    # The reflection panel (Ctrl+J), with a first instinct and a change of mind.
    window.open_scenario("belgian-presence", focus=True)
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    panel = window.reflection.panel
    assert panel is not None and panel.isVisible()
    panel.instinct_combo.setCurrentIndex(1)
    qtbot.mouseClick(panel.record_instinct, Qt.MouseButton.LeftButton)
    panel.choice_combo.setCurrentIndex(2)
    panel.rationale.setPlainText(MARKUP + "my reasons")
    assert panel.mind_label.isVisible() and IMAGE not in panel.mind_label.text()  # escaped
    label = panel.weights._grid.itemAtPosition(1, 0).widget()
    assert isinstance(label, QLabel) and label.text().startswith(IMAGE)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert offences() == []

    # The journal and a search.
    panel.flush()
    window.reflection.focus_journal()
    assert offences() == []
    qtbot.waitUntil(lambda: window.search_dock.index is not None, timeout=20_000)
    window.search_panel.query.setText("bold")
    qtbot.keyClick(window.search_panel.query, Qt.Key.Key_Return)
    assert window.search_panel.model.rowCount() > 0
    assert offences() == []

    # The problems panel quotes the broken file.
    window.show_problems()
    assert offences() == []
    assert outside.opened == []

    assert refused_resources() == []

    # The workshop: set-up, console and presenter at every step of a stage.
    roles = load_roles(corpus)
    dialog = WorkshopSetupDialog(pack, corpus, roles, window, appearance=window.appearance)
    qtbot.addWidget(dialog)
    dialog.show()
    for row in range(dialog.agenda_model.rowCount()):
        dialog.agenda.setCurrentIndex(dialog.agenda_model.index(row, 0))
        assert offences() == []
    dialog.close()
    plan = new_plan(
        MARKUP + "seminar",
        [
            agenda_item(pack, corpus, "belgian-presence", minutes=20, discussion_minutes=6),
            agenda_item(pack, corpus, "mission-leaves", minutes=20, discussion_minutes=6),
        ],
        [(MARKUP + "Table 1", "host-government", 20), (MARKUP + "Table 2", None, None)],
        corpus,
        roles,
    )
    session = new_session(plan)
    path = markup_pack.parent / session_filename(session)
    save_session(path, session)
    run = RunningSession(load_session(path), appearance=window.appearance)
    qtbot.addWidget(run.console)
    run.start()
    assert run.presenter is not None
    qtbot.addWidget(run.presenter)
    assert IMAGE in run.console.windowTitle() and IMAGE in run.presenter.windowTitle()
    run.console.activateWindow()  # the facilitator's keys go to the console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is run.console)
    notes, asked, steps = run.console.pack_notes, False, set()
    for _ in range(24):
        qtbot.keyClick(run.console, Qt.Key.Key_PageDown)
        session = run.controller.session
        steps.add((session.item, session.step))
        assert offences() == []
        if session.step in (Step.FIRST_VOTE, Step.SECOND_VOTE):  # votes in, then shown to the room
            round_number = 1 if session.step is Step.FIRST_VOTE else 2
            agenda = session.agenda_item()
            assert agenda is not None
            choices = agenda.card.choice_ids()
            for n, group in enumerate(session.plan.groups):
                run.controller.set_votes(round_number, group.id, {choices[n % len(choices)]: 3 + n})
            run.controller.reveal()
            assert offences() == []
        if not asked and WEB in hrefs(notes.document()):
            # The pack's notes on the console: an outside link asks first there too.
            qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=link_point(notes, WEB))
            box = run.console.findChild(QMessageBox, "external-link-confirmation")
            assert isinstance(box, QMessageBox) and box.isVisible() and WEB in box.text()
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
            asked = True
    assert len(steps) >= 12 and asked and outside.opened == []
    run.console.close()


def test_an_external_link_asks_first_and_shows_the_whole_address(
    qtbot, make_window, markup_pack: Path, refused_resources, outside
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(markup_pack)
    window.open_scenario("belgian-presence", focus=True)
    browser = window.scenario_view.browser
    point = link_point(browser, WEB)
    assert "Outside the explorer: http://evil.example/x" in as_shown(hover(browser.viewport(), point))
    qtbot.mouseMove(browser.viewport(), point)  # the status bar says where it goes, as one plain line
    qtbot.waitUntil(
        lambda: "Outside the explorer: http://evil.example/x" in window.statusBar().currentMessage()
    )

    def click_and_answer(button: QMessageBox.StandardButton) -> QMessageBox:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(browser, WEB))
        boxes = window.scenario_view.findChildren(QMessageBox, "external-link-confirmation")
        shown = [box for box in boxes if box.isVisible()]  # an answered one may await deletion
        assert len(shown) == 1
        box = shown[0]
        assert box.textFormat() == Qt.TextFormat.PlainText and WEB in box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not box.isVisible())
        return box

    assert refused_resources() == []
    click_and_answer(QMessageBox.StandardButton.Cancel)
    assert outside.opened == []  # one click never opens an outside address
    click_and_answer(QMessageBox.StandardButton.Open)
    assert [url.toString() for url in outside.opened] == [WEB]
    # Script and file links are no links at all: nothing to click, nothing opened.
    links = hrefs(browser.document())
    assert {WEB, MAIL} <= links
    assert not any(href.startswith(("javascript", "file", "/")) for href in links)


# -- the helpers, one by one ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        IMAGE + "Protection of civilians",
        "plain & simple",
        "&lt;b&gt; typed as entities",
        "first line\n<b>second</b> line\n  indented",
        MARKUP,
        "",
    ],
)
def test_a_tooltip_shows_exactly_the_text_it_was_given(qapp, text: str) -> None:  # type: ignore[no-untyped-def]
    from explorer.ui.plain_text import tooltip

    shown = tooltip(text)
    assert not renders_markup(shown)
    assert as_shown(shown) == text


def test_long_tooltips_are_cut_and_fillers_fill_once(qapp) -> None:  # type: ignore[no-untyped-def]
    from explorer.ui.plain_text import arg, mnemonic_free, status_line, tooltip, window_title

    assert len(as_shown(tooltip(IMAGE + "x" * 100_000))) <= 1500
    assert arg("“%1” leads with %2.", "Choice %2", "+4") == "“Choice %2” leads with +4."
    assert arg("%1 and %3", "a") == "a and %3"
    assert mnemonic_free("Fish & chips") == "Fish && chips"
    assert window_title("Draft [*] pack") == "Draft [*][*] pack"
    assert status_line("a\nb\t c " + "d" * 500) == "a b c " + "d" * 293 + "…"


def test_rendered_markdown_marks_outside_links_and_drops_the_rest(qapp) -> None:  # type: ignore[no-untyped-def]
    from explorer.ui.markdown_render import render_markdown

    rendered = render_markdown(
        "[a](cite:x) [b](https://exämple.org/p \"<img src='/dev/zero'>\") [c](mailto:a@b.org) "
        "[d](javascript:alert(1)) [e](file:///etc/passwd) [f](/dev/zero) <b>g</b> ![h](/dev/zero)",
        lambda citation: IMAGE + "the quote",
    )
    document = QTextDocument()
    document.setHtml(rendered)
    assert hrefs(document) == {"cite:x", "https://xn--exmple-cua.org/p", "mailto:a@b.org"}
    assert _document_offences(document, "rendered") == []
    text = document.toPlainText()
    assert "⇗" in text and "xn--exmple-cua.org" in text and "✉" in text
    assert "<b>g</b>" in text and "![h](/dev/zero)" in text and "passwd" not in text


def test_safe_documents_refuse_every_resource(qapp, caplog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    from explorer.ui.safe_documents import SafeTextBrowser, SafeTextDocument

    picture = tmp_path / "picture.png"
    image = QImage(80, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    style = tmp_path / "large.css"
    style.write_text("p { font-size: 80px }", encoding="utf-8")
    page = (
        f'<html><head><link rel="stylesheet" type="text/css" href="{style}"></head>'
        f'<body><p>x<img src="{picture}"><img src="/dev/zero"></p></body></html>'
    )
    browser = SafeTextBrowser()
    document = SafeTextDocument()
    with caplog.at_level(logging.WARNING, logger="explorer.ui.safe_documents"):
        for each in (browser.document(), document):
            if each is document:
                document.setHtml(page)
            else:
                browser.setHtml(page)
            each.setTextWidth(400)
            plain = QTextDocument()
            plain.setDefaultFont(each.defaultFont())
            plain.setHtml("<p>x</p>")
            plain.setTextWidth(400)
            # Neither the 80-pixel picture nor the 80-pixel type: as tall as the word alone.
            assert each.size().height() <= plain.size().height() + 1
            loaded = each.resource(QTextDocument.ResourceType.ImageResource, QUrl(str(picture)))
            assert isinstance(loaded, QImage) and loaded.width() <= 1  # the blank pixel, not the picture
    refused = [r.getMessage() for r in caplog.records if r.name == "explorer.ui.safe_documents"]
    assert any(str(picture) in m for m in refused) and any("/dev/zero" in m for m in refused)
    assert any(str(style) in m for m in refused)
    assert not browser.openLinks()


def test_a_right_to_left_override_in_pack_text_ends_with_it(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextLayout

    from explorer.ui.plain_text import arg, isolate

    def positions(text: str) -> list[float]:
        layout = QTextLayout(text, qapp.font())
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(2000)
        layout.endLayout()
        return [line.cursorToX(i)[0] for i in range(len(text) + 1)]

    sentence = arg("“%1” leads with %2.", "\u202eabc", "+4")
    assert sentence == "“\u2068\u202eabc\u2069” leads with +4."
    tail = sentence.index("” leads")
    xs = positions(sentence)[tail:]
    assert xs == sorted(xs)  # the app's words after the value still read left to right
    assert arg("%1", "plain words") == "plain words"  # no controls: nothing added
    assert isolate("\u2069\u202eevil") == "\u2068\u202eevil\u2069"  # a stray pop cannot close it early
    assert isolate("\u2067nested") == "\u2068\u2067nested\u2069\u2069"


def test_a_review_note_with_markup_is_a_plain_tooltip(qapp) -> None:  # type: ignore[no-untyped-def]
    from explorer.core.evidence.review import ItemKind, Location, ReviewRecord, ReviewState, Verdict
    from explorer.ui.claim_html import review_mark_html

    where = Location("s", "st", "c", ItemKind.TRADEOFF, 0)
    for verdict in (Verdict.CONFIRMED, Verdict.UNSUPPORTED):
        record = ReviewRecord("hash", where, verdict, MARKUP + "A. Reader", "2026-12-01", note=IMAGE + BOLD)
        for state in (ReviewState.REVIEWED, ReviewState.STALE):
            document = QTextDocument()
            document.setHtml(f"<p>claim{review_mark_html(state, record, '#666', '#a00')}</p>")
            assert _document_offences(document, "review mark") == []
            tips = set()
            block = document.begin()
            fragments = block.begin()
            while not fragments.atEnd():
                tips.add(as_shown(fragments.fragment().charFormat().toolTip()))
                fragments += 1
            assert any("A. Reader" in tip and IMAGE in tip for tip in tips)  # shown, as typed


def test_a_message_box_shows_pack_text_as_typed(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from explorer.ui.plain_text import show_message

    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *_args):  # type: ignore[no-untyped-def]
        shown.append((title, text))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "warning", warning)
    text = f"The workshop “{IMAGE}{BOLD}” could not be saved:\ndisk full"
    answer = show_message(
        None,
        QMessageBox.Icon.Warning,
        "Session [*] not saved",
        text,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    assert answer == QMessageBox.StandardButton.Discard
    [(title, message)] = shown
    assert title == "Session [*][*] not saved"
    assert not renders_markup(message) and as_shown(message) == text
