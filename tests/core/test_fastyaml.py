"""The fast reader gives exactly PyYAML's values, or steps aside; problems are located the same.

``fastyaml.quick_data`` may answer ``None`` for any file (PyYAML then reads it); what
it must never do is give values PyYAML's safe loader would not give, or read a file
PyYAML refuses. Hypothesis writes scalars of every typed shape (YAML 1.1 and 1.2
disagree on ``yes``, ``0o17``, ``1e3``, ``1:30``, ``_1``...) plain, quoted and as
keys, in block and flow style, and whole scenarios as ``yaml.safe_dump`` writes
them, and compares the two readers value by value and type by type.
"""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack import fastyaml, yamlsource
from explorer.core.pack.loader import load_pack

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "tests" / "data" / "packs" / "good"
GOOD_DATA: dict[str, Any] = yaml.safe_load((GOOD / "belgian-presence.yaml").read_text(encoding="utf-8"))

#: Spellings the two YAML versions (or PyYAML and yaml-rs) read differently, and their neighbours.
TRICKY = [
    *(
        [
            "yes",
            "Yes",
            "YES",
            "no",
            "No",
            "NO",
            "on",
            "On",
            "ON",
            "off",
            "Off",
            "OFF",
            "y",
            "n",
            "true",
            "True",
            "TRUE",
            "tRue",
            "false",
            "False",
            "FALSE",
        ]
    ),
    *(["null", "Null", "NULL", "~", "<<", "=", ".inf", "-.inf", ".Inf", ".nan", ".NaN", ".NAN"]),
    *(
        [
            "0",
            "-0",
            "+0",
            "00",
            "007",
            "010",
            "08",
            "019",
            "0o17",
            "0O17",
            "0x1F",
            "0x_1",
            "0b101",
            "0b_1",
            "+5",
            "-5",
            "1_000",
            "1__0",
            "_1",
            "-_1",
            "1_",
            "_",
        ]
    ),
    *(
        [
            "1e3",
            "1.5e3",
            "1e+3",
            "12e03",
            "1.5",
            "1.",
            ".5",
            "-.5",
            "0.",
            "1:30",
            "-1:30",
            "190:20:30.15",
            "1:30.5",
            "1:61",
        ]
    ),
    *(["2021", "2021-01-01", "2021-1-1", "2021-13-45", "2021-02-30", "2001-12-14t21:59:43.10-05:00"]),
    "2001-12-14 21:59:43.10 -5",
    "12345678901234567",
    "007.5",
    "-00.25",
    "123456789012345678",
    "",
    " ",
    "a b",
    "x: y",
    "- x",
    "#x",
    "it's",
    'say "no"',
    "tab\there",
    "line\nbreak",
    "\u2028",
    "\x85",
]

#: Characters that make scalars of every shape, and some YAML syntax among them.
ALPHABET = "0123456789_.:+-eExXoObBaynNtTfFlu~<=!?#'\"&*|>%@`,[]{}\\/ \n\t"

#: Prose-like text, which most files are made of and the fast reader takes.
PROSE = "abcdefgh ABC.,;()[]*'\"-:#\n"

scalars = st.one_of(
    st.sampled_from(TRICKY), st.text(alphabet=ALPHABET, max_size=10), st.text(alphabet=PROSE, max_size=30)
)


def _plain(text: str) -> str:
    return text


