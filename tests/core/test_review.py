"""Claim review: verdicts keyed by what they judged, stale after an edit, kept in one file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from explorer.cli import main
from explorer.core.evidence.corpus import Corpus
from explorer.core.evidence.review import (
    ItemKind,
    ReviewFileError,
    ReviewState,
    Verdict,
    load_review,
    record_verdicts,
    review_items,
    review_path,
)
from explorer.core.evidence.review_report import summarize_review
from explorer.core.pack.loader import LoadedPack
from tests.pack_edits import edited_pack, with_time_and_reasoning, write_scenario

TRADEOFF = "belgian-presence/the-offer/qualitative-presence/tradeoffs[0]"


def _first_tradeoff(data: dict[str, Any]) -> dict[str, Any]:
    tradeoff: dict[str, Any] = data["stages"][0]["choices"][0]["tradeoffs"][0]
    return tradeoff


def _evidence(data: dict[str, Any], citation_id: str) -> dict[str, Any]:
    citation: dict[str, Any] = data["evidence"][citation_id]
    return citation


def _reviewed_pack(tmp_path: Path, corpus: Corpus) -> LoadedPack:
    pack = edited_pack(tmp_path / "pack", corpus, with_time_and_reasoning)
    assert not pack.errors
    recorded = record_verdicts(
        pack,
        {item.location.key: Verdict.CONFIRMED for item in review_items(pack.scenarios)},
        "A. Reviewer",
        when="2026-12-01",
    )
    assert recorded == len(list(review_items(pack.scenarios)))
    return pack


def _state_after(tmp_path: Path, corpus: Corpus, edit: Any) -> ReviewState:
    pack = _reviewed_pack(tmp_path, corpus)
    write_scenario(pack.directory, with_time_and_reasoning, edit)
    from explorer.core.pack.loader import load_pack

    edited = load_pack(pack.directory, corpus)
    assert not edited.errors, edited.errors
    item = next(i for i in review_items(edited.scenarios) if i.location.key == TRADEOFF)
    state, record = load_review(pack.directory).lookup(item)
    if state is ReviewState.STALE:
        assert record is not None and record.location.key == TRADEOFF  # told from unreviewed
    return state


def test_unedited_items_stay_reviewed(tmp_path: Path, corpus: Corpus) -> None:
    assert _state_after(tmp_path, corpus, lambda data: None) is ReviewState.REVIEWED


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(
            lambda d: _first_tradeoff(d).update(claim="Small contributions spare nobody."), id="claim"
        ),
        pytest.param(lambda d: _first_tradeoff(d).update(evidence="stated"), id="status"),
        pytest.param(lambda d: _first_tradeoff(d).update(reasoning="Another step."), id="reasoning"),
        pytest.param(
            lambda d: _evidence(d, "small-army").update(
                quote="De getalsterkte van ons leger is niet zo groot",
            ),
            id="quote",
        ),
        pytest.param(
            lambda d: _evidence(d, "small-army").update(gloss="Our army is small."),
            id="gloss",
        ),
        pytest.param(lambda d: _first_tradeoff(d).update(effect=2), id="effect"),
    ],
)
def test_an_edit_makes_the_review_stale(tmp_path: Path, corpus: Corpus, edit: Any) -> None:
    assert _state_after(tmp_path, corpus, edit) is ReviewState.STALE


def test_a_citation_id_renamed_or_whitespace_reflowed_is_not_an_edit(tmp_path: Path, corpus: Corpus) -> None:
    def rename(data: dict[str, Any]) -> None:
        data["evidence"]["army-size"] = data["evidence"].pop("small-army")
        text = (
            json.dumps(data)
            .replace('"small-army"', '"army-size"')
            .replace("cite:small-army", "cite:army-size")
        )
        data.clear()
        data.update(json.loads(text))
        _first_tradeoff(data)["claim"] = "Small staff  contributions spare\nthe army's limited numbers."

    assert _state_after(tmp_path, corpus, rename) is ReviewState.REVIEWED


def test_the_review_file_round_trips(tmp_path: Path, corpus: Corpus) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, with_time_and_reasoning)
    record_verdicts(
        pack,
        {
            TRADEOFF: ("should-be-inferred", "The passage says the army is small, not that it is spared."),
            "belgian-presence/qualitative-presence/arguments_against[0]": {"verdict": "unsupported"},
        },
        "B. Checker",
        when="2026-11-30",
    )
    review = load_review(pack.directory)
    assert [r.verdict for r in review.records] == [Verdict.SHOULD_BE_INFERRED, Verdict.UNSUPPORTED]
    first = review.records[0]
    assert first.reviewer == "B. Checker" and first.date == "2026-11-30"
    assert first.note.startswith("The passage says")
    assert first.location.dimension == "national-readiness"
    assert review.records[1].location.kind is ItemKind.ARGUMENT_AGAINST
    # Saved again unchanged: the same bytes (a stable file diffs well in version control).
    before = review_path(pack.directory).read_bytes()
    review.save()
    assert load_review(pack.directory).records == review.records
    assert json.loads(review_path(pack.directory).read_bytes()) == json.loads(before)


def test_unknown_locations_or_verdicts_record_nothing(tmp_path: Path, corpus: Corpus) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, with_time_and_reasoning)
    with pytest.raises(ValueError) as raised:
        record_verdicts(
            pack,
            {
                TRADEOFF: "confirmed",
                "belgian-presence/nope/tradeoffs[0]": "confirmed",
                "belgian-presence/qualitative-presence/un-influence": "great",
            },
            "C",
        )
    message = str(raised.value)
    assert "nope" in message and "'great'" in message
    assert not review_path(pack.directory).exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "claim-review", "version": 1, "records": [\n  {"item_hash": ', "truncated"),
        (b'{"format": "claim-review",\n "version": 1,, "records": []}', "line 2, column 15"),
        (b'{"format": "claim-review", "version": 1, "records": [{"item_hash": 3}]}', "records[0]"),
        (b'{"format": "journal", "version": 1}', "format"),
        (b'{"format": "claim-review", "version": 9, "records": []}', "newer version"),
    ],
    ids=["truncated", "malformed", "wrong-type", "other-kind", "newer"],
)
def test_a_damaged_review_file_is_a_clear_error(tmp_path: Path, content: bytes, expected: str) -> None:
    review_path(tmp_path).write_bytes(content)
    with pytest.raises(ReviewFileError) as raised:
        load_review(tmp_path)
    assert "review.json" in str(raised.value) and expected in str(raised.value)
    assert review_path(tmp_path).read_bytes() == content  # left alone


def test_the_review_report(tmp_path: Path, corpus: Corpus, capsys: pytest.CaptureFixture[str]) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, with_time_and_reasoning)
    items = list(review_items(pack.scenarios))
    tradeoffs = [i for i in items if i.location.kind is ItemKind.TRADEOFF]
    assert len(tradeoffs) == 4  # the assumptions are not reviewable
    verdicts: dict[str, Any] = {i.location.key: "confirmed" for i in items}
    verdicts[TRADEOFF] = ("unsupported", "Not in the passage.")
    record_verdicts(pack, verdicts, "D. Reader", when="2026-12-01")
    # One trade-off edited after its review: stale.
    write_scenario(
        pack.directory,
        with_time_and_reasoning,
        lambda d: d["stages"][0]["choices"][0]["tradeoffs"][2].update(claim="Visible everywhere."),
    )
    assert main(["report", "review", str(pack.directory), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tradeoffs"]["total"] == 4
    assert data["tradeoffs"]["reviewed"] == 3 and data["tradeoffs"]["stale"] == 1
    assert data["items"]["unreviewed"] == 0
    assert data["verdicts"]["unsupported"] == 1
    assert [f["location"] for f in data["open_findings"]] == [TRADEOFF]
    assert data["open_findings"][0]["note"] == "Not in the passage."
    assert data["stale"][0]["claim_reviewed"] == "Presence in many conflict areas keeps Belgium visible."
    assert main(["report", "review", str(pack.directory)]) == 0
    text = capsys.readouterr().out
    assert "Open findings (1)" in text and "Stale verdicts" in text and "75%" in text


def test_the_report_on_a_damaged_file_says_so(
    tmp_path: Path, corpus: Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = edited_pack(tmp_path / "pack", corpus)
    review_path(pack.directory).write_text("{", encoding="utf-8")
    assert main(["report", "review", str(pack.directory)]) == 2
    assert "review.json" in capsys.readouterr().err


def test_summary_of_an_unreviewed_pack(good_pack: LoadedPack) -> None:
    summary = summarize_review(load_review(Path("/nonexistent-dir")), list(review_items(good_pack.scenarios)))
    assert summary.all.unreviewed == summary.all.total > 0 and not summary.findings


def test_a_quote_in_its_context(corpus: Corpus, good_pack: LoadedPack) -> None:
    from explorer.core.evidence.context import in_context

    anchor = good_pack.anchors[("belgian-presence", "small-army")]
    passage = in_context(corpus["fod-bz-vredesoperaties"], anchor)
    assert passage.quote.startswith("De getalsterkte van ons leger")
    edition = corpus["fod-bz-vredesoperaties"].edition.text
    # The context is the edition's own words around the quote, within its paragraph.
    around = " ".join(f"{passage.before}{passage.quote}{passage.after}".split())
    assert around in " ".join(edition.split())
    assert passage.before or passage.after
    assert passage.after.count(". ") <= 2


def test_locations_by_dimension_or_without_the_stage(tmp_path: Path, corpus: Corpus) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, with_time_and_reasoning)
    record_verdicts(
        pack,
        {
            "belgian-presence/qualitative-presence/un-influence": "confirmed",
            "belgian-presence/civilian-experts/tradeoffs[1]": "gloss-problem",
        },
        "E",
    )
    keys = {r.location.key: r.verdict for r in load_review(pack.directory).records}
    assert keys == {
        "belgian-presence/the-offer/qualitative-presence/tradeoffs[2]": Verdict.CONFIRMED,
        "belgian-presence/the-offer/civilian-experts/tradeoffs[1]": Verdict.GLOSS_PROBLEM,
    }
