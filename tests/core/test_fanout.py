"""A pack checked by worker processes loads exactly as one checked in this process.

Worker processes take over from ``fanout.MIN_FILES`` files; here the threshold is
lowered so that a small pack made of every hostile scenario file (parse errors, budget
breaches, rule violations, duplicate ids, good scenarios) goes both ways, in several
chunks, and the two results are compared whole: scenarios, problems (file, line,
column, message, path, severity), anchors and files.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack import fanout
from explorer.core.pack.loader import LoadCancelled, LoadedPack, load_pack

GOOD = Path(__file__).resolve().parents[1] / "data" / "packs" / "good"
_ID = re.compile(r"^id: .*$", re.MULTILINE)


def _mixed_pack(target: Path, hostile_cases: list[Path]) -> Path:
    """Every regular scenario file of the hostile corpus in one pack, most under ids of their own."""
    target.mkdir()
    (target / "pack.yaml").write_bytes((GOOD / "pack.yaml").read_bytes())
    for number, case in enumerate(hostile_cases):
        for path in sorted(case.glob("*.y*ml")):
            if path.name == "pack.yaml" or not stat.S_ISREG(path.lstat().st_mode):
                continue
            raw = path.read_bytes()
            # Every third file keeps its id, so that duplicate ids are in the mix too.
            if number % 3:
                text = raw.decode("utf-8", errors="surrogateescape")
                text = _ID.sub(f"id: {case.name}-{number}", text, count=1)
                raw = text.encode("utf-8", errors="surrogateescape")
            (target / f"{case.name}-{path.name}").write_bytes(raw)
    for number in range(4):  # and good scenarios that load
        text = (GOOD / "belgian-presence.yaml").read_text(encoding="utf-8")
        (target / f"good-{number}.yaml").write_text(_ID.sub(f"id: good-{number}", text, count=1), "utf-8")
    return target


def _load(pack_dir: Path, corpus: Corpus, workers: int, monkeypatch: pytest.MonkeyPatch) -> LoadedPack:
    with monkeypatch.context() as patch:
        patch.setattr(fanout, "worker_count", lambda files: workers)
        patch.setattr(fanout, "CHUNK_FILES", 3)
        return load_pack(pack_dir, corpus)


def test_workers_load_a_pack_exactly_as_one_process_does(
    tmp_path: Path,
    hostile_cases: list[Path],
    corpus: Corpus,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    pack_dir = _mixed_pack(tmp_path / "mixed", hostile_cases)
    alone = _load(pack_dir, corpus, 0, monkeypatch)
    shared = _load(pack_dir, corpus, 2, monkeypatch)
    assert not caplog.records  # the workers did the work (no fallback to this process)
    assert len(alone.scenarios) >= 5 and any("duplicate scenario id" in p.message for p in alone.errors)
    assert len({p.file for p in alone.errors}) >= 10
    assert shared.problems == alone.problems
    assert shared.scenarios == alone.scenarios
    assert shared.anchors == alone.anchors
    assert shared.files == alone.files


def test_a_load_by_workers_stops_when_cancelled(
    tmp_path: Path, hostile_cases: list[Path], corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack_dir = _mixed_pack(tmp_path / "mixed", hostile_cases)
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 4

    monkeypatch.setattr(fanout, "worker_count", lambda files: 2)
    with pytest.raises(LoadCancelled):
        load_pack(pack_dir, corpus, cancelled=cancelled)
    assert len(asked) == 5


class _Unwelcome:
    """Pickles here but cannot be unpickled in a worker: the workers cannot start."""

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (_refuse, ())


def _refuse() -> None:
    raise RuntimeError("not in a worker")


def _plus(item: int, step: int, _unwelcome: object = None) -> int:
    return item + step


def test_when_workers_cannot_start_the_work_is_done_here(caplog: pytest.LogCaptureFixture) -> None:
    items = list(range(10))
    assert list(fanout.ordered_map(_plus, items, (1,), 2)) == [n + 1 for n in items]
    assert not caplog.records
    # The arguments fail to arrive in the workers: the same answer, computed by the caller.
    unwelcome = (1, _Unwelcome())
    with pytest.raises(RuntimeError):
        _refuse()
    assert list(fanout.ordered_map(_plus, items, unwelcome, 2)) == [n + 1 for n in items]
    assert "checked here" in caplog.text


def test_small_packs_and_frozen_apps_are_loaded_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fanout.os, "cpu_count", lambda: 4)
    assert fanout.worker_count(fanout.MIN_FILES - 1) == 0
    assert fanout.worker_count(fanout.MIN_FILES) == 4
    monkeypatch.setattr(fanout.sys, "frozen", True, raising=False)
    assert fanout.worker_count(fanout.MIN_FILES) == 0
