"""The balance report, the date check of ``validate --strict``, and hindsight kept until after the choice."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from explorer.cli import main
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.balance import balance
from explorer.core.pack.loader import LoadedPack, load_pack, scenario_schema
from explorer.core.pack.timeline import date_range
from explorer.core.workshop.room_view import room_view
from explorer.core.workshop.session import new_session
from tests.core.workshop_helpers import full_run, two_group_plan
from tests.pack_edits import AFTERWARDS, edited_pack, with_time_and_reasoning


def test_balance_counts_gains_and_costs_by_status(good_pack: LoadedPack) -> None:
    rows = {row.choice: row for row in balance(good_pack.scenarios)}
    presence = rows["qualitative-presence"]
    assert presence.gains == {"stated": 1, "inferred": 1, "assumption": 0}
    assert presence.costs == {"stated": 0, "inferred": 1, "assumption": 0}
    assert presence.flags == []
    civilians = rows["civilian-experts"]
    # Its only gains are assumptions: nothing the documents say speaks for it.
    assert civilians.flags == ["no cited gain"]


def _buried(data: dict[str, Any]) -> None:
    choice = data["stages"][0]["choices"][0]
    costs = [
        {
            "dimension": d,
            "effect": -2,
            "claim": f"It costs {d}.",
            "evidence": "stated",
            "citations": ["small-army"],
        }
        for d in ("cost", "burden-sharing", "host-state-consent", "durable-peace", "peacekeeper-safety")
    ]
    choice["tradeoffs"] = choice["tradeoffs"][:1] + costs


def test_balance_flags_a_buried_choice(
    tmp_path: Path, corpus: Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, _buried)
    assert main(["report", "balance", str(pack.directory), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    row = next(c for c in data["choices"] if c["location"].endswith("qualitative-presence"))
    assert row["gains"]["inferred"] == 1 and row["costs"]["stated"] == 5 and row["net"] == -9
    assert any(
        f.startswith("buried by count: 1 gains against 5 costs, all costs stated") for f in row["flags"]
    )
    assert any(f.startswith("buried by weight: effects net -9") for f in row["flags"])
    assert data["flagged"] == 2
    assert main(["report", "balance", str(pack.directory)]) == 0
    assert "buried by weight" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2021", date(2021, 1, 1), date(2021, 12, 31)),
        ("2018-03-23", date(2018, 3, 23), date(2018, 3, 23)),
        ("2020-02", date(2020, 2, 1), date(2020, 2, 29)),
        ("19 February 2026", date(2026, 2, 19), date(2026, 2, 19)),
        ("after 2020", date(2021, 1, 1), date.max),
    ],
)
def test_loose_dates_are_read_as_ranges(text: str, first: date, last: date) -> None:
    assert date_range(text) == (first, last)


def _dated(when: str) -> Any:
    def edit(data: dict[str, Any]) -> None:
        data["stages"][0]["as_of"] = when

    return edit


def test_strict_warns_when_a_stage_cites_a_later_source(
    tmp_path: Path, corpus: Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = edited_pack(tmp_path / "pack", corpus, _dated("2017-06"))
    assert not plain.problems  # an advisory check: only `validate --strict` asks for it
    pack = load_pack(plain.directory, corpus, strict=True)
    warnings = [p for p in pack.problems if "dated 2017-06" in p.message]
    assert all(p.severity == "warning" and p.path.startswith("stages[0].") for p in warnings)
    # One warning per later source: the 2018 letter, the FOD page ("after 2020") and KUNO 2026.
    by_source = {label: p for p in warnings for label in ("Kamerbrief", "KUNO", "FOD") if label in p.message}
    assert len(warnings) == 3 == len(by_source), [p.message for p in warnings]
    letter = by_source["Kamerbrief"]
    assert "dated 2018-03-23" in letter.message and "`critical-assets`" in letter.message
    assert "3 uses" in letter.message  # the context, an argument and a trade-off
    # Located at the first use: the link inside the context, on its own line of the file.
    text = (pack.directory / "belgian-presence.yaml").read_text(encoding="utf-8").splitlines()
    assert letter.path == "stages[0].context" and "cite:critical-assets)" in text[letter.line - 1]
    assert main(["validate", str(pack.directory)]) == 0
    assert "is dated" not in capsys.readouterr().out
    assert main(["validate", "--strict", str(pack.directory)]) == 1
    out = capsys.readouterr().out
    assert "belgian-presence.yaml:" in out and "warning: stage `the-offer` is dated 2017-06" in out


def test_no_date_warning_when_the_source_may_be_older(tmp_path: Path, corpus: Corpus) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, _dated("2026-03"))
    assert not load_pack(pack.directory, corpus, strict=True).problems


def test_a_later_source_cited_only_in_afterwards_is_fine(tmp_path: Path, corpus: Corpus) -> None:
    def edit(data: dict[str, Any]) -> None:
        stage = data["stages"][0]
        stage["as_of"] = "2018-06"
        stage["context"] = "Belgium's foreign ministry is frank: [the army is too small](cite:small-army)."
        stage["afterwards"] = "Later, [budgets came under pressure](cite:budget-cuts)."
        for choice in stage["choices"]:
            choice.pop("arguments_for", None)
            choice.pop("arguments_against", None)
            for tradeoff in choice["tradeoffs"]:
                if tradeoff.get("citations"):
                    tradeoff["citations"] = ["critical-assets"]
        data["facilitator_notes"] = (
            "Point at [the ministry's own words](cite:civilian-means) and [this](cite:command-liaison)."
        )

    pack = load_pack(edited_pack(tmp_path / "pack", corpus, edit).directory, corpus, strict=True)
    assert not pack.errors, pack.errors
    # FOD's "after 2020" page is cited in the context: warned; KUNO 2026, only afterwards: not.
    dated = [p for p in pack.problems if "is dated" in p.message]
    assert len(dated) == 1 and "dated after 2020" in dated[0].message
    assert "KUNO" not in dated[0].message


def test_the_room_sees_afterwards_only_after_the_final_reveal(tmp_path: Path, corpus: Corpus) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, with_time_and_reasoning)
    session = new_session(two_group_plan(pack, corpus, items=1))
    seen_after_reveal = False
    for name, action in full_run(session):
        action(session)
        view = room_view(session)
        shown = AFTERWARDS in json.dumps(view, default=lambda o: o.__dict__)
        record = session.record()
        revealed = record is not None and record.second_revealed and view.results is not None
        if shown:
            assert revealed, f"hindsight shown at {name} ({view.kind})"
            seen_after_reveal = True
        elif revealed:
            assert view.kind == "blank", name
    assert seen_after_reveal


def _about(**times: str) -> Any:
    """Set ``about`` on evidence entries, by citation id (underscores for hyphens)."""

    def edit(data: dict[str, Any]) -> None:
        for key, when in times.items():
            data["evidence"][key.replace("_", "-")]["about"] = when

    return edit


def _date_problems(pack: LoadedPack, source_label: str) -> list[Any]:
    return [p for p in pack.problems if "is dated" in p.message and source_label in p.message]


def test_about_at_or_before_the_stage_lets_a_later_source_be_cited(tmp_path: Path, corpus: Corpus) -> None:
    plain = edited_pack(tmp_path / "pack", corpus, _dated("2017-06"), _about(critical_assets="2017"))
    assert not plain.problems
    pack = load_pack(plain.directory, corpus, strict=True)
    # The 2018 letter is cited only through `critical-assets`, which now describes 2017: no warning;
    # the FOD page and KUNO 2026 are still cited as present fact and still warned about.
    assert _date_problems(pack, "Kamerbrief") == []
    assert len(_date_problems(pack, "FOD")) == 1 and len(_date_problems(pack, "KUNO")) == 1


def test_about_after_the_stage_still_warns_and_says_why(tmp_path: Path, corpus: Corpus) -> None:
    plain = edited_pack(tmp_path / "pack", corpus, _dated("2017-06"), _about(critical_assets="2017-09"))
    pack = load_pack(plain.directory, corpus, strict=True)
    [letter] = _date_problems(pack, "Kamerbrief")
    assert letter.severity == "warning"
    assert "`critical-assets` (about 2017-09) describes a later time" in letter.message
    assert "`about: YYYY`" in letter.message and "`afterwards`" in letter.message


def test_every_later_source_marked_about_passes_strict_validation(
    tmp_path: Path, corpus: Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = edited_pack(tmp_path / "pack", corpus, _dated("2017-06"))
    later = {
        cid
        for cid, c in plain.scenarios[0].evidence.items()
        if c.source in {"kamerbrief-2018", "fod-bz-vredesoperaties", "kuno-2026"}
    }
    times = {cid.replace("-", "_"): "2017" for cid in later}
    pack = edited_pack(tmp_path / "marked", corpus, _dated("2017-06"), _about(**times))
    assert not load_pack(pack.directory, corpus, strict=True).problems
    assert main(["validate", "--strict", str(pack.directory)]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().err


def test_about_later_than_its_own_source_is_an_error_in_any_mode(tmp_path: Path, corpus: Corpus) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, _about(critical_assets="2019-01"))
    [error] = pack.errors
    assert error.path == "evidence.critical-assets.about"
    assert "later than the source itself" in error.message and "dated 2018-03-23" in error.message
    text = (pack.directory / "belgian-presence.yaml").read_text(encoding="utf-8").splitlines()
    assert "about:" in text[error.line - 1]
    assert not pack.scenarios  # the scenario with an error is not loaded


def test_about_is_written_like_as_of(tmp_path: Path, corpus: Corpus) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, _about(critical_assets="March 2017"))
    [error] = pack.errors
    assert error.path == "evidence[critical-assets].about" and "YYYY, YYYY-MM or YYYY-MM-DD" in error.message
    text = (pack.directory / "belgian-presence.yaml").read_text(encoding="utf-8").splitlines()
    assert "about: March 2017" in text[error.line - 1]
    schema = json.dumps(scenario_schema())
    assert "The time this passage describes" in schema


def _replayed(as_of: str, analysis_as_of: str) -> Any:
    def edit(data: dict[str, Any]) -> None:
        data["stages"][0]["as_of"] = as_of
        data["stages"][0]["analysis_as_of"] = analysis_as_of

    return edit


def test_a_replayed_stage_may_cite_analyses_up_to_its_analysis_date(tmp_path: Path, corpus: Corpus) -> None:
    plain = edited_pack(tmp_path / "pack", corpus, _replayed("2017-06", "2021"))
    assert not plain.problems
    pack = load_pack(plain.directory, corpus, strict=True)
    # The 2018 letter and the FOD page ("after 2020") fall within the replay; KUNO 2026 does not.
    assert _date_problems(pack, "Kamerbrief") == [] and _date_problems(pack, "FOD") == []
    [kuno] = _date_problems(pack, "KUNO")
    assert kuno.severity == "warning" and "dated 2017-06" in kuno.message


def test_analysis_date_must_come_after_the_decision(tmp_path: Path, corpus: Corpus) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, _replayed("2021", "2018"))
    [error] = pack.errors
    assert error.path == "stages[0].analysis_as_of" and "must come after the stage's `as_of`" in error.message
    text = (pack.directory / "belgian-presence.yaml").read_text(encoding="utf-8").splitlines()
    assert "analysis_as_of:" in text[error.line - 1]
    assert not pack.scenarios


def test_the_room_is_told_a_stage_is_a_replay_on_its_first_context_screen(
    tmp_path: Path, corpus: Corpus
) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, _replayed("2017-06", "2021"))
    session = new_session(two_group_plan(pack, corpus, items=1))
    seen = []
    for name, action in full_run(session):
        action(session)
        view = room_view(session)
        if view.analysis_as_of:
            seen.append((name, view.kind, session.page, view.as_of))
    assert seen and all(kind == "context" and page == 0 for _, kind, page, _ in seen), seen
    assert {as_of for *_, as_of in seen} == {"2017-06"}
