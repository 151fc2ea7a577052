"""The exports print an inference's reasoning, and hindsight only where a choice was made."""

from __future__ import annotations

from pathlib import Path

from explorer.core.evidence.corpus import Corpus
from explorer.core.reflection.journal import Journal, JournalEntry
from explorer.core.report import build_report, to_html, to_markdown
from explorer.core.workshop import debrief_render
from explorer.core.workshop.session import new_session
from tests.core.workshop_helpers import full_run, two_group_plan
from tests.pack_edits import AFTERWARDS, REASONING, edited_pack, with_time_and_reasoning


def _journal(tmp_path: Path, choice: str | None) -> Journal:
    journal = Journal(tmp_path / "j.journal.json", "Reader")
    journal.put(JournalEntry("belgian-presence", "the-offer", choice=choice, rationale="Because."))
    return journal


def test_the_journal_export_prints_the_reasoning_and_afterwards_after_a_choice(
    tmp_path: Path, corpus: Corpus
) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, with_time_and_reasoning)
    report = build_report(_journal(tmp_path, "qualitative-presence"), pack, corpus)
    markdown, page = to_markdown(report), to_html(report)
    assert f"*Reasoning:* {REASONING}" in markdown
    assert f"<i>Reasoning:</i> {REASONING}" in page
    assert "### What happened afterwards (after 2021)" in markdown and AFTERWARDS in markdown
    assert "<h3>What happened afterwards (after 2021)</h3>" in page and AFTERWARDS in page


def test_no_hindsight_in_the_export_of_an_entry_without_a_choice(tmp_path: Path, corpus: Corpus) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, with_time_and_reasoning)
    report = build_report(_journal(tmp_path, None), pack, corpus)
    assert AFTERWARDS not in to_markdown(report) and AFTERWARDS not in to_html(report)


def test_the_debrief_prints_each_choices_evidence_and_afterwards(tmp_path: Path, corpus: Corpus) -> None:
    pack = edited_pack(tmp_path / "pack", corpus, with_time_and_reasoning)
    session = new_session(two_group_plan(pack, corpus, items=1))
    for _name, action in full_run(session):
        action(session)
    markdown, page = debrief_render.to_markdown(session, now=0), debrief_render.to_html(session, now=0)
    assert "### Trade-offs and their evidence" in markdown
    assert f"Reasoning: {REASONING}" in markdown and f"Reasoning: {REASONING}" in page
    assert "(+1, ◐ inferred): Small staff contributions" in markdown
    assert "### What happened afterwards (after 2021)" in markdown and AFTERWARDS in page
