"""The load cache returns what a fresh load returns, and notices any change."""

from __future__ import annotations

import shutil
from pathlib import Path

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
