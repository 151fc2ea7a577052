"""Fuzzing the pack loader: YAML near the schema, made hostile, always ends in problems, never raises.

Hypothesis mutates the small good scenario: values of the wrong type, huge strings
and numbers, deep nesting, shared values (which YAML writes as anchors and
aliases), alias bombs, Markdown that is slow to render, then writes the document
in an odd encoding or damages its bytes. Whatever comes out, ``load_pack``
returns: each file either loads as a scenario whose Markdown is within budget, or
is reported with a located error.
"""

from __future__ import annotations

import contextlib
import copy
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.budget import markdown_problem
from explorer.core.pack.loader import load_pack

GOOD = Path(__file__).resolve().parents[1] / "data" / "packs" / "good"
GOOD_DATA: dict[str, Any] = yaml.safe_load((GOOD / "belgian-presence.yaml").read_text(encoding="utf-8"))


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(GOOD_DATA)


def _nested(depth: int) -> Any:
    value: Any = "deep"
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


def _bomb(levels: int) -> Any:
    value: Any = ["x" * 100]
    for _ in range(levels):
        value = [value] * 10  # one object ten times: YAML writes it as an anchor and nine aliases
    return value


def _recursive(_: int) -> Any:
    value: list[Any] = ["x"]
    value.append(value)  # written as `&id001 [x, *id001]`: a list that contains itself
    return value


SLOW_MARKDOWN = [
    "[a](" * 300,
    "[" * 5_000,
    "> " * 200 + "quoted",
    "\n".join("    " * level + "- item" for level in range(60)),
    "[x](cite:nowhere) " * 50,
    "<img src='/dev/zero'> and [mail](mailto:a@b.c)",
]

hostile_value = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["a\n", "UPPER", "with space", "", "x" * 101, "-leading"]),
    st.builds(lambda char, count: char * count, st.characters(), st.integers(0, 20_000)),
    st.sampled_from(SLOW_MARKDOWN),
    st.integers(1, 150).map(_nested),
    st.integers(1, 7).map(_bomb),
    st.integers(0, 1).map(_recursive),
    st.lists(st.text(max_size=5), max_size=200),
    st.dictionaries(st.text(max_size=8), st.integers(), max_size=5),
)


@st.composite
def hostile_documents(draw: st.DrawFn) -> bytes:
    data = copy.deepcopy(GOOD_DATA)
    for path, value in draw(st.lists(st.tuples(st.sampled_from(PATHS), hostile_value), max_size=4)):
        _set(data, path, value)
    if draw(st.booleans()):  # one value in two places: written as an anchor and an alias
        first, second = draw(st.sampled_from(PATHS)), draw(st.sampled_from(PATHS))
        # (an earlier mutation may have removed the shared value's place)
        with contextlib.suppress(KeyError, IndexError, TypeError):
            _set(data, second, _get(data, first))
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if draw(st.booleans()):
        digits = draw(st.integers(1, 6_000))
        text = text.replace("minutes: 20", "minutes: 1" + "0" * digits, 1)
    encoding = draw(
        st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1"])
    )
    raw = text.encode(encoding, errors="replace")
    damage = draw(st.sampled_from(["none", "none", "truncate", "nul", "byte"]))
    if damage != "none" and raw:
        at = draw(st.integers(0, len(raw) - 1))
        raw = {
            "truncate": raw[:at],
            "nul": raw[:at] + b"\x00" + raw[at:],
            "byte": raw[:at] + b"\xff" + raw[at:],
        }[damage]
    return raw


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    # An earlier mutation may have replaced the container; then this one no longer applies.
    with contextlib.suppress(KeyError, IndexError, TypeError):
        _get(data, path[:-1])[path[-1]] = value


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(raw=hostile_documents())
def test_a_hostile_scenario_ends_in_problems_never_in_an_exception(corpus: Corpus, raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        pack_dir = Path(folder)
        (pack_dir / "pack.yaml").write_bytes((GOOD / "pack.yaml").read_bytes())
        (pack_dir / "fuzzed.yaml").write_bytes(raw)
        pack = load_pack(pack_dir, corpus)
    for problem in pack.problems:
        assert problem.line >= 1 and problem.column >= 1, problem
        assert problem.message.strip(), problem
    if pack.scenarios:
        (scenario,) = pack.scenarios
        markdown = [scenario.facilitator_notes]
        for stage in scenario.stages:
            markdown += [stage.context] + [choice.description for choice in stage.choices]
        assert all(markdown_problem(text) is None for text in markdown)
    else:
        assert any(p.file.endswith("fuzzed.yaml") for p in pack.errors), [p.format() for p in pack.problems]


@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=2_000) | st.text(max_size=500).map(lambda t: t.encode("utf-8")))
def test_arbitrary_bytes_end_in_problems(corpus: Corpus, raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        pack_dir = Path(folder)
        (pack_dir / "pack.yaml").write_bytes(raw)
        (pack_dir / "fuzzed.yaml").write_bytes(raw)
        pack = load_pack(pack_dir, corpus)
    assert not pack.scenarios
    assert any(p.file.endswith("fuzzed.yaml") for p in pack.errors)
