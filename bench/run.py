"""All benchmarks, one command: figures against baselines measured in the same run.

    .venv/bin/python bench/run.py [--quick] [--runs N] [--dist DIR] [--json FILE] [--only SECTIONS]

Sections (``--only startup,pack,resolve,search,highlight,scroll,save,frozen``):

- startup    cold start of the app from the checkout to a shown, populated main
             window (library and scenario page), against a bare PySide6 QMainWindow
             + QTextBrowser (ratio); the same first screen shown by stock widgets
             with no app code (``content_window.py``: what showing that content
             costs any Qt program); when the pack has loaded behind it; resident
             memory of both once shown
- pack       pack load + validate at 10, 100 and 1,000 scenarios against bare YAML
             parsing of the same files (ratio; per-scenario cost shows linearity)
- resolve    citation resolution per quote: the bundled pack, 200 sources of 50 KB, 1 MB
- search     search latency, median and p95 over a reader's query mix, at 5, 50 and
             200 generated sources of about 50 KB; memory after loading 200 + the index
- highlight  open-to-highlight in the real sources and in a generated 1 MB source,
             next to a bare QTextBrowser doing the same
- scroll     Page Down from the start to the end of the 1 MB source: the longest step
             (a freeze the reader feels), next to the bare QTextBrowser
- save       the longest event-loop stall while journals and workshop sessions autosave
             on a slow disk (every fsync waits 50 ms; ``bench/save_stall.py``)
- frozen     (when packaging/build.sh has run) executable sizes and frozen cold
             starts against the bare window frozen the same way

Every figure is the median of several runs. Generated corpora and packs are kept
in build/bench/ (``--fresh`` regenerates them). Not a test: nothing is asserted;
the last table marks each figure against its target. Results go to
build/bench/results.json unless ``--json`` says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import core_latency
import pack_load
import startup
import synthetic

from explorer.core.evidence.corpus import Corpus, load_corpus
from explorer.core.pack.loader import LoadedPack, load_pack
from explorer.core.paths import bundled_pack_dir

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("startup", "pack", "resolve", "search", "highlight", "scroll", "save", "frozen")


def say(text: str) -> None:
    print(text, flush=True)


def synthetic_corpus(workdir: Path, count: int, size: int) -> Corpus:
    root = workdir / f"corpus-{count}x{size // 1000}k"
    if not (root / "done").exists():
        shutil.rmtree(root, ignore_errors=True)
        synthetic.write_corpus(root, count, size)
        (root / "done").write_text("", encoding="utf-8")
    return load_corpus(root)


def synthetic_pack(workdir: Path, corpus: Corpus, name: str, size: int) -> LoadedPack:
    directory = workdir / f"pack-{name}"
    if not directory.is_dir():
        pack_load.write_pack(directory, size, corpus)
    pack = load_pack(directory, corpus)
    if pack.errors:  # written by an older generator, before a new check: write it again
        shutil.rmtree(directory)
        pack_load.write_pack(directory, size, corpus)
        pack = load_pack(directory, corpus)
    return pack


def run(args: argparse.Namespace) -> dict[str, Any]:
    workdir = Path(args.workdir)
    if args.fresh:
        shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True, exist_ok=True)
    wanted = set(args.only.split(",")) if args.only else set(SECTIONS)
    runs = args.runs
    results: dict[str, Any] = {
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "runs": runs,
    }
    corpus = load_corpus()
    bundled = load_pack(bundled_pack_dir(), corpus)

    if "startup" in wanted:
        say("startup: app vs bare window, from the checkout …")
        results["startup"] = startup.checkout(runs, workdir)
        say(f"  {results['startup']}")
    if "pack" in wanted:
        sizes = [10, 100] if args.quick else [10, 100, 1000]
        say(f"pack: load + validate at {sizes} scenarios …")
        results["pack_load"] = core_latency.pack_load_rows(corpus, sizes, max(3, runs // 2), workdir)
        for row in results["pack_load"]:
            say(f"  {row}")
    big = synthetic_corpus(workdir, 200, 50_000) if wanted & {"resolve", "search"} else None
    one_mb = synthetic_corpus(workdir, 1, 1_048_576) if wanted & {"resolve", "highlight", "scroll"} else None
    if "resolve" in wanted:
        say("resolve: citation resolution per quote …")
        assert big is not None and one_mb is not None
        results["resolve"] = {
            "bundled": core_latency.resolution(corpus, core_latency.bundled_quotes(bundled), runs),
            "200x50KB": core_latency.resolution(big, core_latency.sampled_quotes(big, 1000), runs),
            "1MB": core_latency.resolution(one_mb, core_latency.sampled_quotes(one_mb, 200), runs),
        }
        say(f"  {results['resolve']}")
    if "search" in wanted:
        assert big is not None
        results["search"] = []
        counts = [5, 50] if args.quick else [5, 50, 200]
        for count in counts:
            say(f"search: {count} generated sources …")
            subset = Corpus(list(big)[:count])
            before = core_latency.resident_mb()
            row = core_latency.search_latency(bundled, subset, runs)
            row["rss_mb_after_index"] = core_latency.resident_mb()
            row["rss_mb_added"] = round(row["rss_mb_after_index"] - before, 1)
            results["search"].append(row)
            say(f"  {row}")
        results["search_real"] = core_latency.search_latency(bundled, corpus, runs)
        say(f"  real corpus: {results['search_real']}")
        say("memory: fresh processes loading sources, a pack and the index …")
        from explorer.core.paths import sources_dir

        memory = {"real (5 sources)": core_latency.memory_after_load(sources_dir(), 5, bundled_pack_dir())}
        for count in counts:
            root = workdir / "corpus-200x50k"
            memory[f"{count} x 50 KB"] = core_latency.memory_after_load(root, count, None)
        results["memory_after_load_mb"] = memory
        say(f"  {memory}")
    if "highlight" in wanted:
        import highlight

        assert one_mb is not None
        positions = (0.1, 0.5, 0.9)
        repeat = max(3, runs // 2)
        say("highlight: real sources …")
        real = {
            "app": highlight.app_viewer(corpus, bundled, repeat, positions),
            "bare": highlight.bare_browser(corpus, bundled, repeat, positions),
        }
        say(f"  {real}")
        say("highlight: 1 MB source …")
        pack_1mb = synthetic_pack(workdir, one_mb, "1mb", 2)
        big_source = {
            "app": highlight.app_viewer(one_mb, pack_1mb, repeat, positions),
            "bare": highlight.bare_browser(one_mb, pack_1mb, repeat, positions),
        }
        say(f"  {big_source}")
        results["highlight"] = {"real": real, "1MB": big_source}
    if "scroll" in wanted:
        import highlight

        assert one_mb is not None
        say("scroll: Page Down through the 1 MB source …")
        pack_1mb = synthetic_pack(workdir, one_mb, "1mb", 2)
        results["scroll"] = highlight.scroll_through(one_mb, pack_1mb, next(iter(one_mb)).id)
        say(f"  {results['scroll']}")
    if "save" in wanted:
        import save_stall

        say("save: event-loop stalls while autosaving on a slow disk …")
        results["save"] = save_stall.measure(bundled, corpus)
        say(f"  {results['save']}")
    if "frozen" in wanted:
        say("frozen: sizes and cold starts …")
        results["frozen"] = startup.frozen(Path(args.dist), runs, workdir)
        say(f"  {results['frozen']}")
    return results


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else "ok" if ok else "MISSED"


def summary(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(figure, measured, target, verdict) rows."""
    rows: list[tuple[str, str, str, str]] = []
    s = results.get("startup")
    if s:
        rows.append(
            (
                "cold start, checkout",
                f"{s['app_ms']:.0f} ms vs bare {s['bare_ms']:.0f} ms = {s['ratio']}×",
                "≤ 1.5×",
                _verdict(s["ratio"] <= 1.5),
            )
        )
        if s.get("app_cpu_ms") and s.get("bare_cpu_ms"):
            ratio = s["app_cpu_ms"] / s["bare_cpu_ms"]
            cpu = f"{s['app_cpu_ms']:.0f} ms vs bare {s['bare_cpu_ms']:.0f} ms = {ratio:.2f}×"
            rows.append(("CPU time to the shown window", cpu, "", ""))
        if s.get("content_ms"):
            same = f"{s['content_ms']:.0f} ms = {s['content_ratio']}× bare (CPU {s['content_cpu_ms']:.0f} ms)"
            rows.append(("same first screen, stock widgets", same, "", ""))
        if s.get("app_loaded_ms"):
            rows.append(("pack loaded behind the first screen", f"{s['app_loaded_ms']:.0f} ms", "", ""))
        rows.append(("memory once shown", f"{s['app_rss_mb']} MB vs bare {s['bare_rss_mb']} MB", "", ""))
    for mode, row in (results.get("frozen") or {}).items():
        if not isinstance(row, dict) or ("skipped" in row and "size_mb" not in row):
            continue
        size_target = "< 80 MB" if mode == "onefile" else ""
        size_ok = row["size_mb"] < 80 if mode == "onefile" else None
        rows.append(
            (
                f"{mode} size",
                f"{row['size_mb']} MB (bare {row['bare_size_mb']} MB)",
                size_target,
                _verdict(size_ok) if size_target else "",
            )
        )
        if "ratio" in row:
            rows.append(
                (
                    f"cold start, frozen {mode}",
                    f"{row['app_ms']:.0f} ms vs bare {row['bare_ms']:.0f} ms = {row['ratio']}×",
                    "≤ 1.5×",
                    _verdict(row["ratio"] <= 1.5),
                )
            )
    loads = results.get("pack_load") or []
    for row in loads:
        rows.append(
            (
                f"pack load, {row['scenarios']} scenarios",
                f"{row['load_ms']:.0f} ms vs YAML {row['parse_ms']:.0f} ms = {row['ratio']}×; "
                f"{row['load_ms_per_scenario']} ms/scenario",
                "≤ 1.5×",
                _verdict(row["ratio"] <= 1.5),
            )
        )
    if len(loads) >= 2:
        growth = loads[-1]["load_ms_per_scenario"] / loads[-2]["load_ms_per_scenario"]
        rows.append(
            (
                "pack load linearity",
                f"per-scenario cost ×{growth:.2f} from {loads[-2]['scenarios']} to {loads[-1]['scenarios']}",
                "≈ 1 (linear)",
                _verdict(growth <= 1.25),
            )
        )
    for name, row in (results.get("resolve") or {}).items():
        rows.append(
            (f"resolve a quote, {name}", f"{row['us_per_quote']} µs ({row['quotes']} quotes)", "", "")
        )
    for row in results.get("search") or []:
        target = row["sources"] == 200
        rows.append(
            (
                f"search, {row['sources']} sources",
                f"p50 {row['p50_ms']} ms, p95 {row['p95_ms']} ms, max {row['max_ms']} ms; "
                f"index {row['index_build_ms']:.0f} ms",
                "p95 < 20 ms" if target else "",
                _verdict(row["p95_ms"] < 20) if target else "",
            )
        )
    real = (results.get("highlight") or {}).get("real")
    if real:
        app, bare = real["app"], real["bare"]
        rows.append(
            (
                "open-to-highlight, real sources",
                f"open {app['open_ms']} ms (max {app['open_max_ms']}), jump {app['jump_ms']} ms; "
                f"bare {bare['open_ms']} / {bare['jump_ms']} ms",
                "< 50 ms",
                _verdict(app["open_ms"] < 50),
            )
        )
    big = (results.get("highlight") or {}).get("1MB")
    if big:
        app, bare = big["app"], big["bare"]
        ratio = round(app["open_ms"] / bare["open_ms"], 2)
        rows.append(
            (
                "1 MB source, first open to highlight",
                f"{app['open_ms']} ms (max {app['open_max_ms']}) vs bare QTextBrowser "
                f"{bare['open_ms']} ms = {ratio}×",
                "≤ 0.5×",
                _verdict(ratio <= 0.5),
            )
        )
        rows.append(
            (
                "1 MB source, jump",
                f"{app['jump_ms']} ms (max {app['jump_max_ms']}); bare {bare['jump_ms']} ms",
                "≤ 20 ms",
                _verdict(app["jump_ms"] <= 20),
            )
        )
    scroll = results.get("scroll")
    if scroll:
        rows.append(
            (
                "1 MB source, scroll start to end",
                f"worst step {scroll['worst_ms']} ms, median {scroll['median_ms']} ms over "
                f"{scroll['steps']} pages; bare {scroll['bare_worst_ms']} / {scroll['bare_median_ms']} ms"
                + ("" if scroll["reached_end"] else " (did not reach the end)"),
                "≤ 50 ms",
                _verdict(scroll["worst_ms"] <= 50 and scroll["reached_end"]),
            )
        )
    save = results.get("save")
    if save:
        rows.append(
            (
                "longest save stall, slow disk",
                f"{save['worst_app_ms']} ms (workshop {save['workshop']['app_ms']}, journal "
                f"{save['journal']['app_ms']}; idle loop {save['idle_ms']}; saving on the GUI "
                f"thread: {max(save['workshop']['gui_thread_ms'], save['journal']['gui_thread_ms'])})",
                "≤ 16 ms",
                _verdict(save["worst_app_ms"] <= 16),
            )
        )
    for name, megabytes in (results.get("memory_after_load_mb") or {}).items():
        rows.append((f"memory after load, {name}", f"{megabytes} MB (sources, pack, index; no Qt)", "", ""))
    return rows


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    print()
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs and sizes, for trying the script")
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (the median is reported)")
    parser.add_argument("--only", help=f"comma-separated sections of: {', '.join(SECTIONS)}")
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="where packaging/build.sh put the builds")
    parser.add_argument("--workdir", default=str(ROOT / "build" / "bench"), help="generated data and builds")
    parser.add_argument("--fresh", action="store_true", help="regenerate corpora, packs and bare builds")
    parser.add_argument("--json", help="results file (default: WORKDIR/results.json)")
    args = parser.parse_args()
    if args.quick:
        args.runs = min(args.runs, 3)
    started = time.perf_counter()
    results = run(args)
    results["seconds"] = round(time.perf_counter() - started, 1)
    rows = summary(results)
    if rows:
        print_table(rows)
    target = Path(args.json) if args.json else Path(args.workdir) / "results.json"
    target.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nresults: {target} ({results['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
