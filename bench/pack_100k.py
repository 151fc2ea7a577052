"""The 100,000-scenario pack: load time, peak memory, and a citation click in the window.

    .venv/bin/python bench/pack_100k.py [--scenarios 100000] [--clicks 30] [--keep DIR]

Writes a pack of ``--scenarios`` small realistic scenarios (one stage, two choices
with three trade-offs each, four citations; about 2 KB each). Quotes come from a pool
of distinct passages of the real sources (``pack_load._passages``), so passages are
shared between scenarios as in a large real pack. Then, each in a fresh process so
that the peak memory is the load's own:

1. ``load_pack`` of the whole pack: seconds, CPU seconds and peak RSS (targets: under
   30 s, 1 GB); the load cache does not keep packs this large, so this is also what a
   second start costs;
2. the same for the small good pack, as the baseline of the same run;
3. the main window (offscreen) given the loaded pack: seconds until it shows it (the
   library listed, the first page drawn; the load itself is not counted again), then
   ``open_citation`` on random citations of random scenarios: median and worst
   milliseconds per click (target: under 100 ms), against the same clicks in the good pack.

Not a test: numbers are printed (and written as JSON with ``--json``), not asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "data" / "packs" / "good"

SCENARIO = """\
id: generated-{index}
title: Generated scenario {index}
decision_maker: A contributing government
moment: "2021"
summary: A small generated scenario for the large-pack benchmark.
minutes: 30
difficulty: intermediate
tags: [generated]
evidence:
{evidence}
stages:
  - id: decision
    title: The decision
    context: |
      Context with citations: [first](cite:c0), [second](cite:c1), [third](cite:c2)
      and [fourth](cite:c3).
    question: What do you do?
    choices:
{choices}
facilitator_notes: Notes for the facilitator, a sentence or two.
discussion_prompts:
  - What matters most here?
"""

CHOICE = """\
      - id: choice-{c}
        label: Option {c}
        description: What option {c} means in practice.
        arguments_for:
          - text: An argument in favour.
            citations: [c{a}]
        tradeoffs:
          - dimension: cost
            effect: {e1}
            claim: Option {c} changes the cost as the passage says.
            evidence: stated
            citations: [c{a}]
          - dimension: un-influence
            effect: {e2}
            claim: Option {c} changes influence in the UN.
            evidence: inferred
            citations: [c{b}]
            reasoning: The passage describes the mechanism; the claim applies it to option {c}.
          - dimension: peacekeeper-safety
            effect: -1
            claim: Option {c} exposes people.
            evidence: assumption
