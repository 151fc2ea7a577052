"""The Dutch and French interface: every string translated, and no label left in English.

Both tests read the translators' files, ``explorer/i18n/explorer_{nl,fr}.ts``; each skips
only while that file does not exist yet. The second builds the window in English and in
the language, walks every menu, action, window and panel title, button and label, and
requires each to differ from its English, unless it is on the short reviewed allow-list
below (a word the same in both languages, a proper name, a symbol).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
)

from explorer.ui import i18n
from explorer.ui import settings as keys
from explorer.ui.settings import Settings
from tests.ui.screen_text import screen, untranslated, words

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "explorer" / "i18n"
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/translations.py: the same lrelease as ./dev.sh)

LANGUAGES = ("nl", "fr")


def _ts(language: str) -> Path:
    path = I18N / f"explorer_{language}.ts"
    if not path.exists():
        pytest.skip(f"{path.relative_to(ROOT)} does not exist yet (the translators' file; ./dev.sh lupdate)")
    return path


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    root = ET.parse(_ts(language)).getroot()
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            kind = translation.get("type", "") if translation is not None else "missing"
            if kind in ("vanished", "obsolete"):
                continue  # no longer in the code: lupdate keeps it for reuse, Qt ignores it
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if translation is not None
                else []
            )
            text = (translation.text or "") if translation is not None else ""
            empty = not any(f.strip() for f in forms) if message.get("numerus") == "yes" else not text.strip()
            if kind == "unfinished" or empty or (forms and not all(f.strip() for f in forms)):
                problems.append(f"{name}: {source!r} ({kind or 'empty'})")
    assert not problems, f"{len(problems)} unfinished in {language}:\n" + "\n".join(problems[:40])


def _packwords(pack_dir: Path) -> set[str]:
    """Every word of the pack's own files (titles, labels): data, the same in every interface language."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(pack_dir.rglob("*.yaml"))]
    return set(words(" ".join(texts)).split())


@pytest.fixture
def language_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Path]:
    """The translators' .ts built into a .qm of this test's own (never a stale one)."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    for ts in I18N.glob("*.ts"):
        (folder / ts.name).write_bytes(ts.read_bytes())
    translations.release(folder)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    before = QLocale()
    yield folder
    i18n.Translations.current(qapp).apply("en")
    QLocale.setDefault(before)


def _main_window_labels(make_window, qtbot) -> dict[str, str]:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show_view(window.TRADEOFF_VIEW)
    window.show_view(window.SCENARIO_VIEW)
    found = screen(window, visible_only=False)
    window.close()
    return found


def _workshop_labels(qtbot, good_pack, corpus, folder: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Every label of the set-up dialog, and of a session's console and presenter at its first vote."""
    from tests.ui.workshop_windows import open_workshop_windows

    found: dict[str, str] = {}
    for where, shown in open_workshop_windows(qtbot, good_pack, corpus, folder).items():
        found.update(screen(shown, where, visible_only=False))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_label_stays_english(  # type: ignore[no-untyped-def]
    language, language_qm, qtbot, qapp, make_window, good_pack, corpus, tmp_path, settings_path
) -> None:
    _ts(language)
    assert (language_qm / f"explorer_{language}.qm").is_file()
    settings = Settings(settings_path)  # the language as a user chooses it: View → Language
    settings.set(keys.LANGUAGE, "en")
    i18n.install(qapp, settings)
    english = _main_window_labels(make_window, qtbot)
    english.update(_workshop_labels(qtbot, good_pack, corpus, tmp_path / "en"))
    settings.set(keys.LANGUAGE, language)
    i18n.install(qapp, settings)
    translated = _main_window_labels(make_window, qtbot)
    translated.update(_workshop_labels(qtbot, good_pack, corpus, tmp_path / language))
    assert len(english) > 150, "the walk found the window's labels"
    data = _packwords(ROOT / "tests" / "data" / "packs" / "good")
    same = untranslated(english, translated, language, data)
    assert not same, f"{len(same)} labels still in English in {language}:\n" + "\n".join(same)
