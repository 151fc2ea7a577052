"""A translator's note (``<extracomment>``) sits on the string the code wrote it for, or nowhere.

lupdate gives the next string every ``#:`` comment met since the previous one; the code also
uses ``#:`` to say what a constant means, so a translator was shown "Orders of the library …"
beside a menu word. ``tools/translations.py update`` keeps a note only where its block ends
right above the string (``keep_translator_notes``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402

SOURCE = """\
#: The marks, for the legend.
SHAPES = {"a": 1}


def label():
    return tr("Legend")


#: After the mark, in a sentence.
WORDS = {
    "stated": QT_TRANSLATE_NOOP("Vocabulary", "stated"),
    "inferred": QT_TRANSLATE_NOOP("Vocabulary", "inferred"),
}
"""

TS = """\
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../ui/marks.py" line="+6"/>
        <source>Legend</source>
        <extracomment>The marks, for the legend.</extracomment>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stated</source>
        <extracomment>After the mark, in a sentence.</extracomment>
        <translation>vermeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>afgeleid</translation>
    </message>
</context>
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "marks.py").write_text(SOURCE, encoding="utf-8")
    i18n = tmp_path / "i18n"
    i18n.mkdir()
    return i18n


def test_a_note_far_from_its_string_is_dropped_and_one_right_above_it_is_kept(folder: Path) -> None:
    mended = translations.keep_translator_notes(TS, folder)
    assert "The marks, for the legend." not in mended  # three lines and a def away from "Legend"
    assert "<extracomment>After the mark, in a sentence.</extracomment>" in mended  # above the dict
    assert mended.count("<extracomment>") == 1
    assert "<translation>Legende</translation>" in mended and "<translation>afgeleid</translation>" in mended


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_shipped_files_carry_only_notes_written_for_their_string(language: str) -> None:
    ts = ROOT / "explorer" / "i18n" / f"explorer_{language}.ts"
    text = ts.read_text(encoding="utf-8")
    assert translations.keep_translator_notes(text, ts.parent) == text
