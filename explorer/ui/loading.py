"""The corpus, the pack and the search index, loaded in the thread pool (``tasks``).

A module of its own, light to import, so that the app can start loading before
it imports and builds the main window: the two then go on at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.ui.tasks import Task, run_task

if TYPE_CHECKING:  # the core loads in the worker thread, not before the window
    from explorer.core.evidence.corpus import Corpus
    from explorer.core.pack.loader import LoadedPack
    from explorer.core.search import SearchIndex


def build_search_index(
    pack: LoadedPack, corpus: Corpus, cancelled: Callable[[], bool] | None = None
) -> SearchIndex:
    """Runs in the thread pool: the full-text index (its import included, off the GUI thread).

    ``cancelled`` is asked every few hundred scenarios (``explorer.core.search.build_index``).
    The words that say where a hit is are the interface's, given once the index is back on the
    GUI thread (``SearchIndex.set_labels``).
    """
    from explorer.core.search import build_index

    return build_index(pack, corpus, cancelled)


def start_loading(directory: Path, corpus: Corpus | None = None) -> Task:
    """Start loading the corpus and the pack in ``directory`` in the thread pool.

    Setting the task's ``cancel`` event stops the load before its next scenario file
    (a window closed, or another pack asked for, during the load of a huge pack).
    """
    cancel = threading.Event()
    task = run_task(load_corpus_and_pack, directory, corpus, cancel.is_set, name="load-pack")
    task.cancel = cancel
    return task


def load_corpus_and_pack(
    directory: Path, corpus: Corpus | None, cancelled: Callable[[], bool] | None = None
) -> tuple[Corpus, LoadedPack]:
    """Runs in the thread pool: the corpus (once) and the pack, cached between starts.

    ``cancelled`` is asked between scenario files; the load then ends with ``LoadCancelled``.
    """
    from PySide6.QtCore import QStandardPaths

    from explorer.core.evidence.backlinks import prepare
    from explorer.core.pack.loadcache import load_corpus_and_pack as load

    if directory.suffix == ".dilemma" and directory.is_file():
        from explorer.core.pack.bundle import unpack_to_temporary

        # A shared pack: checked and unpacked here, off the GUI thread; a refused one
        # reaches the window as a load failure with the reason (BundleError).
        directory = unpack_to_temporary(directory)
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    loaded_corpus, pack = load(directory, corpus, Path(cache) if cache else None, cancelled)
    prepare(pack)  # here, off the GUI thread, rather than on the first citation click
    return loaded_corpus, pack
