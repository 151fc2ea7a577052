"""Journal reports: what each entry shows, the bibliography, and escaping in HTML and Markdown."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from explorer.core.evidence.anchoring import resolve
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.reflection.citing import cite_span
from explorer.core.reflection.journal import Journal, JournalEntry
from explorer.core.report import build_report, to_html, to_markdown
from explorer.core.vocabulary import TRANSLATION as TRANSLATION_LABEL

QUOTE = (
    "De getalsterkte van ons leger is niet zo groot dat we overal belangrijke contingenten kunnen inzetten."
)
GLOSS = (
    "The numerical strength of our army is not so great that we can deploy significant contingents "
    "everywhere."
)


@pytest.fixture
def journal(tmp_path: Path, corpus: Corpus) -> Journal:
    document = corpus["fod-bz-vredesoperaties"]
    anchor = resolve(document, QUOTE)
    citation = cite_span(document, anchor.edition_start, anchor.edition_end, gloss=GLOSS)
    journal = Journal(tmp_path / "j.journal.json", "Dana <the analyst> & co")
    journal.put(
        JournalEntry(
            "belgian-presence",
            "the-offer",
            choice="civilian-experts",
            confidence=4,
            rationale='Small armies <script>alert("x")</script> should\nstay small.\n\nSecond & more.',
            first_instinct="qualitative-presence",
            changed_mind="The budget passage changed my mind.",
            citations=[citation],
            weights={"cost": 3, "peacekeeper-safety": 4, "un-influence": 1},
            assumption_factor=0.5,
        )
    )
    return journal


def test_markdown_report_has_the_whole_entry_and_a_bibliography(
    journal: Journal, good_pack: LoadedPack, corpus: Corpus
) -> None:
    text = to_markdown(build_report(journal, good_pack, corpus))
    assert text.startswith("# Reflection journal: Dana &lt;the analyst> & co\n")
    assert "## Quality or quantity? — What to offer the UN" in text
    assert "- **Choice:** Send civilian experts" in text
    assert "- **Confidence:** 4/5 (sure)" in text
    assert "“Keep a qualitative presence”" in text and "a change of mind" in text
    assert "> The budget passage changed my mind." in text
    assert f"> “{QUOTE}”" in text
    assert f"> *{TRANSLATION_LABEL}:* {GLOSS}" in text
    assert "| 1 | Keep a qualitative presence | +1 |" in text  # 2×1 + 2×(−1) + 1×1
    assert "Sensitivity:" in text
    # Raw HTML the reader typed is neutralised; the rest of their text is left alone.
    assert "<script>" not in text and "&lt;script>" in text
    bibliography = text.split("## Bibliography", 1)[1]
    for source_id in ("fod-bz-vredesoperaties", "kuno-2026"):  # the quote, and the choice's trade-offs
        meta = corpus[source_id].metadata
        assert f"- **{meta.label}**: {meta.reference()}" in bibliography


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_report_escapes_everything_written_by_people(
    journal: Journal, good_pack: LoadedPack, corpus: Corpus
) -> None:
    page = to_html(build_report(journal, good_pack, corpus))
    parsed = _Collector()
    parsed.feed(page)
    assert "script" not in parsed.tags
    text = "".join(parsed.text)
    assert 'Small armies <script>alert("x")</script> should' in text  # shown, as text
    assert "Reflection journal: Dana <the analyst> & co" in text
    assert QUOTE in text and GLOSS in text and TRANSLATION_LABEL in text
    assert corpus["kuno-2026"].metadata.reference() in text
    assert "<p class='quote' lang='nl'>" in page  # the quote's language is marked for screen readers
    assert "(your choice)" in text


def test_print_html_leaves_page_margins_to_the_printer(
    journal: Journal, good_pack: LoadedPack, corpus: Corpus
) -> None:
    report = build_report(journal, good_pack, corpus)
    assert "max-width" in to_html(report) and "max-width" not in to_html(report, for_print=True)


def test_entries_come_in_the_packs_order(tmp_path: Path, bundled_pack: LoadedPack, corpus: Corpus) -> None:
    journal = Journal(tmp_path / "j.journal.json")
    stages = [(s.id, st.id) for s in bundled_pack.scenarios for st in s.stages]
    for scenario, stage in reversed(stages[:4]):
        journal.put(JournalEntry(scenario, stage))
    report = build_report(journal, bundled_pack, corpus)
    assert [r.entry.key for r in report.entries] == stages[:4]
    assert all(r.ranking is not None for r in report.entries)


def test_entry_of_a_scenario_missing_from_the_pack_uses_the_titles_it_kept(
    tmp_path: Path, good_pack: LoadedPack, corpus: Corpus
) -> None:
    journal = Journal(tmp_path / "j.journal.json")
    journal.put(
        JournalEntry(
            "gone",
            "stage",
            choice="x",
            scenario_title="A scenario since removed",
            stage_title="Its stage",
            choice_label="The choice made",
            rationale="Still my reasons.",
        )
    )
    for pack in (good_pack, None):
        text = to_markdown(build_report(journal, pack, corpus))
        assert "## A scenario since removed — Its stage" in text
        assert "- **Choice:** The choice made" in text and "Still my reasons." in text
        assert "The ranking is not shown" in text
        assert "## Bibliography" not in text  # nothing was cited


def test_one_entry_only(journal: Journal, good_pack: LoadedPack, corpus: Corpus) -> None:
    journal.put(JournalEntry("other", "stage", scenario_title="Other"))
    only = journal.entry("belgian-presence", "the-offer")
    assert only is not None
    report = build_report(journal, good_pack, corpus, entries=[only], title="One entry")
    assert [r.entry.key for r in report.entries] == [only.key]
    assert to_markdown(report).startswith("# One entry\n\nGenerated ")
    assert "1 entry." in to_markdown(report)


def test_an_export_prints_the_labels_the_interface_passes(
    journal: Journal, good_pack: LoadedPack, corpus: Corpus
) -> None:
    # The core is Qt-free and English by default; the interface passes its words (ExportLabels).
    from dataclasses import replace

    from explorer.core.vocabulary import ENGLISH

    dutch = replace(
        ENGLISH,
        translation="Vertaling (niet in de bron)",
        confidence={**ENGLISH.confidence, 4: "zeker"},
        languages={**ENGLISH.languages, "nl": "Nederlands"},
    )
    report = build_report(journal, good_pack, corpus, labels=dutch)
    for text in (to_markdown(report), to_html(report)):
        assert "Vertaling (niet in de bron):" in text and TRANSLATION_LABEL not in text
        assert "4/5 (zeker)" in text
    assert report.entries[0].quotes[0].language == "Nederlands"
