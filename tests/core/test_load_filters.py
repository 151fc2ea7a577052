"""The fast filters in front of the pack checks answer exactly as the plain checks they replace.

Each filter exists because the plain check (a regex at Python's per-character pace, or
eighteen substring searches) was a noticeable part of loading 100,000 scenarios. A
filter that said "nothing here" where the plain check would have found something would
make the load less strict, so each is compared with its reference on generated text
full of the characters that matter (Unicode digits, letters whose lower case is ASCII,
the punctuation of the placeholder patterns).
"""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.pack import budget, checks, fastyaml, yamlsource
from explorer.core.pack.budget import MAX_DEPTH

# Unicode digits (Arabic-Indic, Devanagari, fullwidth), letters whose lower case is ASCII
# (İ, Kelvin K), a dotless ı, a long ſ, and everything the placeholder patterns are made of.
_ALPHABET = "0123456789٣٤۵९０ aAbdeEfFiIlmMnNoOpPrsStTuUxX/İKıſ…-?.|>\"':\n\t#é\u3000\xa0"
_PIECES = ["TODO", "tbd", "FiXme", "xxxx", "Lorem Ipsum", "lorem ipſum", "fıxme", "N/A", "...", "…", "-", "?"]
_TEXTS = st.text(alphabet=_ALPHABET, max_size=80) | st.builds(
    "".join, st.lists(st.sampled_from([*_PIECES, " ", "\n", "\t", "9" * 19, "x", "a word"]))
)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_placeholder_word_filter_never_hides_what_the_regex_finds(text: str) -> None:
    if checks._PLACEHOLDER.search(text) or checks._PLACEHOLDER.search(text.strip()):
        assert checks.may_hold_placeholder_words(text.encode("utf-8"))
        assert checks.may_hold_placeholder_words(("\ufeff" + text).encode("utf-8"))


def test_the_letters_a_case_blind_regex_takes_for_ascii_ones_are_the_two_looked_for() -> None:
    words = (*checks._PLACEHOLDER_WORDS, *checks._PLACEHOLDER_WORDS_WITH_X)
    letters = set("".join(word.decode() for word in words))
    assert letters == set("todbfixmelorem")
    found = {
        character.encode()
        for character in map(chr, range(128, sys.maxunicode + 1))
        if character.lower() not in letters
        and any(re.fullmatch(letter, character, re.IGNORECASE) for letter in letters)
    }
    assert found == set(checks._CASE_BLIND_LOOKALIKES)


# Values for whole documents: texts of the alphabet above and the stand-ins alone, padded
# with white space of several kinds (and quoted or plain as ``yaml.safe_dump`` chooses).
_VALUES: Any = st.recursive(
    _TEXTS
    | st.sampled_from(["", " ", "\u3000", "...", " … ", "-", "?", "TBD", "n/a", "N/A ", "c0", "ab"])
    | st.integers(-3, 3),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["a", "title", "b-c", "note"]), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["id", "title", "tags", "stages"]), _VALUES, min_size=1), st.booleans()
)
def test_the_placeholder_check_finds_what_the_walk_over_every_value_finds(
    data: dict[str, Any], flow: bool
) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=flow, width=60)
    document = yamlsource.read_yaml(text.encode("utf-8"))
    reference = list(checks.placeholder_findings(document.data))
    assert checks.placeholder_check(document.data, document.raw, document.short_texts) == reference
    assert checks.placeholder_check(document.data, None, None) == reference


def test_a_placeholder_phrase_folded_over_two_lines_is_found_in_a_file_read_fast() -> None:
    # Found by the property test above: "Lorem Ipsum" in a flow list wrapped at 60 columns is
    # "Lorem" and "Ipsum" on two lines of the file; the byte search looked for "lorem ipsum".
    text = '{id: x, tags: [ok, {a: [fine, "0000 \\n", Lorem\n          Ipsum]}], title: A title}\n'
    document = yamlsource.read_yaml(text.encode("utf-8"))
    assert document.short_texts is not None  # read by ``fastyaml``
    [finding] = checks.placeholder_check(document.data, document.raw, document.short_texts)
    assert finding.path == "tags[1].a[2]" and "Lorem Ipsum" in finding.message


