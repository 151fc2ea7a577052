"""Appending a citation to a scenario file keeps the author's comments and layout."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from explorer.core.evidence.citation_snippet import citation_for_selection
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.evidence_append import AppendError, append_evidence
from explorer.core.pack.loader import load_pack
from explorer.core.paths import bundled_pack_dir


def _snippet(corpus: Corpus, words: str):  # type: ignore[no-untyped-def]
    document = corpus["kamerbrief-2018"]
    start = document.edition.text.index(words)
    return citation_for_selection(document, start, start + len(words))


def test_the_entry_lands_at_the_end_of_evidence_and_nothing_else_changes(
    tmp_path: Path, corpus: Corpus
) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    shutil.copy(bundled_pack_dir() / "pack.yaml", pack)
    scenario = pack / "minusma-campaign.yaml"
    shutil.copy(bundled_pack_dir() / scenario.name, scenario)
    before = scenario.read_text(encoding="utf-8")
    snippet = _snippet(corpus, "kritieke middelen")
    entry = snippet.yaml().replace("gloss: ''", "gloss: critical assets")  # the author's translation
    append_evidence(scenario, snippet.citation_id, entry)
    after = scenario.read_text(encoding="utf-8")
    diff = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    assert [line[2:] for line in diff if line.startswith("+ ")] == entry.rstrip("\n").splitlines()
    assert not any(line.startswith("- ") for line in diff)  # comments and everything else kept
    loaded = load_pack(pack, corpus)
    assert loaded.scenario("minusma-campaign").evidence[snippet.citation_id].quote == "kritieke middelen"


def test_the_entry_follows_the_files_own_indentation(tmp_path: Path, corpus: Corpus) -> None:
    scenario = tmp_path / "s.yaml"
    scenario.write_text(
        "id: s\nevidence:\n    # our sources\n    first:\n"
        "        source: kuno-2026\n        quote: x\n\nstages: []\n",
        encoding="utf-8",
    )
    snippet = _snippet(corpus, "kritieke middelen")
    append_evidence(scenario, snippet.citation_id, snippet.yaml())
    text = scenario.read_text(encoding="utf-8")
    assert f"        quote: x\n    {snippet.citation_id}:\n      source: kamerbrief-2018\n" in text
    assert text.endswith("\n\nstages: []\n") and "    # our sources\n" in text


def test_a_taken_id_or_a_file_without_evidence_is_refused_untouched(tmp_path: Path, corpus: Corpus) -> None:
    snippet = _snippet(corpus, "kritieke middelen")
    scenario = tmp_path / "s.yaml"
    text = f"id: s\nevidence:\n  {snippet.citation_id}:\n    source: kuno-2026\n    quote: x\n"
    scenario.write_text(text, encoding="utf-8")
    with pytest.raises(AppendError, match="already has an entry"):
        append_evidence(scenario, snippet.citation_id, snippet.yaml())
    flow = tmp_path / "flow.yaml"
    flow.write_text("id: s\nevidence: {}\n", encoding="utf-8")
    with pytest.raises(AppendError, match="no block `evidence:`"):
        append_evidence(flow, snippet.citation_id, snippet.yaml())
    assert (
        scenario.read_text(encoding="utf-8") == text
        and flow.read_text(encoding="utf-8") == "id: s\nevidence: {}\n"
    )
