"""The reader's journal: round trip, migration, profiles side by side, citing a selection,
search, and durability (a killed writer loses nothing; damaged or newer files stay read-only)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.core import store
from explorer.core.evidence.anchoring import AnchorError, resolve
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.reflection.citing import check_citation, cite_span, known_gloss
from explorer.core.reflection.journal import (
    KIND,
    VERSION,
    Journal,
    JournalEntry,
    JournalReadOnly,
    create_journal,
    journal_path,
    journals_dir,
    list_journals,
    open_journal,
)

QUOTE = (
    "De getalsterkte van ons leger is niet zo groot dat we overal belangrijke contingenten kunnen inzetten."
)


def _cite_quote(corpus: Corpus, source: str, quote: str):  # type: ignore[no-untyped-def]
    anchor = resolve(corpus[source], quote)
    return cite_span(corpus[source], anchor.edition_start, anchor.edition_end)


def test_round_trip_keeps_every_field(tmp_path: Path, corpus: Corpus) -> None:
    journal = Journal(tmp_path / "mine.journal.json", "Mine")
    citation = _cite_quote(corpus, "fod-bz-vredesoperaties", QUOTE)
    citation.gloss = "The numerical strength of our army is not so great…"
    entry = JournalEntry(
        "belgian-presence",
        "the-offer",
        choice="civilian-experts",
        confidence=4,
        rationale="Because — “quoted” — Ünïcode.",
        first_instinct="qualitative-presence",
        first_instinct_at="2026-01-01T10:00:00+00:00",
        changed_mind="The budget passage.",
        citations=[citation],
        weights={"cost": 3.0, "peacekeeper-safety": 0.0},
        assumption_factor=0.5,
        scenario_title="Quality or quantity?",
    )
    journal.put(entry)
    journal.save()
    again = Journal.open(journal.path)
    assert not again.read_only and again.message == ""
    assert again.name == "Mine"
    assert again.entries() == [entry]
    assert again.entry("belgian-presence", "the-offer") == entry
    assert again.entry("belgian-presence", "the-offer").changed_his_mind() is True  # type: ignore[union-attr]


def test_put_stamps_created_once_and_updated_every_time(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.journal.json")
    first = journal.put(JournalEntry("s", "t", rationale="one"))
    created = first.created
    assert created and first.updated
    second = journal.put(JournalEntry("s", "t", rationale="two"))
    assert second.created == created
    assert len(journal) == 1 and journal.entry("s", "t").rationale == "two"  # type: ignore[union-attr]
    journal.remove("s", "t")
    assert len(journal) == 0


def test_migration_from_format_1(tmp_path: Path) -> None:
    path = tmp_path / "old.journal.json"
    store.save(
        path,
        KIND,
        1,
        {
            "profile": "Old notes",
            "entries": [
                {
                    "scenario": "belgian-presence",
                    "stage": "the-offer",
                    "choice": "qualitative-presence",
                    "confidence": "high",
                    "rationale": "Small army.",
                    "quotes": [{"source": "fod-bz-vredesoperaties", "quote": QUOTE}],
                    "weights": [["cost", 3], ["un-influence", 1]],
                    "date": "2025-05-01T09:00:00+00:00",
                }
            ],
        },
    )
    journal = Journal.open(path)
    assert not journal.read_only
    assert journal.name == "Old notes"
    (entry,) = journal.entries()
    assert entry.confidence == 4 and entry.choice == "qualitative-presence"
    assert entry.weights == {"cost": 3, "un-influence": 1}
    assert entry.citations[0].quote == QUOTE and entry.citations[0].span is None
    assert entry.created == entry.updated == "2025-05-01T09:00:00+00:00"
    journal.save()  # written in the current format; the old file is the backup
    assert store.load(path, KIND, VERSION).data["version"] == VERSION
    assert store.load(store.backup_path(path), KIND, 1).data["profile"] == "Old notes"


def test_several_journals_side_by_side(tmp_path: Path) -> None:
    alice = create_journal("Alice", tmp_path)
    bob = create_journal("Bob", tmp_path)
    other_alice = create_journal("Alice", tmp_path)
    assert len({alice.path, bob.path, other_alice.path}) == 3
    alice.put(JournalEntry("s", "t", rationale="Alice's"))
    alice.save()
    infos = list_journals(tmp_path)
    assert [i.name for i in infos] == ["Alice", "Alice", "Bob"]
    assert sorted(i.entries for i in infos) == [0, 0, 1]
    assert journal_path("bob", tmp_path) == bob.path  # by name, case ignored
    assert open_journal("Bob", tmp_path).entries() == []
    new = open_journal("Carol", tmp_path)  # not written until it is saved
    assert not new.path.exists() and new.name == "Carol"


def test_journals_live_in_the_user_data_dir(tmp_path: Path) -> None:
    if sys.platform.startswith("linux"):  # conftest points XDG_DATA_HOME at the test's directory
        assert journals_dir() == tmp_path / "data" / "peace-ops-explorer" / "explorer" / "journals"
    journal = open_journal()
    journal.put(JournalEntry("s", "t"))
    journal.save()
    assert [i.name for i in list_journals()] == ["My journal"]


def test_search_ignores_case_and_accents_and_looks_at_quotes(tmp_path: Path, corpus: Corpus) -> None:
    journal = Journal(tmp_path / "j.journal.json")
    journal.put(JournalEntry("a", "s", rationale="The Malian government's consent", scenario_title="MINUSMA"))
    journal.put(JournalEntry("b", "s", citations=[_cite_quote(corpus, "fod-bz-vredesoperaties", QUOTE)]))
    assert [e.scenario for e in journal.search("malian CONSENT")] == ["a"]
    assert [e.scenario for e in journal.search("getalsterkte leger")] == ["b"]
    assert journal.search("minusma consent")[0].scenario == "a"
    assert journal.search("nowhere") == []
    assert len(journal.search("")) == 2


def test_citing_a_selection_stores_quote_context_and_span(corpus: Corpus) -> None:
    document = corpus["fod-bz-vredesoperaties"]
    text = document.edition.text
    start = text.index("De getalsterkte")
    before = len(text[:start]) - len(text[:start].rstrip())
    after = len(text[start + len(QUOTE) :]) - len(text[start + len(QUOTE) :].lstrip())
    assert before and after
    # A selection that takes in the spaces around the sentence: they are trimmed.
    citation = cite_span(document, start - before, start + len(QUOTE) + after)
    assert citation.quote == text[start : start + len(QUOTE)]
    assert citation.span is not None
    assert (citation.span.edition_start, citation.span.edition_end) == (start, start + len(QUOTE))
    assert citation.span.lang == "nl" and citation.added
    assert check_citation(document, citation) == ""


def test_citing_an_ambiguous_selection_adds_the_words_around_it(corpus: Corpus) -> None:
    document = corpus["fod-bz-vredesoperaties"]
    text = document.edition.text
    word = "vredesoperaties"
    occurrences = [i for i in range(len(text)) if text.startswith(word, i)]
    assert len(occurrences) > 2
    for at in occurrences[1:3]:
        citation = cite_span(document, at, at + len(word))
        assert citation.prefix or citation.suffix
        anchor = resolve(document, citation.quote, citation.prefix, citation.suffix)
        assert (anchor.edition_start, anchor.edition_end) == (at, at + len(word))


def test_a_blank_selection_cannot_be_cited(corpus: Corpus) -> None:
    document = corpus["fod-bz-vredesoperaties"]
    gap = document.edition.text.index("\n\n")
    with pytest.raises(AnchorError, match="select some text"):
        cite_span(document, gap, gap + 2)


# -- damaged and newer journals ----------------------------------------------------------------------
def test_corrupt_journal_without_backup_opens_read_only_and_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "broken.journal.json"
    path.write_bytes(b'{"format": "journal", "version": 2, "entr')
    journal = Journal.open(path)
    assert journal.read_only and "could not be read" in journal.message
    assert journal.entries() == []
    with pytest.raises(JournalReadOnly):
        journal.put(JournalEntry("s", "t"))
    with pytest.raises(JournalReadOnly):
        journal.save()
    assert path.read_bytes() == b'{"format": "journal", "version": 2, "entr'
    assert [i.readable for i in list_journals(tmp_path)] == [False]


def test_corrupt_journal_with_backup_shows_the_last_good_copy_read_only(tmp_path: Path) -> None:
    path = tmp_path / "j.journal.json"
    journal = Journal(path)
    journal.put(JournalEntry("s", "one"))
    journal.save()
    journal.put(JournalEntry("s", "two"))
    journal.save()
    path.write_bytes(b"\x00\x00garbage")
    reopened = Journal.open(path)
    assert reopened.read_only and "last good copy" in reopened.message
    assert [e.stage for e in reopened.entries()] == ["one"]
    with pytest.raises(JournalReadOnly):
        reopened.save()
    assert path.read_bytes() == b"\x00\x00garbage"


def test_newer_journal_opens_read_only_showing_what_it_can(tmp_path: Path) -> None:
    path = tmp_path / "future.journal.json"
    future_entry = {"scenario": "s", "stage": "t", "rationale": "from the future", "mood": "hopeful"}
    store.save(path, KIND, VERSION + 1, {"name": "Future", "entries": [future_entry, {"stage": 5}]})
    before = path.read_bytes()
    journal = Journal.open(path)
    assert journal.read_only and "newer version" in journal.message
    assert "1 entries could not be read" in journal.message
    assert [e.rationale for e in journal.entries()] == ["from the future"]
    with pytest.raises(JournalReadOnly):
        journal.save()
    assert path.read_bytes() == before


# -- a writer killed mid-stream -----------------------------------------------------------------------
WRITER = """
import sys
from pathlib import Path
from explorer.core.reflection.journal import Journal, JournalEntry
journal = Journal.open(Path(sys.argv[1]))
assert not journal.read_only, journal.message
n = len(journal)
while True:
    n += 1
    journal.put(JournalEntry(f"scenario-{n}", "stage", rationale="x" * 3000, confidence=3))
    journal.save()
    print(n, flush=True)
