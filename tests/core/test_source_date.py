"""A source's date, read as the days it may mean and said in the reader's words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import msgspec
import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.evidence.source_date import date_range, date_words
from explorer.core.vocabulary import ENGLISH

#: As the Dutch interface fills them (``explorer.ui.vocabulary.export_labels``).
DUTCH = replace(
    ENGLISH,
    months=("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december"),
    translate=lambda _context, text: {"after %1": "na %1", "before %1": "vóór %1"}.get(text, text),
)  # fmt: skip


@pytest.mark.parametrize(
    ("written", "english", "dutch"),
    [
        ("2018-03-23", "23 March 2018", "23 maart 2018"),
        ("2021", "2021", "2021"),
        ("2021-06", "June 2021", "juni 2021"),
        ("19 February 2026", "19 February 2026", "19 februari 2026"),
        ("february 2026", "February 2026", "februari 2026"),
        ("after 2020", "after 2020", "na 2020"),
        ("Before 23 March 2018", "before 23 March 2018", "vóór 23 maart 2018"),
    ],
)
def test_a_whole_date_is_said_in_the_labels_words(written: str, english: str, dutch: str) -> None:
    assert date_words(written, ENGLISH) == english
    assert date_words(written, DUTCH) == dutch


@pytest.mark.parametrize(
    "written",
    ["Thursday 19 February", "spring 2021", "2021-02-30", "31 Smarch 2021", "2021-13", "", "c. 2020"],
)
def test_what_is_not_a_whole_real_date_is_shown_as_written(written: str) -> None:
    """Nothing is dropped or guessed: a weekday, a season, an impossible day stay as the author wrote them."""
    assert date_words(written, DUTCH) == written


def test_the_range_of_days_is_read_from_the_same_forms() -> None:
    assert date_range("2018-03-23") == (date(2018, 3, 23), date(2018, 3, 23))
    assert date_range("19 February 2026") == (date(2026, 2, 19), date(2026, 2, 19))
    assert date_range("after 2020") == (date(2021, 1, 1), date.max)


def test_a_reference_says_the_date_in_its_language_and_leaves_out_an_unknown_publisher(
    corpus: Corpus,
) -> None:
    kamerbrief = corpus["kamerbrief-2018"].metadata
    assert "(23 maart 2018)" in kamerbrief.reference(DUTCH)
    assert "(23 March 2018)" in kamerbrief.reference()
    ballegeer = corpus["ballegeer-2021"].metadata
    assert ballegeer.publisher == ""  # the journal's name is not in the received text (``origin``)
    assert ballegeer.reference().startswith(
        "Ruben Ballegeer (2021). De MINUSMA-vredesoperatie: Peacekeeping 2.0. "
    )
    assert ". . " not in ballegeer.reference()
    nameless = msgspec.structs.replace(ballegeer, authors=[], publisher="")
    assert nameless.reference().startswith("De MINUSMA-vredesoperatie: Peacekeeping 2.0 (2021). ")


def test_the_shipped_publishers_are_names_not_english_notes(corpus: Corpus) -> None:
    """A Dutch or French reader sees the publisher as printed: what the received text lacks is
    said in ``origin`` and ``date_note``, in the metadata, not in the reference line."""
    for document in corpus:
        assert "(" not in document.metadata.publisher, document.metadata.id
