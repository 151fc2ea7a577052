"""PDF export of large journals: time per megabyte of text against a small journal in the same run.

    .venv/bin/python bench/pdf_export.py [--sizes 0.25,1,2,4] [--runs 3]

Two shapes of journal: one entry whose rationale is a single paragraph of many lines
(the shape that made the export quadratic: five minutes for 3 MB), and many entries
of a few paragraphs. For each size the median time is printed with its cost per MB
as a ratio to the smallest size's: about 1 means linear. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from explorer.core.evidence.corpus import load_corpus
from explorer.core.pack.loader import load_pack
from explorer.core.paths import bundled_pack_dir
from explorer.core.reflection.journal import Journal, JournalEntry
from explorer.core.report import build_report, to_html
from explorer.ui.pdf_export import write_pdf

WORDS = [
    "peace",
    "operations",
    "mission",
    "troops",
    "mandate",
    "civilians",
    "protection",
    "budget",
    "consent",
    "host",
]


def journal_text(size: int, rng: random.Random) -> str:
    lines, total = [], 0
    while total < size:
        line = " ".join(rng.choice(WORDS) for _ in range(14))
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


def make_journal(shape: str, size: int, rng: random.Random) -> Journal:
    journal = Journal(Path(tempfile.gettempdir()) / "bench.journal.json", "Bench")
    if shape == "one paragraph":
        journal.put(JournalEntry("belgian-presence", "the-offer", rationale=journal_text(size, rng)))
    else:
        per_entry = 12_000
        for index in range(max(1, size // per_entry)):
            text = "\n\n".join(journal_text(per_entry // 4, rng) for _ in range(4))
            journal.put(JournalEntry(f"scenario-{index}", "stage", rationale=text))
    return journal


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.25,1,2,4", help="megabytes of text, smallest first")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    corpus = load_corpus()
    pack = load_pack(bundled_pack_dir(), corpus)
    rng = random.Random(12)
    out = Path(tempfile.mkdtemp()) / "bench.pdf"
    for shape in ("one paragraph", "many entries"):
        print(f"\n{shape}")
        print(f"{'MB':>6} {'seconds':>9} {'s per MB':>9} {'ratio':>6}")
        baseline = None
        for megabytes in sizes:
            journal = make_journal(shape, int(megabytes * 1_000_000), rng)
            html = to_html(build_report(journal, pack, corpus), for_print=True)
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                write_pdf(html, out, "bench")
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            per_mb = median / megabytes
            baseline = baseline or per_mb
            print(f"{megabytes:>6.2f} {median:>9.2f} {per_mb:>9.2f} {per_mb / baseline:>6.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
