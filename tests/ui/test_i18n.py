"""The interface language: single-pass arguments, plural forms, and switching at run time."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QLabel

from explorer.ui import i18n
from explorer.ui import settings as keys
from explorer.ui.plain_text import arg
from explorer.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/translations.py: the same lrelease as ./dev.sh)


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: QApplication) -> Iterator[None]:
    """A test that switches the language leaves the app in English, as the next test expects."""
    before = QLocale()
    yield
    i18n.Translations.current(qapp).apply("en")
    QLocale.setDefault(before)


def test_arguments_are_filled_in_one_pass() -> None:
    # A user's text holding a placeholder keeps it: the next argument does not land inside it.
    assert (
        arg("Journal “%1” saved to %2", "Notes %2 draft", "/tmp/x")
        == "Journal “Notes %2 draft” saved to /tmp/x"
    )
    assert arg("%2 before %1", "a %1", "b") == "b before a %1"
    assert arg("%1%%2", "x") == "x%%2"  # a placeholder with no value stays as it is
    assert arg("%1 and %10", *"abcdefghij") == "a and j"


def test_no_placeholder_is_filled_by_chained_replace() -> None:
    offenders = []
    for path in sorted((ROOT / "explorer").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"\.replace\(\s*['\"]%\d['\"]", text):
            offenders.append(f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, match.start()) + 1}")
    assert offenders == [], "fill placeholders with plain_text.arg (one pass), not .replace"


def test_english_counts_use_plural_forms(qapp: QApplication) -> None:
    # explorer_en.qm holds the English plural forms; ./dev.sh builds it (here too, to be sure).
    translations.release()
    i18n.Translations.current(qapp).apply("en")
    assert QCoreApplication.translate("JournalView", "%n entries", "", 1) == "1 entry"
    assert QCoreApplication.translate("JournalView", "%n entries", "", 3) == "3 entries"
    assert (
        arg(QCoreApplication.translate("LibraryPanel", "%1 of %n scenarios", "", 1), 1) == "1 of 1 scenario"
    )


def test_every_english_plural_has_its_two_forms() -> None:
    english = (ROOT / "explorer" / "i18n" / "explorer_en.ts").read_text(encoding="utf-8")
    messages = re.findall(r'<message numerus="yes">(.*?)</message>', english, re.S)
    assert messages, "explorer_en.ts lists the plural messages (./dev.sh lupdate)"
    for message in messages:
        assert 'type="unfinished"' not in message, message
        forms = re.findall(r"<numerusform>(.*?)</numerusform>", message)
        assert len(forms) == 2 and all(forms), message


TEST_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message><source>&amp;View</source><translation>Beel&amp;d</translation></message>
    <message><source>&amp;Language</source><translation>&amp;Taal</translation></message>
    <message><source>Library</source><translation>Bibliotheek</translation></message>
</context>
<context>
    <name>LibraryPanel</name>
    <message><source>&amp;Tag</source><translation>&amp;Label</translation></message>
</context>
<context>
    <name>Workspace</name>
    <message><source>Trade-offs</source><translation>Afwegingen</translation></message>
</context>
<context>
    <name>Language</name>
    <message><source>System default</source><translation>Systeemstandaard</translation></message>
</context>
</TS>
"""


@pytest.fixture
def tiny_dutch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A three-word Dutch translation built by lrelease: runs without the real translations."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "explorer_nl.ts").write_text(TEST_TS, encoding="utf-8")
    assert translations.release(folder) == [folder / "explorer_nl.qm"]
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    return folder


def _menu_titles(window: object) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]  # type: ignore[attr-defined]


