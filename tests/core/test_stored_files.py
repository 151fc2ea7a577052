"""Every damaged or hostile journal and session file opens cleanly or is refused cleanly.

Each kind of damage found by the security review (issue 12, item 5) has a case here:
it never raises, it opens the last good copy read-only when there is one, and one bad
file never breaks the list of the good ones beside it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from explorer.core import store
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.reflection.journal import (
    KIND,
    VERSION,
    Journal,
    JournalEntry,
    check_document,
    list_journals,
)
from explorer.core.report import local_time
from explorer.core.workshop.files import find_sessions, find_unfinished, load_session, save_session
from explorer.core.workshop.session import SESSION_KIND, SESSION_VERSION, WorkshopError, new_session
from tests.core.workshop_helpers import two_group_plan

Damage = Callable[[dict[str, Any]], Any]


def _entry(**fields: Any) -> dict[str, Any]:
    return {
        "scenario": "s",
        "stage": "t",
        "rationale": "why",
        "updated": "2026-01-01T10:00:00+00:00",
        **fields,
    }


#: Damage done to a good journal document (a dict); the result is written as JSON.
JOURNAL_DAMAGE: dict[str, Damage] = {
    "entries null": lambda d: {**d, "entries": None},
    "entries a string": lambda d: {**d, "entries": "many"},
    "version true": lambda d: {**d, "version": True},
    "version a float": lambda d: {**d, "version": 2.0},
    "version huge": lambda d: {**d, "version": 10**30},
    "version missing": lambda d: {k: v for k, v in d.items() if k != "version"},
    "format wrong": lambda d: {**d, "format": "workshop-session"},
    "not an object": lambda d: [d],
    "name a number": lambda d: {**d, "name": 5},
    "updated year 1 east of UTC": lambda d: {**d, "entries": [_entry(updated="0001-01-01T00:00:00+05:00")]},
    "updated year 9999": lambda d: {**d, "entries": [_entry(updated="9999-12-31T23:59:59-05:00")]},
    "updated not a date": lambda d: {**d, "entries": [_entry(updated="yesterday")]},
    "created a number": lambda d: {**d, "entries": [_entry(created=1e300)]},
    "confidence 99": lambda d: {**d, "entries": [_entry(confidence=99)]},
    "confidence 0": lambda d: {**d, "entries": [_entry(confidence=0)]},
    "confidence a string": lambda d: {**d, "entries": [_entry(confidence="high")]},
    "weight huge": lambda d: {**d, "entries": [_entry(weights={"cost": 1e300})]},
    "weight negative": lambda d: {**d, "entries": [_entry(weights={"cost": -1})]},
    "assumption factor 7": lambda d: {**d, "entries": [_entry(assumption_factor=7)]},
    "entry without scenario": lambda d: {**d, "entries": [{"stage": "t"}]},
    "entry a list": lambda d: {**d, "entries": [["s", "t"]]},
    "citation without quote": lambda d: {**d, "entries": [_entry(citations=[{"source": "x"}])]},
    "span negative": lambda d: {
        **d,
        "entries": [
            _entry(
                citations=[
                    {
                        "source": "x",
                        "quote": "q",
                        "span": {"start": -1, "end": 2, "edition_start": 0, "edition_end": 1},
                    }
                ]
            )
        ],
    },
    "v1 entries null": lambda d: {"format": KIND, "version": 1, "profile": "Old", "entries": None},
    "v1 entry without scenario": lambda d: {"format": KIND, "version": 1, "entries": [{"stage": "x"}]},
    "v1 quotes not a list": lambda d: {
        "format": KIND,
        "version": 1,
        "entries": [{"scenario": "a", "stage": "b", "quotes": 5}],
    },
    "v1 weights not pairs": lambda d: {
        "format": KIND,
        "version": 1,
        "entries": [{"scenario": "a", "stage": "b", "weights": [1, 2]}],
    },
    "v1 confidence a list": lambda d: {
        "format": KIND,
        "version": 1,
        "entries": [{"scenario": "a", "stage": "b", "confidence": []}],
    },
    "v1 profile a number": lambda d: {"format": KIND, "version": 1, "profile": 3, "entries": []},
}

#: Damage done to the bytes of a good journal file.
RAW_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "200,000-deep JSON": lambda b: (
        b'{"format": "journal", "version": 2, "entries": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    ),
    "NaN": lambda b: b.replace(b'"assumption_factor": 0.5', b'"assumption_factor": NaN'),
    "Infinity": lambda b: b.replace(b'"assumption_factor": 0.5', b'"assumption_factor": Infinity'),
    "1e400": lambda b: b.replace(b'"assumption_factor": 0.5', b'"assumption_factor": 1e400'),
    "truncated": lambda b: b[: len(b) // 2],
    "empty": lambda b: b"",
    "UTF-16": lambda b: b.decode("utf-8").encode("utf-16"),
    "Latin-1 bytes": lambda b: b.replace(b"why", b"\xe9t\xe9"),
    "NUL bytes": lambda b: b"\x00" * 100,
    "duplicate key trick": lambda b: b.replace(b'"version": 2', b'"version": 2, "version": "2"'),
}


def _good_journal(path: Path) -> bytes:
    journal = Journal(path, "Good")
    journal.put(
        JournalEntry("s", "t", rationale="why", confidence=3, assumption_factor=0.5, weights={"cost": 2.0})
    )
    journal.save()
    return path.read_bytes()


def _assert_clean(journal: Journal) -> None:
    """What every view does with a journal: list, sort, show times; none of it may raise."""
    for entry in journal.entries():
        local_time(entry.updated)
        assert entry.confidence is None or 1 <= entry.confidence <= 5


@pytest.mark.parametrize("kind", sorted(JOURNAL_DAMAGE))
def test_a_damaged_journal_opens_read_only_without_raising(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "j.journal.json"
    good = json.loads(_good_journal(path))
    path.write_text(json.dumps(JOURNAL_DAMAGE[kind](good)), encoding="utf-8")
    before = path.read_bytes()
    journal = Journal.open(path)
    _assert_clean(journal)
    assert journal.read_only and journal.message
    assert "Traceback" not in journal.message
    assert len(journal) == 0  # no backup yet: nothing of the bad file is shown as if it were good
    with pytest.raises(store.StoreError):
        journal.save()
    assert path.read_bytes() == before  # never overwritten


@pytest.mark.parametrize("kind", sorted(RAW_DAMAGE))
def test_damaged_bytes_fall_back_to_the_last_good_copy(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "j.journal.json"
    good = _good_journal(path)
    journal = Journal.open(path)
    journal.put(JournalEntry("s2", "t", rationale="second"))
    journal.save()  # the first version is now the backup
    journal.close()
    path.write_bytes(RAW_DAMAGE[kind](good))
    reopened = Journal.open(path)
    _assert_clean(reopened)
    assert reopened.read_only and "last good copy" in reopened.message
    assert [e.rationale for e in reopened.entries()] == ["why"]


@pytest.mark.parametrize("kind", sorted(JOURNAL_DAMAGE))
def test_an_invalid_journal_falls_back_to_its_backup(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "j.journal.json"
    _good_journal(path)
    journal = Journal.open(path)
    journal.put(JournalEntry("s2", "t"))
    journal.save()
    journal.close()
    good = json.loads(path.read_bytes())
    path.write_text(json.dumps(JOURNAL_DAMAGE[kind](good)), encoding="utf-8")
    reopened = Journal.open(path)
    _assert_clean(reopened)
    assert reopened.read_only and "last good copy" in reopened.message
    assert [e.scenario for e in reopened.entries()] == ["s"]


def test_a_utf8_bom_is_accepted_and_the_journal_stays_writable(tmp_path: Path) -> None:
    path = tmp_path / "j.journal.json"
    path.write_bytes(b"\xef\xbb\xbf" + _good_journal(path))
    journal = Journal.open(path)
    assert not journal.read_only, journal.message
    assert [e.rationale for e in journal.entries()] == ["why"]
    journal.put(JournalEntry("s2", "t"))
    journal.save()
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_save_never_makes_an_invalid_file_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "j.journal.json"
    _good_journal(path)
    good = json.loads(path.read_bytes())
    path.write_text(json.dumps({**good, "entries": [_entry(confidence=99)]}), encoding="utf-8")
    store.save(path, KIND, VERSION, {"name": "x", "entries": []}, check=check_document)
    assert not store.backup_path(path).exists()  # the invalid file was not worth keeping


def test_one_bad_journal_never_breaks_the_list(tmp_path: Path) -> None:
    _good_journal(tmp_path / "good.journal.json")
    (tmp_path / "deep.journal.json").write_bytes(RAW_DAMAGE["200,000-deep JSON"](b""))
    (tmp_path / "date.journal.json").write_text(
        json.dumps({"format": KIND, "version": 2, "entries": [_entry(updated="0001-01-01T00:00:00+05:00")]})
    )
    (tmp_path / "null.journal.json").write_text(json.dumps({"format": KIND, "version": 2, "entries": None}))
    (tmp_path / "fifo.journal.json").mkdir()  # not a file at all
    infos = {info.path.name: info for info in list_journals(tmp_path)}
    assert infos["good.journal.json"].readable and infos["good.journal.json"].entries == 1
    assert not infos["deep.journal.json"].readable
    assert not infos["date.journal.json"].readable
    assert not infos["null.journal.json"].readable
    for info in infos.values():
        local_time(info.updated)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    import os

    path = tmp_path / "pipe.journal.json"
    os.mkfifo(path)
    journal = Journal.open(path)
    assert journal.read_only and "not a regular file" in journal.message


# -- sessions -----------------------------------------------------------------------------------------
def _set(path: list[Any], value: Any) -> Damage:
    def damage(data: dict[str, Any]) -> dict[str, Any]:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return data

    return damage


SESSION_DAMAGE: dict[str, Damage] = {
    "NaN timer": _set(["items", 0, "timer", "duration"], float("nan")),
    "infinite elapsed": _set(["items", 0, "timer", "elapsed"], float("inf")),
    "negative timer": _set(["items", 0, "timer", "duration"], -5.0),
    "timer started in year 10^300": _set(["items", 0, "timer", "started_at"], 1e300),
    "vote count 10^30": _set(["items", 0, "first_vote"], {"g1": {"qualitative-presence": 10**30}}),
    "vote count negative": _set(["items", 0, "first_vote"], {"g1": {"qualitative-presence": -1}}),
    "vote count a float": _set(["items", 0, "first_vote"], {"g1": {"qualitative-presence": 1.5}}),
    "created 1e300": _set(["created"], 1e300),
    "created negative": _set(["created"], -1e12),
    "created a string": _set(["created"], "today"),
    "step unknown": _set(["step"], "party"),
    "item out of the agenda": _set(["item"], 99),
    "page huge": _set(["page"], 10**20),
    "items null": _set(["items"], None),
    "plan null": _set(["plan"], None),
    "agenda minutes 10^30": _set(["plan", "agenda", 0, "minutes"], 10**30),
    "group size negative": _set(["plan", "groups", 0, "size"], -3),
    "unknown field": _set(["surprise"], 1),
    "log event at NaN": _set(["log"], [[float("nan"), "next", ""]]),
    "version true": _set(["version"], True),
    "records shorter than agenda": lambda d: {**d, "items": []},
    "group's role missing": _set(["plan", "roles"], []),
    "votes of an unknown group": _set(["items", 0, "first_vote"], {"nobody": {"qualitative-presence": 1}}),
    "votes for an unknown choice": _set(["items", 0, "second_vote"], {"g1": {"surrender": 1}}),
    "two groups, one id": _set(["plan", "groups", 1, "id"], "g1"),
    # Found by the fuzzing: the debrief raised ValueError on an evidence status it does not know.
    "evidence status empty": _set(
        ["plan", "agenda", 0, "card", "choices", 0, "tradeoffs", 0, "evidence"], ""
    ),
    "evidence status unknown": _set(
        ["plan", "agenda", 0, "card", "choices", 0, "tradeoffs", 0, "evidence"], "rumour"
    ),
}


@pytest.fixture
def session_file(good_pack: LoadedPack, corpus: Corpus, tmp_path: Path) -> Path:
    session = new_session(two_group_plan(good_pack, corpus, items=1), now=1_800_000_000.0)
    path = tmp_path / "a.workshop.json"
    save_session(path, session)
    return path


def _write_json(path: Path, data: Any) -> None:
    # Python's json writes NaN/Infinity and huge ints: what a damaged or hostile file may hold.
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("kind", sorted(SESSION_DAMAGE))
def test_a_damaged_session_is_refused_or_opens_its_backup(kind: str, session_file: Path) -> None:
    good = json.loads(session_file.read_bytes())
    _write_json(session_file, SESSION_DAMAGE[kind](json.loads(json.dumps(good))))
    with pytest.raises(WorkshopError) as refused:
        load_session(session_file)
    assert "could not be read" in str(refused.value)
    # With a last good copy beside it, the session opens from that copy, read-only.
    store.backup_path(session_file).write_text(json.dumps(good), encoding="utf-8")
    loaded = load_session(session_file, lock=True)
    assert loaded.read_only and loaded.from_backup and loaded.lock is None
    assert "last good copy" in loaded.message
    save_session(session_file.with_name("copy.workshop.json"), loaded.session)  # saving a copy works


def test_a_deep_session_file_never_hides_a_good_unfinished_one(session_file: Path) -> None:
    (session_file.parent / "deep.workshop.json").write_bytes(
        b'{"format": "workshop-session", "version": 1, "plan": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    )
    (session_file.parent / "nan.workshop.json").write_text(
        session_file.read_text().replace('"duration": 360.0', '"duration": NaN')
    )
    assert [s.path.name for s in find_unfinished(session_file.parent)] == ["a.workshop.json"]
    assert len(find_sessions(session_file.parent)) == 1


def test_a_session_saved_with_a_bom_opens_writable(session_file: Path) -> None:
    session_file.write_bytes(b"\xef\xbb\xbf" + session_file.read_bytes())
    loaded = load_session(session_file, lock=True)
    assert not loaded.read_only and loaded.lock is not None
    loaded.close()


def test_saving_a_session_that_json_cannot_hold_fails_cleanly(
    good_pack: LoadedPack, corpus: Corpus, tmp_path: Path
) -> None:
    session = new_session(two_group_plan(good_pack, corpus, items=1), now=1_800_000_000.0)
    session.items[0].timer.duration = float("nan")
    with pytest.raises(store.StoreError, match="cannot be saved"):
        save_session(tmp_path / "x.workshop.json", session)
    assert not (tmp_path / "x.workshop.json").exists()


def test_unreadable_kinds_of_store_files(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(b'{"format": "journal", "version": 1}')
    assert store.load(path, "journal", 1).data["version"] == 1
    big = tmp_path / "big.json"
    with big.open("wb") as stream:
        stream.truncate(store.MAX_BYTES + 1)
    with pytest.raises(store.StoreError, match="too large"):
        store.load(big, "journal", 1)
    assert SESSION_KIND and SESSION_VERSION
