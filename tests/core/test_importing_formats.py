"""Importing HTML, Markdown and text: the words a reader sees, the facts the document states."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.evidence.document_facts import detect_language, find_date, suggest_id
from explorer.core.pack.importing import add_source, new_pack
from explorer.core.pack.loader import load_pack

HTML = """<!doctype html><html lang="fr"><head><title>Les opérations de paix</title>
<style>p { color: red }</style><script>alert("never shown")</script></head>
<body><h1>Les opérations de paix</h1><p>Publié le 4 mai 2024.</p>
<p>La mission protège les civils dans le nord du pays et elle travaille avec les autorités
locales pour la sécurité de la population.</p><ul><li>Un premier point</li></ul></body></html>
"""

MARKDOWN = """# Field report

Written on 2023-11-02.

The patrol reached **the village** before dark and met [the elders](https://example.org).

- The road to the market is not safe at night.
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    new_pack(tmp_path / "pack")
    return tmp_path / "pack"


def test_html_keeps_the_words_and_leaves_out_markup_scripts_and_styles(
    pack: Path, tmp_path: Path, corpus: Corpus
) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    result = add_source(pack, page, bundled=corpus)
    assert (result.title, result.date, result.language) == ("Les opérations de paix", "2024-05-04", "fr")
    assert result.source_id == "operations-paix-2024"
    folder = result.folder
    assert (folder / "received.html").read_text(encoding="utf-8") == HTML
    text = (folder / "original.txt").read_text(encoding="utf-8")
    assert "alert" not in text and "color" not in text and "<p>" not in text
    assert "La mission protège les civils" in text
    loaded = load_pack(pack, corpus)
    assert loaded.errors == [] and loaded.corpus is not None
    edition = loaded.corpus[result.source_id].edition
    assert "les autorités locales" in edition.text  # the line break inside the paragraph joined


def test_markdown_is_imported_as_the_text_it_renders_to(pack: Path, tmp_path: Path, corpus: Corpus) -> None:
    note = tmp_path / "report.md"
    note.write_text(MARKDOWN, encoding="utf-8")
    result = add_source(pack, note, bundled=corpus)
    text = (result.folder / "original.txt").read_text(encoding="utf-8")
    assert "met the elders." in text and "**" not in text and "](" not in text and "# " not in text
    assert (result.title, result.date, result.language) == ("Field report", "2023-11-02", "en")
    assert (result.folder / "received.md").read_bytes() == MARKDOWN.encode("utf-8")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "De regering heeft besloten dat de bijdrage aan de missie wordt verlengd en niet wordt beperkt.",
            "nl",
        ),
        ("Le gouvernement a décidé que la contribution à la mission est prolongée pour les civils.", "fr"),
        ("The government decided that the contribution to the mission is extended for the civilians.", "en"),
        (
            "Die Regierung hat entschieden, dass der Beitrag zu der Mission nicht verlängert wird.",
            "de",
        ),
        ("12 34 56", ""),
    ],
)
def test_the_language_is_told_by_its_common_words(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_dates_are_found_in_the_text_before_the_pdf_info() -> None:
    assert find_date("Den Haag, 23 maart 2018", "D:20190101120000") == "2018-03-23"
    assert find_date("Brussels, 1er décembre 2020") == "2020-12-01"
    assert find_date("Washington, March 5, 2021") == "2021-03-05"
    assert find_date("no date here", "D:20190101120000") == "2019-01-01"
    assert suggest_id("Vredesmissies in een geopolitieke context", "2021-05-01", "x") == (
        "vredesmissies-geopolitieke-context-2021"
    )