def test_switching_the_language_changes_the_menus_at_once(
    qtbot, make_window, tiny_dutch, settings_path
) -> None:  # type: ignore[no-untyped-def]
    assert (tiny_dutch / "explorer_nl.qm").is_file()
    window = make_window()
    assert "&View" in _menu_titles(window)
    language_menu = window.menu_actions["language-nl"]
    language_menu.trigger()  # View → Language → Nederlands
    qtbot.waitUntil(lambda: "Beel&d" in _menu_titles(window))
    assert window.library_dock.windowTitle() == "Bibliotheek"
    # Panels retranslate too: the library's captions, the views' tabs.
    assert "&Label" in [label.text() for label in window.library.findChildren(QLabel)]
    assert window.view_tabs.tabText(window.TRADEOFF_VIEW) == "Afwegingen"
    assert window.menu_actions["language-system"].text() == "Systeemstandaard"
    assert window.menu_actions["language-nl"].isChecked()
    # The app's language is QLocale().language(): what views that render pack text follow.
    assert QLocale().language() == QLocale.Language.Dutch
    assert Settings(settings_path).get(keys.LANGUAGE) == "nl"  # remembered, key ui/language

    window.menu_actions["language-en"].trigger()
    qtbot.waitUntil(lambda: "&View" in _menu_titles(window))
    assert window.library_dock.windowTitle() == "Library"
    assert window.view_tabs.tabText(window.TRADEOFF_VIEW) == "Trade-offs"
    assert QLocale().language() == QLocale.Language.English


def test_the_remembered_language_is_installed_at_start(qapp, tiny_dutch, settings_path) -> None:  # type: ignore[no-untyped-def]
    assert i18n.translations_dir() == tiny_dutch
    settings = Settings(settings_path)
    settings.set(keys.LANGUAGE, "nl")
    assert i18n.install(qapp, settings).language == "nl"
    assert QCoreApplication.translate("MainWindow", "&View") == "Beel&d"
    settings.set(keys.LANGUAGE, "")  # the system's: offscreen tests run in English or C
    assert i18n.resolve("") in i18n.SUPPORTED


def test_without_any_qm_the_app_is_in_english(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path / "nothing-here")
    assert i18n.Translations.current(qapp).apply("fr") == "fr"
    assert QCoreApplication.translate("MainWindow", "&View") == "&View"
    assert QLocale().language() == QLocale.Language.French  # dates and numbers still follow


def test_the_vocabulary_marks_the_cores_english_for_translation() -> None:
    # One English definition: the UI's marked words are the core's (which exports print).
    from explorer.core import vocabulary as core
    from explorer.core.workshop.session import Step
    from explorer.ui import vocabulary

    assert vocabulary.TRANSLATION == core.TRANSLATION
    assert dict(vocabulary.EVIDENCE) == dict(core.EVIDENCE)
    assert dict(vocabulary.LANGUAGES) == dict(core.LANGUAGES)
    assert dict(vocabulary.CONFIDENCE) == dict(core.CONFIDENCE)
    assert {step.value: words for step, words in vocabulary.STEPS.items()} == dict(core.STEPS)
    assert set(vocabulary.STEPS) == set(Step)
    assert vocabulary.export_labels() == core.ENGLISH  # in English, the interface passes the defaults
    assert vocabulary.export_labels().translate("Export", "Rationale") == "Rationale"


def test_html_exports_declare_the_language_of_their_words(
    qapp, good_pack, corpus, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # A French export said <html lang="en">: a screen reader then reads its French in English.
    from explorer.core.reflection.journal import Journal
    from explorer.core.report import build_report, to_html
    from explorer.core.workshop.debrief_render import export_text
    from explorer.core.workshop.session import new_session
    from explorer.ui import vocabulary
    from tests.core.workshop_helpers import two_group_plan

    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path / "nothing-here")
    try:
        i18n.Translations.current(qapp).apply("fr")
        labels = vocabulary.export_labels()
        assert labels.lang == "fr"
        journal = Journal(path=tmp_path / "j.json", name="Atelier")
        page = to_html(build_report(journal, good_pack, corpus, labels=labels))
        assert page.startswith('<!DOCTYPE html>\n<html lang="fr">')
        session = new_session(two_group_plan(good_pack, corpus), now=1_000.0)
        assert '<html lang="fr">' in export_text(session, "html", labels=labels)
    finally:
        i18n.Translations.current(qapp).apply("en")
    assert '<html lang="en">' in export_text(session, "html", labels=vocabulary.export_labels())


