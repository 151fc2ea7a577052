"""Pack loading: valid scenarios load; every mistake is located and explained."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack, load_pack, scenario_schema
from explorer.core.pack.model import Evidence

DATA = Path(__file__).resolve().parents[1] / "data"
BROKEN = sorted(p for p in (DATA / "broken").iterdir() if p.is_dir())


def test_good_pack_loads_clean(good_pack: LoadedPack) -> None:
    assert good_pack.problems == []
    assert [s.id for s in good_pack.scenarios] == ["belgian-presence"]
    assert len(good_pack.anchors) == 5
    scenario = good_pack.scenario("belgian-presence")
    citation, anchor = good_pack.citation("belgian-presence", "small-army")
    assert anchor.source_id == citation.source == "fod-bz-vredesoperaties"
    assert scenario.stages[0].choices[1].tradeoffs[0].evidence is Evidence.ASSUMPTION


def test_there_are_at_least_fifteen_broken_packs() -> None:
    assert len(BROKEN) >= 15


@pytest.mark.parametrize("case", BROKEN, ids=[p.name for p in BROKEN])
def test_each_broken_pack_reports_its_mistake_at_the_right_line(case: Path, corpus: Corpus) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    pack = load_pack(case, corpus)
    errors = pack.errors
    assert len(errors) == 1, [p.format() for p in errors]
    error = errors[0]
    assert Path(error.file).name == expected["file"]
    assert error.line == expected["line"], error.format()
    assert expected["message"] in error.message, error.format()
    assert error.column >= 1


def test_a_broken_file_does_not_stop_the_rest(tmp_path: Path, corpus: Corpus) -> None:
    shutil.copytree(DATA / "packs" / "good", tmp_path / "pack")
    (tmp_path / "pack" / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    (tmp_path / "pack" / "binary.yml").write_bytes(b"\xff\xfe\x00garbage")
    pack = load_pack(tmp_path / "pack", corpus)
    assert [s.id for s in pack.scenarios] == ["belgian-presence"]
    assert {Path(p.file).name for p in pack.errors} == {"broken.yaml", "binary.yml"}


def test_missing_directory_is_a_problem_not_an_exception(tmp_path: Path, corpus: Corpus) -> None:
    pack = load_pack(tmp_path / "nowhere", corpus)
    assert pack.scenarios == []
    assert "not a directory" in pack.errors[0].message


def test_enormous_file_is_refused_quickly(tmp_path: Path, corpus: Corpus) -> None:
    (tmp_path / "huge.yaml").write_bytes(b"a: " + b"x" * 3_000_000 + b"\n")
    pack = load_pack(tmp_path, corpus)
    assert "bytes" in pack.errors[0].message


def test_warnings_do_not_invalidate(tmp_path: Path, corpus: Corpus) -> None:
    shutil.copytree(DATA / "packs" / "good", tmp_path / "pack")
    path = tmp_path / "pack" / "belgian-presence.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "evidence:\n",
        "evidence:\n  unused:\n    source: kuno-2026\n"
        "    quote: The era of multilateral peacekeeping is over.\n",
        1,
    )
    path.write_text(text, encoding="utf-8")
    pack = load_pack(tmp_path / "pack", corpus)
    assert [p.severity for p in pack.problems] == ["warning"]
    assert "never cited" in pack.problems[0].message
    assert pack.problems[0].line == text.splitlines().index("  unused:") + 1
    assert len(pack.scenarios) == 1


def test_schema_describes_the_scenario_file() -> None:
    schema = scenario_schema()
    definitions = schema["$defs"]
    assert "Scenario" in definitions and "TradeOff" in definitions
    assert set(definitions["TradeOff"]["required"]) >= {"dimension", "effect", "claim", "evidence"}


def test_the_quick_set_of_cited_ids_is_the_one_the_located_walk_gives(bundled_pack: LoadedPack) -> None:
    """``check_references`` skips its walk when the quick set matches the evidence exactly."""
    import msgspec

    from explorer.core.pack import checks

    for scenario in bundled_pack.scenarios:
        assert checks._cited_ids(scenario) == {cited for _, cited in checks._references(scenario)}
        assert list(checks.check_references(scenario)) == []
        # One entry more and one cited id less: both found, by the walk that names their places.
        stage = scenario.stages[0]
        edited = msgspec.structs.replace(
            scenario,
            evidence={**scenario.evidence, "spare": next(iter(scenario.evidence.values()))},
            stages=[
                msgspec.structs.replace(stage, context=stage.context + " [x](cite:nowhere)"),
                *scenario.stages[1:],
            ],
        )
        messages = [finding.message for finding in checks.check_references(edited)]
        assert "cites `nowhere`, which is not an entry of `evidence`" in messages
        assert "evidence `spare` is never cited" in messages


def test_a_load_leaves_its_objects_to_the_oldest_generation(tmp_path: Path, corpus: Corpus) -> None:
    """No collection after the load rescans what it made as young objects; the collector is as it was."""
    import gc

    from bench.pack_100k import write_pack

    write_pack(tmp_path, 200)
    assert gc.isenabled()
    pack = load_pack(tmp_path, corpus)
    assert len(pack.scenarios) == 200 and pack.errors == []
    # Several thousand tracked objects were made (about 30 per scenario): they are old already.
    assert gc.isenabled() and gc.get_freeze_count() == 0
    old = {id(thing) for thing in gc.get_objects(generation=2)}
    made = [pack.scenarios, pack.scenarios[-1].stages, pack.scenarios[-1].stages[0].choices]
    assert all(gc.is_tracked(thing) for thing in made)
    assert {id(thing) for thing in made} <= old
    gc.disable()
    try:
        load_pack(tmp_path, corpus)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("evidence", list(Evidence))
def test_each_trade_off_rule_is_checked_whatever_else_holds(
    bundled_pack: LoadedPack, evidence: Evidence
) -> None:
    """``check_tradeoffs`` reports every rule a trade-off breaks, and no other."""
    import itertools

    import msgspec

    from explorer.core.pack import checks

    scenario = bundled_pack.scenarios[0]
    stage, choice = scenario.stages[0], scenario.stages[0].choices[0]
    dimensions = {t.dimension for t in choice.tradeoffs}
    tradeoff = choice.tradeoffs[0]
    for dimension, effect, citations, reasoning in itertools.product(
        [tradeoff.dimension, "nowhere"], [0, 1], [[], ["x"]], ["", "  ", "Because."]
    ):
        edited = msgspec.structs.replace(
            tradeoff,
            dimension=dimension,
            effect=effect,
            evidence=evidence,
            citations=citations,
            reasoning=reasoning,
        )
        tradeoffs = [edited, *choice.tradeoffs[1:]]
        others = [
            msgspec.structs.replace(c, tradeoffs=tradeoffs) if c is choice else c for c in stage.choices
        ]
        one = msgspec.structs.replace(scenario, stages=[msgspec.structs.replace(stage, choices=others)])
        base = "stages[0].choices[0].tradeoffs[0]"
        found = {f.path for f in checks.check_tradeoffs(one, dimensions) if f.path.startswith(base + ".")}
        expected = {
            f"{base}.dimension" if dimension == "nowhere" else "",
            f"{base}.effect" if effect == 0 else "",
            f"{base}.citations" if evidence is not Evidence.ASSUMPTION and not citations else "",
            f"{base}.evidence" if evidence is Evidence.INFERRED and not reasoning.strip() else "",
        } - {""}
        assert found == expected, (dimension, effect, citations, reasoning)
