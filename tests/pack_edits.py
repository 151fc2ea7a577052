"""A copy of the good test pack with edits applied: for tests of reviews, dates and hindsight."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack, load_pack

GOOD = Path(__file__).parent / "data" / "packs" / "good"
SCENARIO_FILE = "belgian-presence.yaml"
#: Words no screen shows unless the afterwards block is shown.
AFTERWARDS = "Belgium later sent a hospital ship to the mission, which nobody had foreseen."
REASONING = "A small army that spends few people abroad keeps more of them ready at home."


def with_time_and_reasoning(data: dict[str, Any]) -> None:
    """The good pack's stage dated 2021, with an afterwards block and a written inference."""
    stage = data["stages"][0]
    stage["as_of"] = "2021"
    stage["afterwards"] = AFTERWARDS
    stage["choices"][0]["tradeoffs"][0]["reasoning"] = REASONING


def reason_every_inference(data: dict[str, Any]) -> None:
    """Written reasoning on every inferred trade-off that has none (a pack rule, or soon one)."""
    for stage in data["stages"]:
        for choice in stage["choices"]:
            for tradeoff in choice["tradeoffs"]:
                if tradeoff["evidence"] == "inferred" and not tradeoff.get("reasoning"):
                    tradeoff["reasoning"] = "The cited passages, read together, imply this effect."


def edited_pack(directory: Path, corpus: Corpus, *edits: Callable[[dict[str, Any]], None]) -> LoadedPack:
    """Write the good pack to ``directory`` with ``edits`` applied to its scenario, and load it."""
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copy(GOOD / "pack.yaml", directory / "pack.yaml")
    write_scenario(directory, *edits)
    return load_pack(directory, corpus)


def write_scenario(directory: Path, *edits: Callable[[dict[str, Any]], None]) -> None:
    data = yaml.safe_load((GOOD / SCENARIO_FILE).read_text(encoding="utf-8"))
    for edit in (*edits, reason_every_inference):
        edit(data)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    (directory / SCENARIO_FILE).write_text(text, encoding="utf-8")