def test_the_debrief_prints_the_step_names_it_is_given(good_pack, corpus) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from explorer.core.vocabulary import ENGLISH
    from explorer.core.workshop.debrief_render import export_text
    from explorer.core.workshop.session import new_session
    from tests.core.workshop_helpers import two_group_plan

    dutch = replace(ENGLISH, steps={**ENGLISH.steps, "lobby": "Welkom"})
    session = new_session(two_group_plan(good_pack, corpus), now=1_000.0)
    for fmt in ("md", "html"):
        assert "It stopped at: Welkom." in export_text(session, fmt, labels=dutch)
        assert "It stopped at: Welcome." in export_text(session, fmt)


def test_the_application_name_follows_the_language(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Window managers append the display name to a title that does not end with it: in a Dutch
    window it must be the Dutch name, or the title reads "… — Dilemmaverkenner vredesoperaties —
    Peace-operations dilemma explorer"."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from explorer.ui import i18n

    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    try:
        i18n.choose("nl", window.settings)
        name = QCoreApplication.translate("MainWindow", "Peace-operations dilemma explorer")
        assert app.applicationDisplayName() == name
        if (
            i18n.Translations.current(app).language == "nl"
            and (i18n.translations_dir() / "explorer_nl.qm").exists()
        ):
            assert name == "Dilemmaverkenner vredesoperaties"
    finally:
        i18n.choose("en", window.settings)
    assert app.applicationDisplayName() == "Peace-operations dilemma explorer"


def test_search_says_where_a_hit_is_in_the_interface_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The results named where in a scenario each hit is in English whatever the language
    ("Cited passage:", "Choice › …" in a Dutch window). For a pack with no translation of its
    own the indexed text stays the same, so a switch says the fields in the new words without
    building the index again (on a 100,000-scenario pack a build takes minutes)."""
    from PySide6.QtGui import QGuiApplication

    from explorer.ui import i18n

    app = QGuiApplication.instance()
    if window.search_dock.index is None:
        qtbot.waitSignal(window.indexReady, timeout=20_000).wait()
    index = window.search_dock.index
    english = index.search("army").scenarios[0].hits
    assert {"Cited passage", "Title"} & {hit.field for hit in english}
    builds: list[object] = []
    window.indexReady.connect(builds.append)
    try:
        i18n.choose("nl", window.settings)
        QCoreApplication.sendPostedEvents()  # the LanguageChange posted to the window
        assert window.search_dock.index is index and builds == []
        if i18n.Translations.current(app).language == "nl":
            dutch = {hit.field for hit in index.search("army").scenarios[0].hits}
            assert not dutch & {"Cited passage", "Title"}, dutch
            assert dutch & {"Aangehaalde passage", "Titel"}, dutch
    finally:
        i18n.choose("en", window.settings)
        QCoreApplication.sendPostedEvents()
    assert {hit.field for hit in index.search("army").scenarios[0].hits} == {hit.field for hit in english}


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """pyside6-lupdate does not read inside f-strings: a ``tr()`` there never reached the .ts
    files, and its words stayed English in every language. Any call inside the f-string counts,
    not only one at its start: ``{escape(self.tr(...))}`` hid the review window's "Cited
    passages, in context", the About box's version and the presenter's empty map. Call tr()
    outside the f-string, into a variable."""
    import ast

    offenders = []
    for path in sorted((ROOT / "explorer").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                name = getattr(getattr(inner, "func", None), "attr", None) or getattr(
                    getattr(inner, "func", None), "id", None
                )
                if isinstance(inner, ast.Call) and name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                    offenders.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert offenders == []
