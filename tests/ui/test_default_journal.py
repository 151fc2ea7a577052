"""The journal the app starts for a reader is named in the interface language, not in English
("Journal : My journal" stood in the French reflection panel), while its file keeps one name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from explorer.core.reflection.journal import DEFAULT_NAME

NAMES = {"fr": "Mon journal", "nl": "Mijn logboek", "en": "My journal"}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_default_journal_is_named_in_the_interface_language(
    window, qtbot, in_language: Callable[[str], None], language: str
) -> None:  # type: ignore[no-untyped-def]
    in_language(language)
    window.reflection.focus_panel()
    window.reflection.focus_journal()
    panel, journals = window.reflection.panel, window.reflection.journal_view.journals
    assert panel.status.text().endswith(NAMES[language]), panel.status.text()
    assert journals.itemText(journals.currentIndex()) == NAMES[language]
    assert window.reflection.journal.name == DEFAULT_NAME  # the file's own name is unchanged
    # Back in English, the same journal reads as it always did.
    in_language("en")
    window.reflection.journal_view.refresh()
    assert journals.itemText(journals.currentIndex()) == NAMES["en"]
