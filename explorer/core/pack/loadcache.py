"""A cache of the loaded corpus and pack, so a second start skips parsing and proofs.

Loading proves every reading edition and parses and validates every scenario:
about 100 ms for the bundled pack, most of it YAML parsing, all of it on the way
to a populated window. The result depends only on the files, so it is cached
under a key made of the app's version and every input file's path, size and
modification time; any change to any of them is a miss, and the load runs again.
The files include the translation overlays (``translations/<language>/`` inside the
pack folder), whose checked and applied texts are part of the cached pack.

The cache is a pickle in the user's own cache directory (it holds objects, not
just data), one file per pack folder. A cache that cannot be read, for whatever reason,
is ignored. Only the ``KEPT_PACKS`` packs used last are kept: packs opened once from a
stick or an e-mail must not fill the disk. The one-file app's own pack is not cached at
all: it is unpacked into a new folder, with new file times, at every start, so its
cache could never be read again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

from explorer import __version__
from explorer.core.evidence.corpus import Corpus, load_corpus
from explorer.core.pack.loader import LoadedPack, load_pack
from explorer.core.paths import sources_dir
from explorer.core.store import write_atomic

#: Bump when the pickled classes change shape (2: stages with as_of and afterwards, reasoning;
#: 3: citations with about; 4: the pack's corpus, with its own sources; 5: a pack's lookups in
#: ``LoadedPack.derived``;
#: 6: ``LoadedPack.translations``, the overlays read with the pack).
CACHE_FORMAT = 6
#: Larger packs are not cached: pickling keeps a memo entry for every object, which for
#: 100,000 scenarios would double the load's peak memory and add tens of seconds.
MAX_CACHED_SCENARIOS = 5_000
#: How many packs' caches are kept, the most recently used.
KEPT_PACKS = 6
_PATTERN = "load-*.pickle"


def _fingerprint(*directories: Path) -> str:
    digest = hashlib.sha256(f"{CACHE_FORMAT}:{__version__}:{sys.version}".encode())
    for directory in directories:
        digest.update(str(directory.resolve()).encode())
        for path in sorted(directory.rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path.relative_to(directory)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _unpacked_afresh(pack_dir: Path) -> bool:
    """Whether ``pack_dir`` is inside the folder a one-file frozen app unpacks at every start.

    A one-folder app's data sits beside its executable and stays put; the one-file app's
    lives in a new temporary folder each time.
    """
    unpacked = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or unpacked is None:
        return False
    folder = Path(unpacked).resolve()
    return not folder.is_relative_to(
        Path(sys.executable).resolve().parent
    ) and pack_dir.resolve().is_relative_to(folder)


def _prune(cache_dir: Path, keep: Path) -> None:
    """Remove all but the ``KEPT_PACKS`` caches used last (``keep`` among them)."""
    with contextlib.suppress(OSError):
        others = [path for path in cache_dir.glob(_PATTERN) if path != keep]
        others.sort(key=lambda path: path.stat().st_mtime_ns, reverse=True)
        for stale in others[KEPT_PACKS - 1 :]:
            stale.unlink(missing_ok=True)


def load_corpus_and_pack(
    pack_dir: Path,
    corpus: Corpus | None = None,
    cache_dir: Path | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Corpus, LoadedPack]:
    """The corpus and the pack in ``pack_dir``, from the cache when nothing changed.

    ``cancelled`` is passed to ``load_pack``, which gives up with ``LoadCancelled``.
    """
    if cache_dir is None or not pack_dir.is_dir() or _unpacked_afresh(pack_dir):
        corpus = corpus if corpus is not None else load_corpus()
        pack = load_pack(pack_dir, corpus, cancelled=cancelled)
        return pack.corpus or corpus, pack
    key = _fingerprint(sources_dir(), pack_dir)
    path = cache_dir / f"load-{hashlib.sha256(str(pack_dir.resolve()).encode()).hexdigest()[:16]}.pickle"
    try:
        with path.open("rb") as stream:
            stored_key, cached_corpus, cached_pack = pickle.load(stream)
        if stored_key == key and isinstance(cached_pack, LoadedPack):
            with contextlib.suppress(OSError):
                os.utime(path)  # used now: kept the longest
            own = cached_pack.corpus
            if own is not None and own.pack_ids:
                return own, cached_pack  # the pack brings sources of its own
            # Only bundled sources: keep the caller's corpus (the views already hold it).
            return (corpus if corpus is not None else cached_corpus).bundled(), cached_pack
    except Exception:  # any unreadable cache (truncated, old classes, not a pickle) is a miss
        pass
    corpus = corpus if corpus is not None else load_corpus()
    pack = load_pack(pack_dir, corpus, cancelled=cancelled)
    corpus = pack.corpus or corpus  # the bundled sources and the pack's own
    # A cache is an optimisation; a read-only home must not stop the app.
    if len(pack.scenarios) <= MAX_CACHED_SCENARIOS:
        with contextlib.suppress(OSError, pickle.PicklingError, TypeError):
            write_atomic(path, pickle.dumps((key, corpus, pack), protocol=pickle.HIGHEST_PROTOCOL))
            _prune(cache_dir, path)
    return corpus, pack