"""


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_pack(directory: Path, count: int, seed: int = 5) -> int:
    """``count`` scenarios in ``directory``; returns the bytes written."""
    from bench.pack_load import _passages
    from explorer.core.evidence.corpus import load_corpus

    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "pack.yaml").write_bytes((GOOD / "pack.yaml").read_bytes())
    pool = _passages(load_corpus(), 2_000, rng)
    total = 0
    for index in range(count):
        picked = rng.sample(pool, 4)
        evidence = "\n".join(
            f"  c{n}:\n    source: {source}\n    quote: {_quoted(quote)}\n    gloss: The passage in English."
            for n, (source, quote) in enumerate(picked)
        )
        choices = CHOICE.format(c=0, a=0, b=1, e1=2, e2=-1) + CHOICE.format(c=1, a=2, b=3, e1=-2, e2=1)
        text = SCENARIO.format(index=index, evidence=evidence, choices=choices)
        (directory / f"generated-{index:06}.yaml").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def _measure_load(pack_dir: str) -> dict[str, float]:
    """In a child process: seconds to load, peak RSS in MB, and what was loaded."""
    import os
    import resource

    from explorer.core.evidence.corpus import load_corpus
    from explorer.core.pack.loader import load_pack

    corpus = load_corpus()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start, cpu_start = time.perf_counter(), time.process_time()
    pack = load_pack(Path(pack_dir), corpus)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "seconds": round(seconds, 2),
        # On a shared machine the wall clock includes waiting for a core; CPU time does not.
        "cpu_seconds": round(cpu, 2),
        "peak_rss_mb": round(peak),
        "rss_before_load_mb": round(before),
        "scenarios": len(pack.scenarios),
        "errors": len(pack.errors),
        "load_average": round(os.getloadavg()[0], 1),
    }


def _measure_clicks(pack_dir: str, clicks: int) -> dict[str, float]:
    """In a child process: the window, given the loaded pack, opens random citations."""
    import os
    import statistics

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from explorer.core.evidence.corpus import load_corpus
    from explorer.core.pack.loader import load_pack
    from explorer.ui import loading, main_window
    from explorer.ui import settings as keys
    from explorer.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    from explorer.core.evidence.backlinks import prepare

    corpus = load_corpus()
    pack = load_pack(Path(pack_dir), corpus)
    prepare(pack)  # as the window's loading worker does
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(Path(home) / "bench.ini")
        settings.set(keys.WELCOME_SEEN, True)
        loading.load_corpus_and_pack = lambda directory, c, cancelled=None: (corpus, pack)  # type: ignore[assignment]
        window = main_window.MainWindow(settings, corpus=corpus)
        window.show()
        loaded: list[str] = []
        window.packLoaded.connect(lambda _pack: loaded.append("pack"))
        window.indexReady.connect(lambda _index: loaded.append("index"))
        opened = time.perf_counter()
        window.open_pack(Path(pack_dir))
        while not loaded:
            app.processEvents()
        app.processEvents()  # the library laid out and the first page drawn
        shown_s = time.perf_counter() - opened
        rng = random.Random(3)

        def click() -> float:
            scenario = rng.choice(pack.scenarios)
            citation_id = rng.choice(list(scenario.evidence))
            window.open_scenario(scenario.id)
            app.processEvents()
            start = time.perf_counter()
            window.open_citation(scenario.id, citation_id)
            app.processEvents()
            return (time.perf_counter() - start) * 1000

        # While the search index is still being built in the background (it holds the
        # interpreter lock between SQLite calls), then once it is ready.
        during = [click() for _ in range(min(5, clicks))] if "index" not in loaded else []
        while "index" not in loaded:
            app.processEvents()
        times = [click() for _ in range(clicks)]
        window.cancel_load()
        window.close()
    return {
        "window_shows_pack_s": round(shown_s, 2),
        "click_ms_median": round(statistics.median(times), 1),
        "click_ms_worst": round(max(times), 1),
        "click_ms_median_while_indexing": round(statistics.median(during), 1) if during else 0.0,
    }


def _child(what: str, *args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", what, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scenarios", type=int, default=100_000)
    parser.add_argument("--clicks", type=int, default=30)
    parser.add_argument("--keep", help="write the pack here and keep it (default: a temporary folder)")
    parser.add_argument("--json", help="also write the results as JSON to this file")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        what, pack_dir, *rest = args.child
        result = _measure_load(pack_dir) if what == "load" else _measure_clicks(pack_dir, int(rest[0]))
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        pack_dir = Path(args.keep) if args.keep else Path(tmp) / "pack"
        if not (pack_dir / "pack.yaml").exists():
            start = time.perf_counter()
            size = write_pack(pack_dir, args.scenarios)
            seconds = time.perf_counter() - start
            print(f"wrote {args.scenarios:,} scenarios, {size / 1e6:.0f} MB, in {seconds:.0f} s")
        results = {
            "scenarios": args.scenarios,
            "load": _child("load", str(pack_dir)),
            "baseline_load": _child("load", str(GOOD)),
            "clicks": _child("clicks", str(pack_dir), str(args.clicks)),
            "baseline_clicks": _child("clicks", str(GOOD), str(args.clicks)),
        }
    print(json.dumps(results, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
