"""The evidence chain's base: originals untouched, reading editions faithful."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from explorer.core.evidence.corpus import Corpus, CorpusError, load_source
from explorer.core.evidence.source_date import date_words
from explorer.core.evidence.textindex import strip_whitespace
from explorer.core.paths import sources_dir
from explorer.core.vocabulary import ENGLISH

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SOURCE_IDS = [
    "ballegeer-2021",
    "buitelaar-vanwilligen-2021",
    "fod-bz-vredesoperaties",
    "kamerbrief-2018",
    "kuno-2026",
]


def test_all_five_sources_load(corpus: Corpus) -> None:
    assert sorted(corpus.ids()) == SOURCE_IDS


@pytest.mark.parametrize("source_id", SOURCE_IDS)
def test_original_is_byte_for_byte_the_seed(corpus: Corpus, source_id: str) -> None:
    metadata = corpus[source_id].metadata
    raw = (sources_dir() / source_id / "original.txt").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == metadata.sha256
    seed = SEEDS / metadata.seed_file
    if seed.exists():  # the shared seeds sit beside the checkout in development and CI
        assert seed.read_bytes() == raw


@pytest.mark.parametrize("source_id", SOURCE_IDS)
def test_reading_edition_is_faithful(corpus: Corpus, source_id: str) -> None:
    """Re-prove, from the blocks' own segments, what the loader claims.

    With whitespace removed (and hidden line-end hyphens restored) each block is
    its segments of the original in order; segments never overlap; and what no
    segment covers is only declared omissions.
    """
    document = corpus[source_id]
    original = document.original
    covered = bytearray(len(original))
    for block in document.edition.blocks:
        pieces = [original[start:end] for start, end in block.segments]
        for start, end in block.segments:
            assert not any(covered[start:end]), f"block {block.index} overlaps another block"
            covered[start:end] = b"\x01" * (end - start)
        shown = strip_whitespace(block.text)
        source = strip_whitespace("".join(pieces))
        # A hidden hyphen is the only character the reader does not see.
        assert _equal_but_hidden_hyphens(shown, source), (
            f"block {block.index} ({block.kind}) differs from its original segments"
        )
    leftover = "".join(ch for ch, hit in zip(original, covered, strict=True) if not hit and not ch.isspace())
    for omission in document.metadata.omissions:
        leftover = leftover.replace(strip_whitespace(omission.text), "")
    assert leftover == "", f"original text missing from the edition: {leftover[:80]!r}"
    assert len(document.metadata.omissions) <= 5, "omissions must stay a short, declared list"


def _equal_but_hidden_hyphens(shown: str, source: str) -> bool:
    """``source`` equals ``shown`` with some hyphens added (and nothing else)."""
    i = 0
    for char in source:
        if i < len(shown) and shown[i] == char:
            i += 1
        elif char != "-":
            return False
    return i == len(shown)


def test_001_reads_in_order(corpus: Corpus) -> None:
    """The article's misplaced first page is put back: title first, then the body's start."""
    blocks = corpus["buitelaar-vanwilligen-2021"].edition.blocks
    assert blocks[0].kind == "title"
    assert blocks[0].text.startswith("Vredesmissies in een geopolitieke context")
    first_paragraph = next(b for b in blocks if b.kind == "paragraph")
    assert first_paragraph.text.startswith("Het lijkt geen goede tijd voor vredesmissies")
    # The sentence the PDF split across the out-of-order page is whole again.
    assert "geopolitieke spanningen komen duidelijk tot uiting" in first_paragraph.text
    assert "medewerkers" in first_paragraph.text  # a word the PDF broke across lines


def test_french_abstract_is_its_own_french_block(corpus: Corpus) -> None:
    abstracts = [b for b in corpus["ballegeer-2021"].edition.blocks if b.kind == "abstract"]
    assert len(abstracts) == 1
    assert abstracts[0].lang == "fr"
    assert abstracts[0].text.startswith("Alors que toutes les études scientifiques")


def test_footnotes_and_captions_are_set_apart(corpus: Corpus) -> None:
    kinds = {b.kind for b in corpus["buitelaar-vanwilligen-2021"].edition.blocks}
    assert {"footnote", "caption", "heading", "paragraph"} <= kinds
    paragraphs = [
        b.text for b in corpus["buitelaar-vanwilligen-2021"].edition.blocks if b.kind == "paragraph"
    ]
    assert not any("FOTO" in text for text in paragraphs), "photo credits belong to captions"


def test_edited_original_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "kamerbrief-2018"
    folder.mkdir()
    for name in ("metadata.yaml", "edition.txt"):
        (folder / name).write_bytes((sources_dir() / "kamerbrief-2018" / name).read_bytes())
    text = (sources_dir() / "kamerbrief-2018" / "original.txt").read_text(encoding="utf-8")
    (folder / "original.txt").write_text(text.replace("Den Haag", "Den  Haag"), encoding="utf-8")
    with pytest.raises(CorpusError, match="checksum"):
        load_source(folder)


def test_unfaithful_edition_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "kamerbrief-2018"
    folder.mkdir()
    for name in ("metadata.yaml", "original.txt"):
        (folder / name).write_bytes((sources_dir() / "kamerbrief-2018" / name).read_bytes())
    edition = (sources_dir() / "kamerbrief-2018" / "edition.txt").read_text(encoding="utf-8")
    (folder / "edition.txt").write_text(edition.replace("problemen", "uitdagingen", 1), encoding="utf-8")
    with pytest.raises(CorpusError, match="closest original passage"):
        load_source(folder)


def test_edition_that_drops_text_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "kamerbrief-2018"
    folder.mkdir()
    for name in ("metadata.yaml", "original.txt"):
        (folder / name).write_bytes((sources_dir() / "kamerbrief-2018" / name).read_bytes())
    edition = (sources_dir() / "kamerbrief-2018" / "edition.txt").read_text(encoding="utf-8")
    last_block = edition.rindex("\n@")
    (folder / "edition.txt").write_text(edition[:last_block] + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="missing from the edition"):
        load_source(folder)


def test_references_are_complete(corpus: Corpus) -> None:
    for document in corpus:
        reference = document.metadata.reference()
        assert document.metadata.title in reference
        assert date_words(document.metadata.date, ENGLISH) in reference