"""


def test_killed_journal_writer_never_loses_a_saved_entry(tmp_path: Path) -> None:
    """Kill a process in the middle of a stream of journal saves, many times: the journal
    always reopens, writable, with every entry that was reported saved."""
    path = tmp_path / "journal.journal.json"
    reported = 0
    for round_number in range(15):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        deadline = time.monotonic() + 30
        wanted = reported + 2 + round_number % 4
        while reported < wanted and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            reported = int(line)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        process.stdout.close()
        journal = Journal.open(path, lock=False)  # only reading: the next writer takes the lock
        assert not journal.read_only, journal.message
        present = {e.scenario for e in journal.entries()}
        assert {f"scenario-{n}" for n in range(1, reported + 1)} <= present
        for leftover in tmp_path.glob("*.tmp"):  # a kill between write and rename: harmless
            leftover.unlink()
    assert reported >= 15 * 2


def test_citing_exactly_a_passage_the_pack_cites_reuses_its_translation(
    corpus: Corpus, good_pack: LoadedPack
) -> None:
    pack_citation, anchor = good_pack.citation("belgian-presence", "small-army")
    citation = cite_span(corpus[anchor.source_id], anchor.edition_start, anchor.edition_end)
    assert known_gloss(good_pack, citation) == pack_citation.gloss
    shorter = cite_span(corpus[anchor.source_id], anchor.edition_start, anchor.edition_end - 10)
    assert known_gloss(good_pack, shorter) == ""  # a different passage: no borrowed translation


def test_a_citation_that_no_longer_stands_where_it_was_is_reported(corpus: Corpus) -> None:
    document = corpus["fod-bz-vredesoperaties"]
    citation = _cite_quote(corpus, "fod-bz-vredesoperaties", QUOTE)
    assert citation.span is not None
    citation.span.start += 1  # as if the source had changed under the journal
    assert "another place" in check_citation(document, citation)
    citation.quote = "words that are in no source at all"
    assert "not in" in check_citation(document, citation)
