"""Pack load with and without translation overlays, against bare YAML parsing, same run.

    .venv/bin/python bench/overlay_load.py [--size 500] [--repeat 3] [--json FILE]

Generates a pack of realistic scenarios (``bench/pack_load.py``'s), then times (a) parsing
every scenario file with ``yaml.CSafeLoader`` alone, (b) ``load_pack`` of the pack as it
is, with no ``translations`` folder, and (c) ``load_pack`` once every scenario and
``pack.yaml`` have a complete overlay in one language (each read, checked against its
base and applied). Prints medians and the ratios (b)/(a) and (c)/(b). A pack without
overlays pays one ``is_dir`` for them, so (b)/(a) is the number to compare with
``pack_load.py``'s; (c)/(b) is what one language costs. Numbers are reported, not asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pack_load import _bare_parse, _median_seconds, write_pack

from explorer.core.evidence.corpus import load_corpus
from explorer.core.pack.loader import load_pack
from explorer.core.pack.pack_translation import source_languages
from explorer.core.pack.translations import gloss_keys, text_hash, translatable_texts
from explorer.core.pack.worksheet import worksheet


def write_overlays(directory: Path, language: str, sources: dict[str, str]) -> int:
    """A complete overlay of every file (each text "translated" by a marker); returns the count."""
    count = 0
    for base in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(base.read_text(encoding="utf-8"))
        glosses = gloss_keys(data, language, sources)
        expected = {**translatable_texts(data), **glosses}
        done = {
            key: {"from": text_hash(text), "text": f"[{language}] {text}"} for key, text in expected.items()
        }
        text, _counts = worksheet(expected, glosses, language, base.name, done)
        target = directory / "translations" / language / base.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", help="also write the results as JSON to this file")
    args = parser.parse_args()
    corpus = load_corpus()
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch) / "pack"
        write_pack(directory, args.size, corpus)
        bare = _median_seconds(lambda: _bare_parse(directory), args.repeat)
        plain = _median_seconds(lambda: load_pack(directory, corpus), args.repeat)
        overlays = write_overlays(directory, "nl", source_languages(corpus))
        translated = _median_seconds(lambda: load_pack(directory, corpus), args.repeat)
        pack = load_pack(directory, corpus)
        assert not pack.errors and len(pack.translations["nl"].scenarios) == args.size
    results = {
        "scenarios": args.size,
        "overlays": overlays,
        "bare_parse_s": round(bare, 4),
        "load_without_overlays_s": round(plain, 4),
        "load_with_one_language_s": round(translated, 4),
        "load_over_bare": round(plain / bare, 2),
        "one_language_over_load": round(translated / plain, 2),
    }
    print(
        f"{args.size} scenarios: bare parse {bare:.3f} s; load without overlays {plain:.3f} s "
        f"({plain / bare:.2f}× bare); with one language ({overlays} overlays) {translated:.3f} s "
        f"({translated / plain:.2f}× the load without)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
