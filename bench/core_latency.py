"""Headless figures: pack load + validate, citation resolution, search latency, memory.

Pack load reuses ``pack_load`` (the same generator and the same bare-YAML
baseline). Search runs the app's own call (``SearchIndex.search(query,
limit=40)``, what the search panel asks for) over a query mix a reader
produces: frequent, middling and rare words, prefixes while typing, two-word
phrases and accent-free spellings of accented words.
"""

from __future__ import annotations

import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pack_load

from explorer.core.evidence.anchoring import resolve
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack, load_pack
from explorer.core.search import build_index, fold

#: What the search panel asks for (explorer/ui/search_panel.py, _LIMIT).
SEARCH_LIMIT = 40


def median_ms(function: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def resident_mb() -> float:
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return 0.0
    kb = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return round(kb / 1024, 1)


def pack_load_rows(corpus: Corpus, sizes: list[int], repeat: int, workdir: Path) -> list[dict[str, float]]:
    """Load + validate against bare YAML parsing, per size; per-scenario cost shows linearity."""
    rows = []
    for size in sizes:
        directory = workdir / f"pack-{size}"
        if not directory.is_dir():
            pack_load.write_pack(directory, size, corpus)
        check = load_pack(directory, corpus)
        if check.errors:
            raise RuntimeError(f"generated pack has errors: {check.errors[0].format()}")
        parse = median_ms(lambda d=directory: pack_load._bare_parse(d), repeat)
        load = median_ms(lambda d=directory: load_pack(d, corpus), repeat)
        rows.append(
            {
                "scenarios": size,
                "parse_ms": round(parse, 1),
                "load_ms": round(load, 1),
                "ratio": round(load / parse, 2),
                "load_ms_per_scenario": round(load / size, 3),
            }
        )
    return rows


def resolution(corpus: Corpus, quotes: list[tuple[str, str, str, str]], repeat: int) -> dict[str, float]:
    """Microseconds to resolve one quote (source, quote, prefix, suffix) to its exact span."""
    documents = {source: corpus[source] for source, *_ in quotes}

    def resolve_all() -> None:
        for source, quote, prefix, suffix in quotes:
            resolve(documents[source], quote, prefix, suffix)

    total = median_ms(resolve_all, repeat)
    return {"quotes": len(quotes), "us_per_quote": round(total * 1000 / len(quotes), 1)}


def bundled_quotes(pack: LoadedPack) -> list[tuple[str, str, str, str]]:
    return [(c.source, c.quote, c.prefix, c.suffix) for s in pack.scenarios for c in s.evidence.values()]


def sampled_quotes(corpus: Corpus, count: int, seed: int = 5) -> list[tuple[str, str, str, str]]:
    return [
        (source, quote, "", "") for source, quote in pack_load._passages(corpus, count, random.Random(seed))
    ]


def queries(corpus: Corpus, seed: int = 3) -> list[str]:
    """A reader's query mix, drawn from the corpus itself."""
    rng = random.Random(seed)
    words = [w for doc in corpus for w in re.findall(r"[^\W\d_]{4,}", doc.edition.text)]
    counts = Counter(w.lower() for w in words)
    ranked = [w for w, _ in counts.most_common()]
    frequent = ranked[:10]
    middling = rng.sample(ranked[len(ranked) // 10 : len(ranked) // 3], 10)
    rare = rng.sample([w for w in ranked if counts[w] == 1] or ranked[-50:], 10)
    typing = [w[:n] for w in rng.sample(ranked[:200], 5) for n in (2, 3, 4, 5) if len(w) > n]
    text = [doc.edition.text for doc in corpus]
    phrases = []
    while len(phrases) < 10:
        pair = re.findall(r"[^\W\d_]{4,}", rng.choice(text))
        if len(pair) > 2:
            at = rng.randrange(len(pair) - 1)
            phrases.append(f"{pair[at]} {pair[at + 1]}")
    accented = sorted({fold(w) for w in counts if fold(w) != w})[:10]
    return frequent + middling + rare + typing + phrases + accented


def search_latency(pack: LoadedPack | None, corpus: Corpus, repeat: int) -> dict[str, float]:
    """Index build time, then each query's median over ``repeat`` runs; p50/p95/max across queries."""
    started = time.perf_counter()
    index = build_index(pack, corpus)
    build_ms = (time.perf_counter() - started) * 1000
    mix = queries(corpus)
    per_query = [median_ms(lambda q=q: index.search(q, limit=SEARCH_LIMIT), repeat) for q in mix]
    return {
        "sources": len(corpus),
        "rows": len(index),
        "index_build_ms": round(build_ms, 1),
        "queries": len(mix),
        "p50_ms": round(percentile(per_query, 0.5), 2),
        "p95_ms": round(percentile(per_query, 0.95), 2),
        "max_ms": round(max(per_query), 2),
        "slowest": mix[per_query.index(max(per_query))],
    }


_MEMORY_PROBE = """
import sys
from pathlib import Path
from explorer.core.evidence.corpus import Corpus, load_source
from explorer.core.pack.loader import load_pack
from explorer.core.search import build_index
root, count, pack_dir = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
folders = sorted(f for f in root.iterdir() if (f / "metadata.yaml").is_file())[:count]
corpus = Corpus([load_source(f) for f in folders])
pack = load_pack(Path(pack_dir), corpus) if pack_dir else None
index = build_index(pack, corpus)
status = Path("/proc/self/status").read_text()
print(next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")))
"""


def memory_after_load(root: Path, count: int, pack_dir: Path | None) -> float:
    """Resident MB of a fresh process after loading ``count`` sources, a pack and the search index."""
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(root), str(count), str(pack_dir or "")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return round(int(out.split()[-1]) / 1024, 1)
