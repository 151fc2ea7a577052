"""One passage, one translation in every language: an overlay's glosses compared per language.

The test pack quotes a Dutch passage (glossed in English by the base, in French by the French
overlay) and an English one (glossed in Dutch and in French by the overlays). A second scenario
quotes both again, with its own overlays.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack, load_pack
from explorer.core.pack.pack_translation import in_language

TRANSLATED = Path(__file__).resolve().parents[1] / "data" / "packs" / "translated"
SCENARIO = "belgian-presence.yaml"
SECOND = "second-look.yaml"
DUTCH_GLOSS = (
    "    text: Nu beide terreinen steeds meer onder druk staan door bezuinigingen, is goede coördinatie "
    "dringender dan ooit.\n"
)
OTHER_DUTCH = (
    "    text: Omdat beide velden onder groeiende druk van bezuinigingen staan, is doeltreffende "
    "coördinatie urgenter dan ooit.\n"
)


def _pack_with_second_scenario(tmp_path: Path, nl_edit: tuple[str, str] = ("", "")) -> Path:
    """The translated test pack plus a copy of its scenario (and of both its overlays) under
    another id, with one edit in the copy's Dutch overlay."""
    pack = tmp_path / "pack"
    shutil.copytree(TRANSLATED, pack)
    text = (pack / SCENARIO).read_text(encoding="utf-8")
    (pack / SECOND).write_text(text.replace("id: belgian-presence", "id: second-look", 1), encoding="utf-8")
    for language in ("nl", "fr"):
        folder = pack / "translations" / language
        copy = (folder / SCENARIO).read_text(encoding="utf-8")
        if language == "nl" and nl_edit[0]:
            assert nl_edit[0] in copy
            copy = copy.replace(nl_edit[0], nl_edit[1], 1)
        (folder / SECOND).write_text(copy, encoding="utf-8")
    return pack


def _gloss_warnings(pack: LoadedPack) -> list[str]:
    return [
        p.format() for p in pack.problems + pack.translation_problems if "glossed differently" in p.message
    ]


def test_a_passage_glossed_two_ways_in_one_language_is_a_warning_in_the_later_overlay(
    tmp_path: Path, corpus: Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = _pack_with_second_scenario(tmp_path, (DUTCH_GLOSS, OTHER_DUTCH))
    pack = load_pack(directory, corpus)
    assert pack.problems == []  # the English base is as it was
    [problem] = [p for p in pack.translation_problems if "glossed differently" in p.message]
    assert problem.severity == "warning"
    overlay = directory / "translations" / "nl" / SECOND
    assert Path(problem.file).parts[-3:] == ("translations", "nl", SECOND)
    lines = overlay.read_text(encoding="utf-8").splitlines()
    assert lines[problem.line - 1] == OTHER_DUTCH.rstrip("\n")
    assert problem.path == "texts[evidence.budget-cuts.gloss].text"
    # It names the overlay and key of the other translation, quotes it, and says what to do.
    first = str(Path("translations") / "nl" / SCENARIO)
    assert first in problem.message and "`evidence.budget-cuts.gloss`" in problem.message
    assert "Nu beide terreinen steeds meer onder druk" in problem.message
    assert "`kuno-2026`" in problem.message and "use the same gloss" in problem.message
    # The pack still loads in Dutch, with the gloss as written: a warning, not a refusal.
    dutch = in_language(pack, "nl").scenario("second-look")
    assert dutch.evidence["budget-cuts"].gloss.startswith("Omdat beide velden")
    # `explorer validate` shows it where it shows the overlays' other problems; a warning passes.
    assert main(["validate", str(directory)]) == 0
    out = capsys.readouterr().out
    assert f"{SECOND}:{problem.line}:" in out and "glossed differently" in out
    assert main(["validate", "--strict", str(directory)]) == 1
    capsys.readouterr()


def test_the_same_passage_glossed_alike_in_each_language_passes(tmp_path: Path, corpus: Corpus) -> None:
    # The copy glosses the English quote in the same Dutch words, re-wrapped and without the
    # final stop: the same translation.
    same = (
        "    text: >-\n"
        "      Nu beide terreinen steeds meer onder druk staan door bezuinigingen,\n"
        "      is goede coördinatie dringender dan ooit\n"
    )
    pack = load_pack(_pack_with_second_scenario(tmp_path, (DUTCH_GLOSS, same)), corpus)
    assert pack.problems == [] and pack.translation_problems == []


def test_glosses_in_different_languages_are_never_compared(tmp_path: Path, corpus: Corpus) -> None:
    # Each passage is glossed in two languages, twice: the Dutch quote in English (base) and
    # French, the English quote in Dutch and French. Every language agrees with itself, so
    # there is nothing to warn about, though no two languages read alike.
    pack = load_pack(_pack_with_second_scenario(tmp_path), corpus)
    assert _gloss_warnings(pack) == []
    for scenario_id in ("belgian-presence", "second-look"):
        english = pack.scenario(scenario_id).evidence
        dutch = in_language(pack, "nl").scenario(scenario_id).evidence
        french = in_language(pack, "fr").scenario(scenario_id).evidence
        assert english["small-army"].gloss and french["small-army"].gloss
        assert english["small-army"].gloss != french["small-army"].gloss
        assert dutch["budget-cuts"].gloss and french["budget-cuts"].gloss
        assert dutch["budget-cuts"].gloss != french["budget-cuts"].gloss


def test_a_french_overlay_is_compared_with_the_french_only(tmp_path: Path, corpus: Corpus) -> None:
    # The French copy glosses the Dutch passage otherwise: one warning, in the French overlay,
    # pointing at the French gloss (not at the English of the base, which differs as well).
    pack_dir = _pack_with_second_scenario(tmp_path)
    french = pack_dir / "translations" / "fr" / SECOND
    text = french.read_text(encoding="utf-8")
    old = "    text: L'effectif de notre armée n'est pas assez grand"
    assert old in text
    french.write_text(
        text.replace(old, "    text: Notre armée n'est pas assez nombreuse", 1), encoding="utf-8"
    )
    [warning] = _gloss_warnings(load_pack(pack_dir, corpus))
    assert f"{os.sep}fr{os.sep}{SECOND}:" in warning
    assert "`evidence.small-army.gloss`: “L'effectif de notre armée" in warning
    assert "The numerical strength" not in warning
