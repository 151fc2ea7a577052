"""Pack load + validation against bare YAML parsing of the same files, same run.

    .venv/bin/python bench/pack_load.py [--sizes 100,250,500,1000] [--repeat 5] [--json FILE]

Generates packs of realistic scenarios (about 10 KB each, 3 choices × 4 trade-offs,
24 citations quoting distinct real passages of the five sources), then for each size
times (a) parsing every file with ``yaml.CSafeLoader`` and nothing else, and (b)
``load_pack``: parsing, schema validation, all checks and anchoring of every quote.
Prints medians, the ratio (b)/(a) and the per-scenario cost, so linear growth shows
as a flat per-scenario column. Not a test: numbers are reported, not asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

from explorer.core.evidence.corpus import Corpus, load_corpus
from explorer.core.pack.loader import load_pack
from explorer.core.paths import bundled_pack_dir

DIMENSIONS = [
    "protection-of-civilians",
    "peacekeeper-safety",
    "impartiality-legitimacy",
    "national-readiness",
    "un-influence",
    "cost",
    "host-state-consent",
    "durable-peace",
]


def _passages(corpus: Corpus, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """Distinct, unique quotes of 8 to 20 words from the real sources."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    documents = list(corpus)
    while len(found) < count:
        document = rng.choice(documents)
        words = document.edition.text.split()
        start = rng.randrange(0, len(words) - 20)
        quote = " ".join(words[start : start + rng.randint(8, 20)])
        stripped = "".join(quote.split())
        if quote in seen or document.edition_stripped.stripped.count(stripped) != 1:
            continue
        if document.stripped.stripped.count(stripped) > 1:
            continue
        seen.add(quote)
        found.append((document.id, quote))
    return found


REASONING = "The cited passages say the premise; the step to this effect is one sentence."


def _scenario(index: int, quotes: list[tuple[str, str]], rng: random.Random) -> dict[str, object]:
    evidence = {
        f"c{n}": {"source": source, "quote": quote, "gloss": f"English rendering of passage {n}."}
        for n, (source, quote) in enumerate(quotes)
    }
    ids = list(evidence)
    choices = []
    for c in range(3):
        tradeoffs = [
            {
                "dimension": DIMENSIONS[(c + t) % len(DIMENSIONS)],
                "effect": [2, -1, 1, -2][t],
                "claim": f"Choice {c} changes this dimension as the cited passage describes ({t}).",
                "evidence": "stated" if t % 2 == 0 else "inferred",
                "citations": rng.sample(ids, 2),
                # Only an inferred trade-off says its step; an empty field is an error.
                **({"reasoning": REASONING} if t % 2 else {}),
            }
            for t in range(4)
        ]
        choices.append(
            {
                "id": f"choice-{c}",
                "label": f"Option {c}",
                "description": "What this option means in practice, in two sentences of Markdown. " * 2,
                "arguments_for": [{"text": "An argument in favour.", "citations": rng.sample(ids, 2)}],
                "arguments_against": [{"text": "An argument against.", "citations": rng.sample(ids, 2)}],
                "tradeoffs": tradeoffs,
            }
        )
    links = " ".join(f"[passage {n}](cite:{cid})" for n, cid in enumerate(ids))
    return {
        "id": f"generated-{index}",
        "title": f"Generated scenario {index}",
        "decision_maker": "A contributing government",
        "moment": "2021",
        "summary": "A generated scenario of realistic size for benchmarking.",
        "minutes": 30,
        "difficulty": "intermediate",
        "tags": ["generated"],
        "evidence": evidence,
        "stages": [
            {
                "id": "decision",
                "title": "The decision",
                "context": "Context paragraph with citations: " + links,
                "question": "What do you do?",
                "choices": choices,
            }
        ],
        "facilitator_notes": "Notes for the facilitator, a few sentences long. " * 4,
        "discussion_prompts": ["What matters most here?", "Who carries the risk?"],
    }


def write_pack(directory: Path, size: int, corpus: Corpus, seed: int = 7) -> int:
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "pack.yaml").write_bytes((bundled_pack_dir() / "pack.yaml").read_bytes())
    pool = _passages(corpus, 24 * size, rng)
    total = 0
    for index in range(size):
        quotes = pool[index * 24 : (index + 1) * 24]
        text = yaml.safe_dump(_scenario(index, quotes, rng), allow_unicode=True, sort_keys=False, width=100)
        (directory / f"generated-{index:04}.yaml").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def _bare_parse(directory: Path) -> None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted(directory.glob("generated-*.yaml")):
        yaml.load(path.read_bytes().decode("utf-8"), Loader=loader)


def _median_seconds(function, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100,250,500,1000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", help="also write the results as JSON to this file")
    args = parser.parse_args()
    corpus = load_corpus()
    results = []
    print(f"{'scenarios':>9} {'KB/scen':>8} {'parse ms':>9} {'load ms':>9} {'ratio':>6} {'load ms/scen':>13}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in [int(s) for s in args.sizes.split(",")]:
            directory = Path(tmp) / f"pack-{size}"
            total_bytes = write_pack(directory, size, corpus)
            # A fresh corpus per measurement would time index building too; the app
            # loads the corpus once, so it is shared, as in the app.
            check = load_pack(directory, corpus)
            if check.errors:
                print("generated pack has errors:", check.errors[0].format(), file=sys.stderr)
                return 1
            parse = _median_seconds(lambda d=directory: _bare_parse(d), args.repeat)
            load = _median_seconds(lambda d=directory: load_pack(d, corpus), args.repeat)
            row = {
                "scenarios": size,
                "kb_per_scenario": round(total_bytes / size / 1024, 1),
                "parse_ms": round(parse * 1000, 1),
                "load_ms": round(load * 1000, 1),
                "ratio": round(load / parse, 2),
                "load_ms_per_scenario": round(load * 1000 / size, 3),
                "parse_ms_per_scenario": round(parse * 1000 / size, 3),
            }
            results.append(row)
            print(
                f"{size:>9} {row['kb_per_scenario']:>8} {row['parse_ms']:>9} {row['load_ms']:>9} "
                f"{row['ratio']:>6} {row['load_ms_per_scenario']:>13}"
            )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
