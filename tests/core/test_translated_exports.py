"""Exports quote the pack's text in the language asked for: journal reports and workshop debriefs."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.evidence.anchoring import resolve
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack, load_pack
from explorer.core.pack.pack_translation import in_language
from explorer.core.reflection.citing import cite_span
from explorer.core.reflection.journal import Journal, JournalEntry
from explorer.core.report import build_report, to_html, to_markdown
from explorer.core.vocabulary import TRANSLATION as TRANSLATION_LABEL
from explorer.core.workshop import debrief_render
from explorer.core.workshop.plan import agenda_item, new_plan
from explorer.core.workshop.session import new_session

TRANSLATED = Path(__file__).resolve().parents[1] / "data" / "packs" / "translated"
DUTCH_QUOTE = (
    "De getalsterkte van ons leger is niet zo groot dat we overal belangrijke contingenten kunnen inzetten."
)
ENGLISH_QUOTE = "With both fields facing growing pressure from budget cuts"


@pytest.fixture
def pack(corpus: Corpus) -> LoadedPack:
    return load_pack(TRANSLATED, corpus)


@pytest.fixture
def journal(tmp_path: Path, corpus: Corpus, pack: LoadedPack) -> Journal:
    dutch = corpus["fod-bz-vredesoperaties"]
    anchor = resolve(dutch, DUTCH_QUOTE)
    english = corpus["kuno-2026"]
    start = english.edition.text.index(ENGLISH_QUOTE)
    pack_gloss = pack.scenarios[0].evidence["small-army"].gloss  # copied when cited (English)
    journal = Journal(tmp_path / "j.journal.json", "Dana")
    journal.put(
        JournalEntry(
            "belgian-presence",
            "the-offer",
            choice="civilian-experts",
            first_instinct="qualitative-presence",
            citations=[
                cite_span(dutch, anchor.edition_start, anchor.edition_end, gloss=pack_gloss),
                cite_span(english, start, start + len(ENGLISH_QUOTE)),
            ],
            weights={"cost": 3},
        )
    )
    return journal


def test_a_dutch_journal_report_quotes_the_dutch_pack(
    journal: Journal, pack: LoadedPack, corpus: Corpus
) -> None:
    text = to_markdown(build_report(journal, pack, corpus, language="nl"))
    assert "## Kwaliteit of kwantiteit? — Wat bieden we de VN aan" in text
    assert "- **Choice:** Civiele deskundigen sturen" in text
    assert "Kosten" in text and "Ook civiele inzet drukt op budgetten" in text
    assert "The numerical strength" not in text  # a Dutch quote: no gloss for a Dutch reader
    # The English quote cited by the reader is the pack's passage only in part: no pack gloss to
    # give, and the reader wrote none, so none is shown.
    assert "Quality or quantity?" not in text and "Send civilian experts" not in text


def test_the_english_report_is_unchanged_and_french_glosses_every_pack_quote(
    journal: Journal, pack: LoadedPack, corpus: Corpus
) -> None:
    english = to_markdown(build_report(journal, pack, corpus))
    assert "- **Choice:** Send civilian experts" in english
    assert f"*{TRANSLATION_LABEL}:* The numerical strength" in english
    # From the pack as a Dutch reader sees it, asked in English: the same English report.
    again = to_markdown(build_report(journal, in_language(pack, "nl"), corpus, language="en"))
    assert again.split("\n", 3)[3] == english.split("\n", 3)[3]  # past the generated time
    french = to_html(build_report(journal, pack, corpus, language="fr"))
    assert "Envoyer des experts civils" in french
    assert "L&#x27;effectif de notre armée" in french or "L'effectif de notre armée" in french


def test_a_reader_s_own_gloss_is_kept_in_every_language(
    journal: Journal, pack: LoadedPack, corpus: Corpus
) -> None:
    entry = journal.entries()[0]
    entry.citations[0].gloss = "My own reading of it"
    text = to_markdown(build_report(journal, pack, corpus, language="nl"))
    assert "My own reading of it" in text


def test_a_workshop_set_up_in_dutch_debriefs_in_dutch(pack: LoadedPack, corpus: Corpus) -> None:
    dutch = in_language(pack, "nl")
    item = agenda_item(dutch, corpus, "belgian-presence", "the-offer", 20, 10, ["small-army", "budget-cuts"])
    plan = new_plan("Ronde tafel", [item], [("Groep A", None, None)], corpus, language=dutch.language)
    assert plan.language == "nl"
    session = new_session(plan)
    session.items[0].visited = True
    session.items[0].shown = ["small-army", "budget-cuts"]
    text = debrief_render.to_markdown(session)
    assert "Kwaliteit of kwantiteit?" in text and "Civiele deskundigen sturen" in text
    assert "The numerical strength" not in text
    assert "Nu beide terreinen" in text  # the English quote, glossed in Dutch


def test_the_room_sees_each_passage_glossed_for_the_plans_language(pack: LoadedPack, corpus: Corpus) -> None:
    from explorer.core.workshop.room_view import room_view
    from explorer.core.workshop.session import Step

    def glosses(language: str) -> list[str]:
        """The glosses the room sees of the Dutch and then the English passage."""
        shown = in_language(pack, language)
        item = agenda_item(
            shown, corpus, "belgian-presence", "the-offer", 20, 10, ["small-army", "budget-cuts"]
        )
        session = new_session(new_plan("Room", [item], [("A", None, None)], corpus, language=shown.language))
        found = []
        for page in (0, 1):
            session.go_to(Step.EVIDENCE, 0, page, now=10.0 + page)
            passage = room_view(session, 20.0).passage
            assert passage is not None
            found.append(passage.gloss)
        return found

    english, dutch, french = glosses("en"), glosses("nl"), glosses("fr")
    assert english[0].startswith("The numerical strength") and english[1] == ""
    assert dutch[0] == "" and dutch[1].startswith("Nu beide terreinen")
    assert french[0].startswith("L'effectif") and french[1].startswith("Alors que")
