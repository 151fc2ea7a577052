"""The load cache returns what a fresh load returns, and notices any change."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from explorer.core.pack import loadcache
from explorer.core.pack.loadcache import load_corpus_and_pack

GOOD = Path(__file__).resolve().parents[1] / "data" / "packs" / "good"


def test_second_load_comes_from_the_cache_and_matches(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    corpus, fresh = load_corpus_and_pack(GOOD, None, cache)
    assert len(list(cache.iterdir())) == 1
    cached_corpus, cached = load_corpus_and_pack(GOOD, None, cache)
    assert cached_corpus is not corpus  # unpickled, not the same objects
    assert [s.id for s in cached.scenarios] == [s.id for s in fresh.scenarios]
    assert cached.anchors == fresh.anchors
    assert cached.problems == fresh.problems
    document = cached_corpus["fod-bz-vredesoperaties"]
    assert document.edition.text == corpus["fod-bz-vredesoperaties"].edition.text


def test_an_edited_scenario_is_reloaded(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(GOOD, pack)
    cache = tmp_path / "cache"
    load_corpus_and_pack(pack, None, cache)
    scenario = pack / "belgian-presence.yaml"
    scenario.write_text(
        scenario.read_text(encoding="utf-8").replace("Quality or quantity?", "Renamed"), "utf-8"
    )
    _corpus, reloaded = load_corpus_and_pack(pack, None, cache)
    assert reloaded.scenarios[0].title == "Renamed"


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_corpus_and_pack(GOOD, None, cache)
    for path in cache.iterdir():
        path.write_bytes(b"not a pickle")
    _corpus, pack = load_corpus_and_pack(GOOD, None, cache)
    assert [s.id for s in pack.scenarios] == ["belgian-presence"]


def test_only_the_packs_used_last_are_kept(tmp_path: Path) -> None:
    # Every pack opened once (from a stick, an e-mail) left a cache of its own, forever.
    cache = tmp_path / "cache"
    packs = []
    for number in range(loadcache.KEPT_PACKS + 3):
        pack = tmp_path / f"pack-{number}"
        shutil.copytree(GOOD, pack)
        packs.append(pack)
        load_corpus_and_pack(pack, None, cache)
        for age, path in enumerate(sorted(cache.glob("load-*.pickle"), key=os.path.getmtime)):
            os.utime(path, ns=(age * 10**9, age * 10**9))  # distinct times, in the order written
        # Reading the first pack again marks it as used now: it stays.
        load_corpus_and_pack(packs[0], None, cache)
    assert len(list(cache.glob("load-*.pickle"))) == loadcache.KEPT_PACKS
    before = {path.name for path in cache.iterdir()}
    load_corpus_and_pack(packs[0], None, cache)
    assert {path.name for path in cache.iterdir()} == before  # a hit, not a new file


def test_the_one_file_apps_own_pack_is_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Unpacked into a new folder at every start: its cache could never be read again, and
    # every start left another one.
    unpacked = tmp_path / "_MEI12345"
    shutil.copytree(GOOD, unpacked / "pack")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(unpacked), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "dist" / "explorer"))
    cache = tmp_path / "cache"
    _corpus, pack = load_corpus_and_pack(unpacked / "pack", None, cache)
    assert [s.id for s in pack.scenarios] == ["belgian-presence"]
    assert not cache.exists() or not list(cache.iterdir())
    # The one-folder app's data sits beside its executable: cached as in a checkout.
    monkeypatch.setattr(sys, "executable", str(unpacked / "explorer"))
    load_corpus_and_pack(unpacked / "pack", None, cache)
    assert len(list(cache.glob("load-*.pickle"))) == 1
