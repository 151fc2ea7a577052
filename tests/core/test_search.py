"""Full-text search: accent folding, safe input, grouping, exact hit spans."""

from __future__ import annotations

import re

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.search import (
    SearchIndex,
    SearchResults,
    build_index,
    find_all,
    fold,
    fts_query,
    plain_text,
)


@pytest.fixture(scope="module")
def index(good_pack: LoadedPack, corpus: Corpus) -> SearchIndex:
    return build_index(good_pack, corpus)


def test_fold_keeps_one_character_per_character() -> None:
    text = "Geïntegreerde coördinatie, ÉTÉ, ﬁne, Straße"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("geintegreerde coordinatie, ete")


def test_unaccented_query_finds_accented_dutch(index: SearchIndex, corpus: Corpus) -> None:
    results = index.search("geintegreerde")
    assert results.sources, "geïntegreerde occurs in several sources"
    for group in results.sources:
        for hit in group.hits:
            text = corpus[hit.source_id].edition.text
            assert fold(text[hit.match_start : hit.match_end]) == "geintegreerde"


def test_accented_query_finds_the_same(index: SearchIndex) -> None:
    plain = index.search("geintegreerde")
    accented = index.search("geïntegreerde")
    assert [h.match_start for g in plain.sources for h in g.hits] == [
        h.match_start for g in accented.sources for h in g.hits
    ]


def test_onpartijdigheid_is_found_in_three_sources(index: SearchIndex) -> None:
    results = index.search("onpartijdigheid")
    assert {g.source_id for g in results.sources} == {
        "ballegeer-2021",
        "buitelaar-vanwilligen-2021",
        "fod-bz-vredesoperaties",
    }


def test_last_word_is_a_prefix_while_typing(index: SearchIndex) -> None:
    assert index.search("onpartijdig")
    assert not index.search("onpartijdig ")  # the user finished the word
    assert fts_query("qualitative pres") == '"qualitative" "pres"*'


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "AND(",
        "*",
        "NEAR(a b",
        'x"y',
        "col:abc",
        "^",
        "-",
        "OR",
        "a AND b OR",
        "(((",
        "'",
        "\\",
        "",
        "   ",
        "\x01\x02",
    ],
)
def test_fts_syntax_in_input_is_searched_as_plain_words(index: SearchIndex, typed: str) -> None:
    """Operators, quotes and column filters are never FTS5 syntax: only the words count."""
    results = index.search(typed)
    words = re.findall(r"\w+", typed)
    if not words:
        assert results.count == 0
        return
    # The same words typed plainly, ending the same way (a last word still being typed is a prefix).
    plain = index.search(" ".join(words) + ("" if typed[-1:].isalnum() else " "))
    assert _hits(results) == _hits(plain)


def _hits(results: SearchResults) -> list[tuple[str, int]]:
    return [(g.source_id, len(g.hits)) for g in results.sources] + [
        (g.scenario_id, len(g.hits)) for g in results.scenarios
    ]


def test_a_stray_quote_does_not_hide_the_word(index: SearchIndex) -> None:
    results = index.search('onpartijdigheid"')
    assert {g.source_id for g in results.sources} == {
        "ballegeer-2021",
        "buitelaar-vanwilligen-2021",
        "fod-bz-vredesoperaties",
    }


def test_operators_are_searched_as_words(index: SearchIndex) -> None:
    query = fts_query('peace AND( "keeping"')
    assert query == '"peace" "and" "keeping"'


def test_results_grouped_by_scenario_and_by_source(index: SearchIndex) -> None:
    results = index.search("qualitative")
    assert [g.scenario_id for g in results.scenarios] == ["belgian-presence"]
    group = results.scenarios[0]
    assert group.title == "Quality or quantity?"
    fields = [hit.field for hit in group.hits]
    assert any(field.startswith("Choice › Keep a qualitative presence") for field in fields)
    assert len(fields) > 1
    assert len({g.source_id for g in index.search("missies").sources}) == len(index.search("missies").sources)


def test_scenario_glosses_are_searchable_in_english(index: SearchIndex) -> None:
    results = index.search("numerical strength")
    assert [h.field for g in results.scenarios for h in g.hits] == ["Cited passage"]


def test_a_hit_span_lies_inside_its_block(index: SearchIndex, corpus: Corpus) -> None:
    results = index.search("vredesmissies")
    assert results.sources
    for group in results.sources:
        edition = corpus[group.source_id].edition
        for hit in group.hits:
            assert hit.block_start <= hit.match_start < hit.match_end <= hit.block_end
            block = edition.block_at(hit.block_start)
            assert (block.start, block.end) == (hit.block_start, hit.block_end)
            assert fold(edition.text[hit.match_start : hit.match_end]).startswith("vredesmissies")


def test_snippets_mark_the_matched_words(index: SearchIndex) -> None:
    results = index.search("helikopters")
    hit = results.sources[0].hits[0]
    marked = [hit.snippet.text[a:b] for a, b in hit.snippet.marks]
    assert marked and all(fold(word) == "helikopters" for word in marked)
    assert len(hit.snippet.text) <= 150


def test_limit_caps_hits_and_reports_truncation(index: SearchIndex) -> None:
    results = index.search("de", limit=5)
    assert sum(len(g.hits) for g in results.sources) == 5
    assert results.truncated
    assert results.source_total > 5


def test_find_all_ignores_case_and_accents() -> None:
    text = "De Geïntegreerde aanpak; geintegreerde benadering."
    assert find_all(text, "GEÏNTEGREERDE") == [(3, 16), (25, 38)]
    assert find_all(text, "  ") == []


def test_plain_text_drops_link_targets() -> None:
    assert plain_text("The [army is small](cite:small-army), **really**.") == "The army is small, really."


def test_where_a_hit_is_follows_the_labels_without_a_new_index(good_pack: LoadedPack, corpus: Corpus) -> None:
    """Only the words that place a hit are the interface's; the indexed text is the pack's."""
    from dataclasses import replace

    from explorer.core.vocabulary import ENGLISH

    index = build_index(good_pack, corpus)
    english = [hit.field for hit in index.search("qualitative").scenarios[0].hits]
    assert "Choice › Keep a qualitative presence" in english and "Summary" in english
    index.set_labels(replace(ENGLISH, translate=lambda _context, text: text.upper()))
    upper = [hit.field for hit in index.search("qualitative").scenarios[0].hits]
    assert (
        "CHOICE › Keep a qualitative presence" in upper and "SUMMARY" in upper
    )  # the label as the pack has it
    assert len(upper) == len(english)
    index.set_labels(ENGLISH)
    assert [hit.field for hit in index.search("qualitative").scenarios[0].hits] == english
