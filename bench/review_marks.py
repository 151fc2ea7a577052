"""What claim review costs: the scenario page with every claim marked, and the review file's I/O.

    .venv/bin/python bench/review_marks.py [--runs N]

On a copy of the bundled pack with a verdict on every reviewable item: the HTML of
each stage of the MINUSMA campaign built with review marks, against the same page
without them (ratio, medians of N runs); reading and summarising the review file.
Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_ms(function, runs: int) -> float:  # type: ignore[no-untyped-def]
    return statistics.median(timings(function, runs)) * 1000


def timings(function, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)  # noqa: F841  (the page builder needs an application for its colours)
    from explorer.core.evidence.corpus import load_corpus
    from explorer.core.evidence.review import load_review, record_verdicts, review_items
    from explorer.core.evidence.review_report import summarize_review
    from explorer.core.pack.loader import load_pack
    from explorer.core.paths import bundled_pack_dir
    from explorer.ui.scenario_view import ScenarioPage
    from explorer.ui.theme import Theme, colours_of

    directory = Path(tempfile.mkdtemp(prefix="bench-review-")) / "pack"
    shutil.copytree(bundled_pack_dir(), directory)
    corpus = load_corpus()
    pack = load_pack(directory, corpus)
    items = list(review_items(pack.scenarios))
    start = time.perf_counter()
    record_verdicts(pack, {item.location.key: "confirmed" for item in items}, "Bench")
    recorded = (time.perf_counter() - start) * 1000
    review = load_review(directory)
    size = (directory / "review.json").stat().st_size
    print(f"{len(items)} verdicts recorded and saved in {recorded:.0f} ms; review.json {size / 1024:.0f} KB")
    print(f"load review.json: {median_ms(lambda: load_review(directory), runs):.1f} ms")
    summary_ms = median_ms(
        lambda: summarize_review(load_review(directory), list(review_items(pack.scenarios))), runs
    )
    print(f"load + summarise (explorer report review without the pack load): {summary_ms:.1f} ms")
    scenario = pack.scenario("minusma-campaign")
    light = colours_of(Theme.LIGHT)
    # On a shared machine the medians wander by several milliseconds from run to run; the
    # fastest of the runs (what the work costs when nothing else interferes) is steadier.
    print("page HTML of each stage, fastest and median of the runs (ms):")
    for stage in scenario.stages:
        bare = timings(
            lambda s=stage: ScenarioPage(pack, corpus, scenario, colours=light).html(s, False), runs
        )
        marked = timings(
            lambda s=stage: ScenarioPage(pack, corpus, scenario, review, colours=light).html(s, False), runs
        )
        print(
            f"  {stage.id:<28} without marks {min(bare) * 1000:5.2f} / {statistics.median(bare) * 1000:5.2f}"
            f"   with marks {min(marked) * 1000:5.2f} / {statistics.median(marked) * 1000:5.2f}"
            f"   fastest ×{min(marked) / min(bare):.2f}"
        )
    shutil.rmtree(directory.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
