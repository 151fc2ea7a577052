"""Shared fixtures. Qt runs offscreen; every test gets its own config and data dirs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from explorer.core.evidence.corpus import Corpus, load_corpus
from explorer.core.pack.loader import LoadedPack, load_pack
from explorer.core.paths import bundled_pack_dir

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, journals and sessions of a test never touch the real home."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture(scope="session")
def hostile_cases(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Every hostile pack (``tests/data/hostile`` and the large ones, built once per run)."""
    from tests.hostile_cases import build_cases

    return build_cases(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus()


@pytest.fixture(scope="session")
def good_pack(corpus: Corpus) -> LoadedPack:
    return load_pack(DATA / "packs" / "good", corpus)


@pytest.fixture(scope="session")
def bundled_pack(corpus: Corpus) -> LoadedPack:
    return load_pack(bundled_pack_dir(), corpus)
