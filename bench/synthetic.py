"""Synthetic corpora and packs for the benchmarks, at any size.

Sources are Dutch-like text made by shuffling the words of the real Dutch sources
into sentences and paragraphs, written the way the shipped sources are: a folder
per source with ``metadata.yaml`` (checksum included), ``original.txt`` (lines
wrapped as a PDF extraction wraps them) and a trivially faithful ``edition.txt``
(one ``@paragraph`` block per paragraph, lines rejoined), so loading them runs
the same faithfulness proof as the real corpus. Packs are written by
``pack_load.write_pack`` (realistic 10 KB scenarios quoting distinct passages).
"""

from __future__ import annotations

import hashlib
import random
import re
import textwrap
from pathlib import Path

import yaml

from explorer.core.evidence.corpus import Corpus, load_corpus

_WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W_]|[^\W\d_]")


def dutch_words(corpus: Corpus) -> list[str]:
    """The words of the real sources' Dutch blocks, repeated as often as they occur there."""
    words = []
    for document in corpus:
        for block in document.edition.blocks:
            if block.lang == "nl":
                words += _WORD.findall(block.text)
    return words


def _paragraph(words: list[str], rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 6)):
        picked = rng.choices(words, k=rng.randint(8, 28))
        sentence = " ".join(picked)
        sentences.append(sentence[0].upper() + sentence[1:] + rng.choice(".....?;"))
    return " ".join(sentences)


def write_source(folder: Path, source_id: str, size_bytes: int, words: list[str], rng: random.Random) -> None:
    """One source of about ``size_bytes`` of original text, with its edition and metadata."""
    folder.mkdir(parents=True, exist_ok=True)
    title = f"Synthetische bron {source_id}"
    paragraphs: list[str] = []
    total = len(title)
    while total < size_bytes:
        paragraphs.append(_paragraph(words, rng))
        total += len(paragraphs[-1].encode("utf-8")) + 2
    # The original wraps lines at 80 columns, as text extracted from a PDF does.
    original = title + "\n\n" + "\n\n".join(textwrap.fill(p, 80) for p in paragraphs) + "\n"
    edition = f"@title\n{title}\n\n" + "".join(f"@paragraph\n{p}\n\n" for p in paragraphs)
    raw = original.encode("utf-8")
    (folder / "original.txt").write_bytes(raw)
    (folder / "edition.txt").write_text(edition, encoding="utf-8")
    metadata = {
        "id": source_id,
        "title": title,
        "short_title": f"Bron {source_id}",
        "authors": ["Benchmark Generator"],
        "publisher": "bench/synthetic.py",
        "date": "2026",
        "language": "nl",
        "kind": "report",
        "description": "Shuffled words of the real Dutch sources, for benchmarks only.",
        "origin": "Generated.",
        "licence": "Generated text.",
        "sha256": hashlib.sha256(raw).hexdigest(),
        "seed_file": "synthetic",
    }
    (folder / "metadata.yaml").write_text(yaml.safe_dump(metadata, allow_unicode=True), encoding="utf-8")


def write_corpus(root: Path, count: int, size_bytes: int = 50_000, seed: int = 11) -> Path:
    """``count`` sources of about ``size_bytes`` each under ``root`` (a sources directory)."""
    rng = random.Random(seed)
    words = dutch_words(load_corpus())
    for number in range(count):
        write_source(root / f"synthetic-{number:04}", f"synthetic-{number:04}", size_bytes, words, rng)
    return root