@pytest.mark.parametrize(
    "line",
    [
        'title: "\\x54ODO"',
        'title: "\\u0074bd \\U0000004Corem"',
        'title: "..."',
        'title: "-"',
        "title: '?'",
        'tags: ["?", ok]',
        "tags: [..., ok]",
        'title: " … "',
        "title: |\n  ...",
    ],
)
def test_a_quoted_or_flow_stand_in_is_found_in_a_file_read_fast(line: str) -> None:
    # The text searches before this round looked for ``: ...``, ``todo`` and the like in the
    # file's text, and let these through (a letter written as an escape, a quoted stand-in).
    text = f"id: x\n{line}\nsummary: A summary long enough.\n"
    document = yamlsource.read_yaml(text.encode("utf-8"))
    assert document.short_texts is not None  # read by ``fastyaml``
    [finding] = checks.placeholder_check(document.data, document.raw, document.short_texts)
    assert finding.path in ("title", "tags[0]")


def test_the_white_space_the_fast_reader_knows_is_what_strip_removes() -> None:
    spaces = {character for character in map(chr, range(sys.maxunicode + 1)) if character.isspace()}
    assert spaces == fastyaml._SPACE
    assert all((character + "a" + character).strip() == "a" for character in spaces)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.booleans())
def test_long_number_filter_matches_the_regex(text: str, bom: bool) -> None:
    raw = ("\ufeff" if bom else "").encode() + text.encode()
    assert yamlsource._may_hold_long_number(raw, text) == bool(re.search(r"\d{19}", text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\r\x0b\x0c\x1c\u2028\u00a0#a:", max_size=30))
def test_empty_file_check_matches_the_line_by_line_one(text: str) -> None:
    reference = not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    )
    assert yamlsource._only_blanks_and_comments(text) == reference


def _deepest_brackets(raw: bytes) -> int:
    depth = deepest = 0
    for char in raw:
        if char in b"[{":
            depth += 1
        elif char in b"]}":
            depth -= 1
        deepest = max(deepest, depth)
    return deepest


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="[]{}a \n", max_size=3 * MAX_DEPTH).map(str.encode))
def test_bracket_depth_check_refuses_exactly_the_deep_files(raw: bytes) -> None:
    if _deepest_brackets(raw) > MAX_DEPTH:
        with pytest.raises(yamlsource.Located, match="nesting deeper"):
            yamlsource._check_depth(raw)
    else:
        yamlsource._check_depth(raw)


def test_bracket_depth_check_at_the_limit() -> None:
    yamlsource._check_depth(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH)
    with pytest.raises(yamlsource.Located):
        yamlsource._check_depth(b"[" * (MAX_DEPTH + 1))
    # Many brackets, none deep: more openers than the limit, the walk runs and passes.
    yamlsource._check_depth(b"[a] " * (MAX_DEPTH * 3))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["\n", "\r", "\r\n", "\x0c", "\u2028", "\x85", " ", "\t", " " * 9, "\t\t\t", "- x", "a"]
        ),
        max_size=60,
    ).map("".join)
)
def test_markdown_indent_filter_never_hides_a_deep_line(text: str) -> None:
    deepest = max(text.splitlines(), key=budget._indent, default="")
    if budget._indent(deepest) > budget.MAX_MARKDOWN_INDENT:
        assert budget._may_be_deep(text)
        assert budget.markdown_problem(text) is not None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="- \t\nax", max_size=300).map(str.encode))
def test_the_dash_filter_never_hides_a_deep_dash_list(raw: bytes) -> None:
    if yamlsource._DEEP_DASHES.search(raw):
        assert yamlsource._DASH_PAIR.search(raw)


@pytest.mark.parametrize("blanks", [" ", "  ", "\t", " \t "])
def test_dashes_nested_past_the_depth_limit_are_refused_however_they_are_spaced(blanks: str) -> None:
    with pytest.raises(yamlsource.Located, match="nesting deeper"):
        yamlsource.read_yaml(("a:\n  " + ("-" + blanks) * (MAX_DEPTH + 1) + "x\n").encode())
    if "\t" not in blanks:  # libyaml refuses a tab after a dash anyway
        yamlsource.read_yaml(("a:\n  " + ("-" + blanks) * MAX_DEPTH + "x\n").encode())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="DSZW!?.", max_size=40).map(str.encode))
def test_the_class_searches_of_the_fast_reader_match_the_substring_tests(classes: bytes) -> None:
    int_doubts = (b"DZZ", b"DZW", b"DSZZ", b"DSZW")
    assert bool(fastyaml._INT_DOUBT.search(classes)) == any(p in classes for p in int_doubts)
    tags = classes.endswith(b"D?") or b"D!" in classes or b"D?D" in classes
    assert fastyaml._tag_or_complex_key(classes) == tags
