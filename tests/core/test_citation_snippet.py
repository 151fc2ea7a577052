"""Cite by selecting: the shortest context that makes a selected quote unique, proven by resolve."""

from __future__ import annotations

import yaml

from explorer.core.evidence.anchoring import resolve
from explorer.core.evidence.citation_snippet import citation_for_selection, suggest_id
from explorer.core.evidence.corpus import Corpus


def _second(text: str, needle: str, after: str) -> int:
    return text.index(needle, text.index(after))


def test_a_repeated_phrase_gets_the_shortest_context_that_points_at_the_selection(corpus: Corpus) -> None:
    document = corpus["kamerbrief-2018"]
    text = document.edition.text
    start = _second(text, "VN-vredesoperaties", "Het budget")
    end = start + len("VN-vredesoperaties")
    assert text.count("VN-vredesoperaties") > 2
    snippet = citation_for_selection(document, start, end)
    assert snippet.unique and snippet.quote == "VN-vredesoperaties"
    # One word of context is enough here, and no shorter context would be.
    assert len((snippet.prefix + " " + snippet.suffix).split()) == 1
    anchor = resolve(document, snippet.quote, snippet.prefix, snippet.suffix)
    assert (anchor.edition_start, anchor.edition_end) == (start, end)


def test_a_unique_quote_needs_no_context_and_its_yaml_is_an_evidence_entry(corpus: Corpus) -> None:
    document = corpus["kamerbrief-2018"]
    text = document.edition.text
    start = text.index("kritieke middelen")
    end = text.index("helikopters", start) + len("helikopters")
    snippet = citation_for_selection(document, start - 1, end, taken={"kritieke-middelen-zoals"})
    assert (snippet.prefix, snippet.suffix) == ("", "")
    entry = yaml.safe_load("evidence:\n" + snippet.yaml())["evidence"]
    assert list(entry) == ["kritieke-middelen-zoals-2"]
    assert entry["kritieke-middelen-zoals-2"] == {
        "source": "kamerbrief-2018",
        "quote": "kritieke middelen, zoals inlichtingenpersoneel, strategisch transport en helikopters",
        "gloss": "",
    }
    assert "# gloss: a faithful English translation of this nl quote" in snippet.yaml()


def test_a_quote_across_a_hidden_hyphen_is_cited_as_the_reader_sees_it(corpus: Corpus) -> None:
    document = corpus["kamerbrief-2018"]
    text = document.edition.text
    start = text.index("Koninkrijk der Nederlanden (Nederland)")
    snippet = citation_for_selection(document, start, start + len("Koninkrijk der Nederlanden (Nederland)"))
    assert snippet.quote == "Koninkrijk der Nederlanden (Nederland)"
    anchor = resolve(document, snippet.quote, snippet.prefix, snippet.suffix)
    assert anchor.edition_start == start


def test_suggested_ids_are_plain_and_free() -> None:
    assert suggest_id("Één ‘bescherming’ van burgers, in 2018", {"een-bescherming-van"}) == (
        "een-bescherming-van-2"
    )
    assert suggest_id("12 34") == "passage"
