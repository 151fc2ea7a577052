"""Every word an export writes goes through ``ExportLabels.translate``: none is left in English.

A fake translation (upper case) stands in for a language: whatever English the exports ask
``translate`` for must not be found as it is in the output, and the headings must be there
converted. The English output itself is pinned by ``test_report.py`` and ``test_debrief.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import msgspec
import pytest

from explorer.core.evidence.anchoring import resolve
from explorer.core.evidence.backlinks import backlinks
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.reflection.citing import cite_span
from explorer.core.reflection.journal import Journal, JournalEntry
from explorer.core.report import build_report
from explorer.core.report import to_html as journal_html
from explorer.core.report import to_markdown as journal_markdown
from explorer.core.vocabulary import ENGLISH, ExportLabels, fill
from explorer.core.workshop.debrief import AcceptedArgument
from explorer.core.workshop.debrief_render import to_html as debrief_html
from explorer.core.workshop.debrief_render import to_markdown as debrief_markdown
from explorer.core.workshop.plan import new_plan
from explorer.core.workshop.roles import load_roles
from explorer.core.workshop.session import new_session
from tests.core.workshop_helpers import full_run, two_group_plan

QUOTE = (
    "De getalsterkte van ons leger is niet zo groot dat we overal belangrijke contingenten kunnen inzetten."
)


class Recording:
    """A translation to upper case that remembers the English it was asked for."""

    def __init__(self) -> None:
        self.asked: set[tuple[str, str]] = set()

    def __call__(self, context: str, text: str) -> str:
        self.asked.add((context, text))
        return text.upper()


def shouting() -> tuple[ExportLabels, Recording]:
    record = Recording()
    return replace(ENGLISH, translate=record), record


def english_left(text: str, record: Recording) -> list[str]:
    """The pieces of English (between the ``%1`` slots) that an output still holds as they are."""
    flat = " ".join(text.split())
    left = []
    for _context, english in record.asked:
        for piece in re.split(r"%\d", english):
            piece = piece.strip(" .,:;()")
            # A short single word ("from", between two slots) also occurs in pack text: only
            # phrases and longer words are evidence of an export word left in English.
            telling = " " in piece or len(piece) >= 8
            if len(piece) >= 4 and telling and piece != piece.upper() and piece in flat:
                left.append(piece)
    return left


@pytest.fixture
def journal(tmp_path: Path, corpus: Corpus) -> Journal:
    document = corpus["fod-bz-vredesoperaties"]
    anchor = resolve(document, QUOTE)
    citation = cite_span(document, anchor.edition_start, anchor.edition_end, gloss="A gloss.")
    citation = msgspec.structs.replace(citation, note="Mine.")
    journal = Journal(tmp_path / "j.journal.json", "Dana")
    journal.put(
        JournalEntry(
            "belgian-presence",
            "the-offer",
            choice="civilian-experts",
            confidence=4,
            rationale="",
            first_instinct="qualitative-presence",
            citations=[citation],
            weights={"cost": 3, "peacekeeper-safety": 4, "un-influence": 1},
            assumption_factor=0.5,
        )
    )
    return journal


def test_fill_is_one_pass_and_keeps_unknown_slots() -> None:
    assert fill("%1 and %2", "a%2", "b") == "a%2 and b"
    assert fill("%1 of %3", 1) == "1 of %3"


def test_every_word_of_a_journal_export_is_translated(
    journal: Journal, good_pack: LoadedPack, corpus: Corpus
) -> None:
    labels, record = shouting()
    report = build_report(journal, good_pack, corpus, labels=labels)
    for text in (journal_markdown(report), journal_html(report)):
        for heading in (
            "REFLECTION JOURNAL: Dana",
            "QUESTION.",
            "CHOICE:",
            "WRITTEN:",
            "CONFIDENCE:",
            "BEFORE AND AFTER",
            "FIRST INSTINCT, BEFORE READING THE EVIDENCE",
            "RATIONALE",
            "NO RATIONALE WRITTEN.",
            "WEIGHTS AND RANKING",
            "RANK",
            "SCORE",
            "TRADE-OFFS OF THE CHOICE",
            "PASSAGES CITED",
            "NOTE:",
            "BIBLIOGRAPHY",
            "GENERATED",
            ", IN Dutch",  # the language's name is a shared word, of ``labels.languages``
        ):
            assert heading in text
        assert re.search(r"JOURNAL ARTICLE, IN Dutch|PARLIAMENTARY LETTER, IN Dutch|, IN Dutch\.", text)
        assert not english_left(text, record), english_left(text, record)
    assert len(record.asked) > 25


def test_every_word_of_a_debrief_export_is_translated(good_pack: LoadedPack, corpus: Corpus) -> None:
    labels, record = shouting()
    plan = two_group_plan(good_pack, corpus)
    plan = new_plan(
        plan.title,
        plan.agenda,
        [(g.name, g.role, g.size) for g in plan.groups],
        corpus,
        load_roles(corpus),
        plan.language,
        labels,
    )
    session = new_session(plan, now=0.0)
    for _name, action in full_run(session):
        action(session)
    session.set_notes("Notes of the session.", item=-1)
    arguments = {0: [AcceptedArgument(session.plan.agenda[0].card.choice_ids()[0], "for", "Cheap.")]}
    for text in (
        debrief_markdown(session, 0.0, arguments, labels),
        debrief_html(session, 0.0, arguments, labels),
    ):
        for heading in (
            "DEBRIEF:",
            "WORKSHOP OF",
            "THE WORKSHOP WAS ENDED.",
            "VOTES BY GROUP",
            "FIRST VOTE",
            "SECOND VOTE",
            "SHIFT BETWEEN THE VOTES",
            "WHOLE ROOM",
            "PASSAGES SHOWN",
            "ARGUMENTS THE ROOM ACCEPTED",
            "FOR A.",
            "IN DETAIL:",
            "SESSION NOTES",
            "AGENDA",
            "TIME SPENT",
            "GROUPS",
            "PEOPLE",
            "BIBLIOGRAPHY",
        ):
            assert heading in text, heading
        assert not english_left(text, record), english_left(text, record)
    assert len(record.asked) > 40


def test_the_cited_in_places_follow_the_labels(good_pack: LoadedPack, corpus: Corpus) -> None:
    labels, record = shouting()
    anchors = [a for a in good_pack.anchors.values()]
    places = {
        link.where
        for anchor in anchors
        for link in backlinks(good_pack, anchor.source_id, anchor.start, anchor.end, labels=labels)
    }
    english = {
        link.where
        for anchor in anchors
        for link in backlinks(good_pack, anchor.source_id, anchor.start, anchor.end)
    }
    assert places != english and record.asked
    words = ("Context", "For:", "Against:", "Facilitator notes", "Evidence")
    for place in places:
        assert not any(place.endswith(f"› {w}") or f"› {w} " in place for w in words), place


def test_a_source_kind_is_said_in_the_labels_language(corpus: Corpus) -> None:
    """The source viewer's header line and the reference line name the kind the same way."""
    from explorer.core.evidence.corpus import kind_words

    upper = replace(ENGLISH, translate=lambda _context, text: text.upper())
    assert kind_words("journal article") == "Journal article"
    assert kind_words("journal article", upper) == "JOURNAL ARTICLE"
    assert kind_words("a pack's own kind", upper) == "A pack's own kind"  # not ours to translate
    meta = corpus["buitelaar-vanwilligen-2021"].metadata
    assert kind_words(meta.kind, upper) in meta.reference(upper)
