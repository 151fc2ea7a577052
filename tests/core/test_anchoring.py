"""Quotes resolve to exact spans, whatever the PDF did to the line breaks."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from explorer.core.evidence.anchoring import AnchorError, resolve
from explorer.core.evidence.corpus import Corpus, load_corpus
from explorer.core.evidence.textindex import strip_whitespace

CORPUS = load_corpus()


def test_quote_across_a_broken_line_resolves(corpus: Corpus) -> None:
    document = corpus["buitelaar-vanwilligen-2021"]
    anchor = resolve(
        document, "dat de missie in Mali de paraatheid van de Nederlandse krijgsmacht heeft verzwakt"
    )
    assert "\n" in document.original[anchor.start : anchor.end]  # broken in the original
    assert document.edition.text[anchor.edition_start : anchor.edition_end] == (
        "dat de missie in Mali de paraatheid van de Nederlandse krijgsmacht heeft verzwakt"
    )
    assert anchor.lang == "nl"


def test_word_split_without_hyphen_matches_whole_word(corpus: Corpus) -> None:
    document = corpus["buitelaar-vanwilligen-2021"]
    anchor = resolve(document, "24 procent civiele medewerkers")
    assert document.original[anchor.start : anchor.end] == "24 procent civiele mede\nwerkers"


def test_hidden_hyphen_quote_from_reading_edition(corpus: Corpus) -> None:
    document = corpus["kamerbrief-2018"]
    anchor = resolve(document, "over de inzet van het Koninkrijk der Nederlanden (Nederland)")
    assert document.original[anchor.start : anchor.end].replace("\n", " ").startswith("over de inzet")
    assert "Neder-" in document.original[anchor.start : anchor.end]
    assert "Nederlanden (Nederland)" in document.edition.text[anchor.edition_start : anchor.edition_end]


def test_quote_across_a_mended_interruption_resolves_in_the_edition(corpus: Corpus) -> None:
    """'contraterrorisme-operaties' is split by a footnote column in the original."""
    document = corpus["buitelaar-vanwilligen-2021"]
    quote = "de associatie van MINUSMA met de overheid en contraterrorisme-operaties als Barkhane in Mali"
    anchor = resolve(document, quote)
    assert document.edition.text[anchor.edition_start : anchor.edition_end] == quote


def test_french_quote_is_french(corpus: Corpus) -> None:
    anchor = resolve(corpus["ballegeer-2021"], "le maintien de la paix est étonnamment efficace")
    assert anchor.lang == "fr"


def test_missing_quote_suggests_the_closest_passage(corpus: Corpus) -> None:
    with pytest.raises(AnchorError) as caught:
        resolve(corpus["kuno-2026"], "The era of multilateral peacekeeping is finished.")
    assert caught.value.closest is not None
    assert "The era of multilateral peacekeeping is over" in caught.value.closest.text
    assert "closest passage" in str(caught.value)


def test_ambiguous_quote_lists_where_and_prefix_disambiguates(corpus: Corpus) -> None:
    document = corpus["kuno-2026"]
    with pytest.raises(AnchorError, match="occurs") as caught:
        resolve(document, "missions withdraw")
    assert len(caught.value.lines) == 2
    anchor = resolve(document, "missions withdraw", prefix="When")
    assert document.original[anchor.start - 5 : anchor.end] == "When missions withdraw"


def test_suffix_disambiguates(corpus: Corpus) -> None:
    document = corpus["kuno-2026"]
    anchor = resolve(
        document, "When peacekeeping operations withdraw", suffix=", they leave significant gaps"
    )
    assert document.original[anchor.end : anchor.end + 30].startswith(", they leave significant gaps")


def test_empty_quote_is_an_error(corpus: Corpus) -> None:
    with pytest.raises(AnchorError, match="empty"):
        resolve(corpus["kuno-2026"], "  \n ")


def _perturb(text: str, spaces: list[int]) -> str:
    """Re-break a passage: every whitespace run becomes a space, newline or none at
    all next to a newline, the way PDF extraction and retyping scramble it."""
    words = text.split()
    joiners = [" ", "\n", "  ", " \n", "\t"]
    out = words[0]
    for index, word in enumerate(words[1:]):
        out += joiners[spaces[index % len(spaces)] % len(joiners)] + word
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    source_id=st.sampled_from(sorted(CORPUS.ids())),
    position=st.floats(min_value=0, max_value=1, exclude_max=True),
    length=st.integers(min_value=25, max_value=160),
    spaces=st.lists(st.integers(min_value=0, max_value=10), min_size=1, max_size=8),
)
def test_random_passages_resolve_to_where_they_came_from(
    source_id: str, position: float, length: int, spaces: list[int]
) -> None:
    document = CORPUS[source_id]
    original = document.original
    start = int(position * (len(original) - length))
    # Whole words only, starting and ending on visible characters.
    while start < len(original) and (
        original[start].isspace() or (start and not original[start - 1].isspace())
    ):
        start += 1
    end = start + length
    while end < len(original) and not original[end].isspace():
        end += 1
    assume(end <= len(original) and start < end)
    passage = original[start:end].rstrip()
    assume(len(strip_whitespace(passage)) >= 20)
    assume(document.stripped.stripped.count(strip_whitespace(passage)) == 1)
    visible = [
        document.edition.edition_position(i)
        for i in range(start, start + len(passage))
        if not original[i].isspace()
    ]
    # Only passages a reader can see: none of it omitted page furniture.
    assume(all(position >= 0 for position in visible))

    anchor = resolve(document, _perturb(passage, spaces))

    assert anchor.source_id == source_id
    assert (anchor.start, anchor.end) == (start, start + len(passage))
    assert (anchor.edition_start, anchor.edition_end) == (min(visible), max(visible) + 1)
    shown = document.edition.text[anchor.edition_start : anchor.edition_end]
    if len(strip_whitespace(shown)) == len(visible):  # no footnote or caption was moved in between
        assert strip_whitespace(shown).replace("-", "") == strip_whitespace(passage).replace("-", "")
