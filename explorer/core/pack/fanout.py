"""Run the per-file work of a very large pack in worker processes, results in file order.

Loading a pack is per-file work (read, parse YAML, check the schema and the rules,
anchor the quotes) that needs nothing from the other files, and Python does it on one
core: 100,000 scenarios took about 35 s of CPU. Above ``MIN_FILES`` files the files are
handed out in chunks to processes started fresh (``spawn``: safe beside the window's
threads, and a worker imports only the core), and the results come back in file order,
so the caller applies exactly the same pack-wide rules (duplicate ids) as when it works
alone. Smaller packs are not worth a process start (about half a second).

Not in a frozen executable: a spawned worker there would start the app again unless
its entry point called ``multiprocessing.freeze_support()`` first; that is left to the
packaging, and the frozen app loads on one core.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

#: Files from which a pack is loaded by worker processes.
MIN_FILES = 2_000
#: Files per chunk: big enough that sending results back costs little per file,
#: small enough that a cancelled load stops within a fraction of a second.
CHUNK_FILES = 250
#: Never more workers than this (each holds the corpus and a chunk's documents).
MAX_WORKERS = 8

_log = logging.getLogger(__name__)
#: The worker's function and the arguments shared by every call (set once per worker).
_worker: dict[str, Any] = {}


def worker_count(files: int) -> int:
    """How many worker processes to use for ``files`` files: 0 means the caller works alone."""
    cores = os.cpu_count() or 1
    if files < MIN_FILES or cores < 2 or getattr(sys, "frozen", False):
        return 0
    return min(cores, MAX_WORKERS)


def ordered_map(
    function: Callable[..., Any], items: Sequence[Any], shared: tuple[Any, ...], workers: int
) -> Generator[Any, None, None]:
    """``function(item, *shared)`` for each item, computed by ``workers`` processes, in order.

    ``function`` must be importable by name (a module-level function) and ``shared``
    picklable; it is sent to each worker once. If the workers cannot run (a process
    that cannot start, or a script without the ``if __name__ == "__main__"`` guard that
    ``spawn`` needs), the rest is computed here, so the result is the same either way.
    Closing the generator early (the caller was cancelled) drops the chunks not started.
    """
    context = multiprocessing.get_context("spawn")
    chunks = [items[start : start + CHUNK_FILES] for start in range(0, len(items), CHUNK_FILES)]
    done = 0
    executor = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start, initargs=(function, shared)
    )
    try:
        for results in executor.map(_run, chunks):
            yield from results
            done += 1
    except BrokenProcessPool as error:
        _log.warning("worker processes stopped (%s); the rest of the pack is checked here", error)
        for chunk in chunks[done:]:
            yield from (function(item, *shared) for item in chunk)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def _start(function: Callable[..., Any], shared: tuple[Any, ...]) -> None:
    # A worker lives for one load and allocates only long-lived objects (see the loader).
    gc.disable()
    _worker["function"], _worker["shared"] = function, shared


def _run(chunk: Sequence[Any]) -> list[Any]:
    function, shared = _worker["function"], _worker["shared"]
    return [function(item, *shared) for item in chunk]