def _single(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _double(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


STYLES = {"plain": _plain, "single": _single, "double": _double}


@st.composite
def block_scalars(draw: st.DrawFn) -> str:
    """``|`` or ``>`` with chomping and indentation indicators, then lines: blank, indented
    further, with trailing spaces or a comment-like ``#`` (Markdown is written this way)."""
    indicator = draw(st.sampled_from(["|", ">"])) + draw(st.sampled_from(["", "-", "+", "2", "2-", "+2"]))
    words = st.sampled_from(
        ["", "", " ", "word", "two words", "  more indented", "# not a comment", "- item"]
    )
    body = draw(
        st.lists(words | st.text(alphabet=PROSE.replace("\n", ""), max_size=20), min_size=1, max_size=6)
    )
    end = draw(st.sampled_from(["", "\n", "\n\n", "\n  \n"]))
    return indicator + "\n" + "\n".join(f"  {line}" if line else "" for line in body) + end


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A small mapping whose scalars stand as values, keys, list items and flow items."""
    lines = []
    for index in range(draw(st.integers(1, 5))):
        style = STYLES[draw(st.sampled_from(sorted(STYLES)))]
        text = style(draw(scalars))
        place = draw(
            st.sampled_from(["value", "key", "item", "flow", "next-line", "block", "nested", "number"])
        )
        if place == "value":
            lines.append(f"k{index}: {text}")
        elif place == "key":
            lines.append(f"{text}: v{index}")
        elif place == "item":
            lines.append(f"k{index}:\n  - {text}\n  - other")
        elif place == "flow":
            lines.append(f"k{index}: [{text}, {style(draw(scalars))}]")
        elif place == "next-line":
            lines.append(f"k{index}:\n  {text}")
        elif place == "block":
            lines.append(f"k{index}: {draw(block_scalars())}")
        elif place == "nested":
            block = draw(block_scalars()).replace("\n", "\n    ")
            lines.append(f"k{index}:\n  a: {text}\n  b:\n    - x: {block}")
        else:
            lines.append(f"k{index}: {draw(st.integers(-(10**6), 10**6))}")
    header = draw(st.sampled_from(["", "---\n", "--- \n", "%YAML 1.1\n---\n"]))
    footer = draw(st.sampled_from(["", "", "...\n", "---\nk: 2\n"]))
    return header + "\n".join(lines) + "\n" + footer


def _same(fast: Any, reference: Any) -> bool:
    """Equal in value and in type all the way down (``True == 1`` and ``1 == 1.0`` in Python)."""
    if type(fast) is not type(reference):
        return False
    if isinstance(reference, dict):
        return list(fast) == list(reference) and all(
            _same(key, other) and _same(fast[key], reference[other])
            for key, other in zip(fast, reference, strict=True)
        )
    if isinstance(reference, list):
        return len(fast) == len(reference) and all(_same(a, b) for a, b in zip(fast, reference, strict=True))
    return bool(fast == reference)


def _check_against_pyyaml(text: str) -> Any:
    try:
        # The app's own PyYAML reader (libyaml's, which takes a few texts the pure loader refuses).
        reference = yaml.load(text, Loader=yamlsource._Loader)
    except Exception:  # PyYAML refuses the text (syntax, a constructor's error, a bad date)
        reference = pytest  # a value no reader returns
    fast = fastyaml.quick_data(text.encode("utf-8"), text)
    if fast is not None:
        assert reference is not pytest, f"the fast reader took a text PyYAML refuses: {text!r}"
        assert _same(fast, reference), (text, fast, reference)
    return fast


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents())
def test_the_fast_reader_gives_pyyamls_values_or_steps_aside(text: str) -> None:
    _check_against_pyyaml(text)


@st.composite
def dumped_scenarios(draw: st.DrawFn) -> str:
    data = copy.deepcopy(GOOD_DATA)
    for key in draw(st.lists(st.sampled_from(sorted(data)), max_size=3)):
        data[key] = draw(st.one_of(scalars, st.integers(-(10**6), 10**6), st.booleans(), st.none()))
    return yaml.safe_dump(
        data,
        allow_unicode=draw(st.booleans()),
        sort_keys=draw(st.booleans()),
        default_flow_style=draw(st.sampled_from([False, None, True])),
        width=draw(st.sampled_from([40, 80, 10_000])),
    )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=dumped_scenarios())
def test_whole_scenarios_read_alike(text: str) -> None:
    _check_against_pyyaml(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: yes\n",
        "a: Off\n",
        "a: 0o17\n",
        "a: 08\n",
        "a: _1\n",
        "a: 1e3\n",
        "a: 1.5\n",
        "a: 1:30\n",
        "a: 2021-01-01\n",
        "a: 2021-02-30\n",
        "<<: {b: 1}\n",
        "a: =\n",
        "a: !x 5\n",
        "a: !!str 5\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n",
        "? [a]\n: 1\n",
        "a: x\u2028y\n",
        "a: 2026-12-01\n",
        'a: "2026-12-01"\nb: 2026-12-01\n',
        'a: "yes"\nb: yes x\nc: yes\n',
        "a: 1\na: 2\n",
        "a: &x 1\nb: *x\n",
        "- a\n- b\n",
        "a: 'unclosed\nb: 2\n",
        "a:\tb\n",
        # A number in a file that has an int: plain, in flow lists and maps too.
        "n: 1\na: [4,000]\n",
        "n: 1\na: [4,08]\n",
        "n: 1\na:\n  - -08\n",
        "n: 1\na: {b: 0x_1}\n",
        "n: 1\na: 'x'\nb: 007\n",
    ],
)
def test_what_the_two_could_read_apart_goes_to_pyyaml(text: str) -> None:
    assert fastyaml.quick_data(text.encode("utf-8"), text) is None


@pytest.mark.parametrize(
    "text",
    [
        'moment: "2021"\nas_of: "2013-10"\nchecked: "2026-12-01"\n',
        "minutes: 30\neffect: -2\nflag: true\nnothing: null\nempty:\n",
        "---\na: 1\n",
        "tags: [a, b]\nx: {y: 'z'}\n",
        "text: |\n  Markdown with [a](cite:c0) and 4,000 *stars*.\n",
        # The same spellings inside quoted or block texts of a file with an int: text to both.
        'n: 3\nquote: "surged by [4,000 per cent in 2024](#)"\n',
        "n: 1\nb: 'x 0o17, _1 and -08'\n",
        "n: 1\nb: |\n  x 0o17\n  08\n",
        'n: 1\nb: ["4,000", "08"]\n',
    ],
)
def test_plain_files_are_read_fast_and_alike(text: str) -> None:
    assert _check_against_pyyaml(text) is not None


def test_every_file_of_the_good_pack_and_of_the_benchmark_is_read_fast() -> None:
    from bench.pack_100k import write_pack

    with tempfile.TemporaryDirectory() as folder:
        write_pack(Path(folder), 20)
        files = sorted(Path(folder).glob("generated-*.yaml"))
        # Quotes with numbers such as "4,000" too (``fastyaml._plain_int_doubt``).
        fast = [_check_against_pyyaml(path.read_text(encoding="utf-8")) is not None for path in files]
        assert all(fast), fast
    for path in sorted(GOOD.glob("*.yaml")):
        assert _check_against_pyyaml(path.read_text(encoding="utf-8")) is not None, path


def test_problems_are_located_as_when_pyyaml_reads_every_file(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file read fast composes its node tree only to locate a problem: same lines, same messages."""
    with tempfile.TemporaryDirectory() as folder:
        pack_dir = Path(folder)
        (pack_dir / "pack.yaml").write_bytes((GOOD / "pack.yaml").read_bytes())
        text = (GOOD / "belgian-presence.yaml").read_text(encoding="utf-8")
        broken = {
            "unknown-field.yaml": text.replace("\ntitle:", "\ntitel:", 1),
            "bad-dimension.yaml": text.replace("dimension: ", "dimension: no-such-", 1),
            "bad-cite.yaml": text.replace("(cite:", "(cite:nowhere-", 1),
            "wrong-type.yaml": text.replace("\nminutes:", "\nminutes: [1]\nx:", 1),
        }
        for name, content in broken.items():
            assert content != text, name
            assert fastyaml.quick_data(content.encode("utf-8"), content) is not None, name
            (pack_dir / name).write_text(content, encoding="utf-8")
        fast = load_pack(pack_dir, corpus)
        monkeypatch.setattr(yamlsource.fastyaml, "quick_read", lambda raw, text: None)
        slow = load_pack(pack_dir, corpus)
    assert [p.format() for p in fast.problems] == [p.format() for p in slow.problems]
    assert {Path(p.file).name for p in fast.errors} == set(broken)


def test_the_hostile_corpus_gives_the_same_problems_with_and_without_the_fast_reader(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.hostile_cases import build_cases

    cases = build_cases(tmp_path)
    fast = {case.name: [p.format() for p in load_pack(case, corpus).problems] for case in cases}
    monkeypatch.setattr(yamlsource.fastyaml, "quick_read", lambda raw, text: None)
    slow = {case.name: [p.format() for p in load_pack(case, corpus).problems] for case in cases}
    assert fast == slow


def test_many_doubtful_texts_go_to_pyyaml_rather_than_cost_a_search_each() -> None:
    # Quoted times: each would be a number (1:30 is 90 in YAML 1.1) if it were plain, so a doubt.
    text = "".join(f'k{n}: "{n + 1}:30"\n' for n in range(1_000))
    assert fastyaml.quick_data(text.encode("utf-8"), text) is None
    few = "".join(f'k{n}: "{n + 1}:30"\n' for n in range(3))
    assert _check_against_pyyaml(few) == {f"k{n}": f"{n + 1}:30" for n in range(3)}
