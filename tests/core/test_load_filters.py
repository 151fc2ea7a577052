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

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.pack import budget, checks, yamlsource
from explorer.core.pack.budget import MAX_DEPTH

# Unicode digits (Arabic-Indic, Devanagari, fullwidth), letters whose lower case is ASCII
# (İ, Kelvin K), a dotless ı, and everything the placeholder patterns are made of.
_ALPHABET = "0123456789٣٤۵९０ aAbdeEfFiIlmMnNoOpPrsStTuUxX/İKı…-?.|>\"':\n\t#é"
_TEXTS = st.text(alphabet=_ALPHABET, max_size=80) | st.builds(
    "".join, st.lists(st.sampled_from([*checks._SUSPECT, "TODO", "Lorem Ipsum", "N/A", "9" * 19, "x"]))
)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_placeholder_filter_matches_the_eighteen_searches(text: str) -> None:
    lowered = text.lower()
    assert checks.may_hold_placeholders(text) == any(suspect in lowered for suspect in checks._SUSPECT)


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
