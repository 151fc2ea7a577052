"""Fuzzing: journal and session files near the schema always load cleanly or are refused cleanly.

Hypothesis starts from a good file and damages it: a value anywhere replaced by one of
the wrong type (null, a boolean, huge or negative numbers, NaN, infinities, odd strings,
nested lists and objects), a key removed or added, the data nested deeply, the bytes
re-encoded (UTF-8 with a BOM, UTF-16, Latin-1) or cut short. Whatever comes out, loading
ends with a read-only refusal (and a message) or a valid object that the app can show,
save and load again; never with an exception.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.reflection.journal import Journal, JournalEntry, ReaderCitation, Span
from explorer.core.report import local_time
from explorer.core.workshop.debrief_render import export_text
from explorer.core.workshop.files import load_session, save_session
from explorer.core.workshop.room_view import room_view
from explorer.core.workshop.session import WorkshopError, WorkshopSession, describe, new_session, slides
from tests.core.workshop_helpers import two_group_plan

FUZZ = settings(
    max_examples=int(os.environ.get("EXPLORER_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

ODD_STRINGS = [
    "",
    "0001-01-01T00:00:00+05:00",
    "9999-12-31T23:59:59-05:00",
    "2026-01-01T10:00:00+00:00",
    "2026-13-45",
    "\x00\x1b[2J",
    "\ufeff",
    "\u202e",
    "x" * 5000,
]
LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.sampled_from([0, 1, 5, 99, -1, 9999, 10000, 2**63, 10**30]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1e300, -1e300, 1e-300, float("nan"), float("inf")]),
    st.text(max_size=20),
    st.sampled_from(ODD_STRINGS),
)
VALUE = st.recursive(
    LEAF,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*prefix, index))


@st.composite
def damaged(draw: st.DrawFn, document: dict[str, Any]) -> bytes:
    data = json.loads(json.dumps(document))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent: Any = data
        for key in path[:-1]:
            parent = parent[key]
        operation = draw(st.sampled_from(["replace", "replace", "remove", "add"]))
        if operation == "replace":
            parent[path[-1]] = draw(VALUE)
        elif operation == "remove":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = draw(VALUE)
        else:
            parent.append(draw(VALUE))
    text = json.dumps(data, ensure_ascii=draw(st.booleans()))
    depth = draw(st.sampled_from([0, 0, 0, 50, 5000, 200_000]))
    if depth:
        text = text[:-1] + ', "deep": ' + "[" * depth + "]" * depth + "}"
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1"]))
    raw = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 9)) == 0:
        raw = raw[: draw(st.integers(0, len(raw)))]
    return raw


def _good_journal_document() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder) / "j.journal.json", "Fuzz")
        span = Span(1, 20, 3, 22, "nl")
        citation = ReaderCitation(
            "src", "a quote", gloss="a gloss", span=span, added="2026-01-01T10:00:00+00:00"
        )
        journal.put(
            JournalEntry(
                "s",
                "t",
                choice="c",
                confidence=3,
                rationale="why",
                first_instinct="d",
                first_instinct_at="2026-01-01T09:00:00+00:00",
                citations=[citation],
                weights={"cost": 2.0},
                assumption_factor=0.5,
            )
        )
        journal.save()
        return json.loads(journal.path.read_bytes())


GOOD_JOURNAL = _good_journal_document()


@FUZZ
@given(damaged(GOOD_JOURNAL))
def test_any_damaged_journal_opens_cleanly(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "j.journal.json"
        path.write_bytes(raw)
        journal = Journal.open(path)
        try:
            event("refused" if journal.read_only else "loaded")
            if journal.read_only:
                assert (journal.message and len(journal) == 0) or "newer version" in journal.message
                return
            for entry in journal.entries():  # what the views do on every repaint
                local_time(entry.updated)
                local_time(entry.created)
                assert entry.confidence is None or 1 <= entry.confidence <= 5
                assert all(0 <= w <= 4 for w in entry.weights.values())
            journal.put(JournalEntry("new", "entry"))
            journal.save()
            again = Journal.open(path, lock=False)
            assert not again.read_only and len(again) == len(journal)
        finally:
            journal.close()


@pytest.fixture(scope="module")
def good_session_document(good_pack: LoadedPack, corpus: Corpus) -> dict[str, Any]:
    session = new_session(two_group_plan(good_pack, corpus, items=1), now=1_800_000_000.0)
    session.go_to_item(0, now=1_800_000_060.0)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.workshop.json"
        save_session(path, session)
        return json.loads(path.read_bytes())


def _usable(session: WorkshopSession) -> None:
    """What the console, presenter and debrief do with a session; none of it may raise."""
    describe(session)
    assert session.slide in slides(session.plan)
    room_view(session, 1_800_000_100.0)  # the presenter
    export_text(session, "md", now=1_800_000_100.0)


@FUZZ
@given(data=st.data())
def test_any_damaged_session_loads_or_is_refused(
    good_session_document: dict[str, Any], data: st.DataObject
) -> None:
    raw = data.draw(damaged(good_session_document))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.workshop.json"
        path.write_bytes(raw)
        try:
            loaded = load_session(path)
        except WorkshopError as error:
            event("refused")
            assert "could not be read" in str(error)
            return
        event("loaded")
        _usable(loaded.session)
        save_session(path, loaded.session)
        assert load_session(path).session == loaded.session
