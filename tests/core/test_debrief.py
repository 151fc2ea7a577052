"""The debrief: agenda, votes before and after, shifts, passages shown, notes, bibliography."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.debrief import AcceptedArgument
from explorer.core.workshop.debrief_render import export_text, to_html, to_markdown
from explorer.core.workshop.plan import new_plan
from explorer.core.workshop.roles import load_roles
from explorer.core.workshop.session import Step, WorkshopSession, new_session
from tests.core.workshop_helpers import full_run, two_group_plan


@pytest.fixture(scope="module")
def finished(good_pack: LoadedPack, corpus: Corpus) -> WorkshopSession:
    session = new_session(two_group_plan(good_pack, corpus), now=0.0)
    for _name, action in full_run(session):
        action(session)
    session.set_notes("Ask the ministry people first next time.", item=-1)
    return session


def test_markdown_has_every_part(finished: WorkshopSession, corpus: Corpus) -> None:
    text = to_markdown(finished)
    assert text.startswith("# Debrief: Peace operations seminar\n")
    assert (
        "## Agenda" in text and "| 1 | Quality or quantity? — What to offer the UN | 20 min | 6 min |" in text
    )
    assert "| Table 1 | 98 | The host government |" in text
    # Votes before and after, with the change, for the room and per group.
    assert "| A. Keep a qualitative presence | 114 | 29 | -85 |" in text
    assert "| B. Send civilian experts | 57 | 142 | +85 |" in text
    assert "| Table 2 | A 73, B 0 | A 0, B 73 |" in text
    assert "Both rounds were revealed to the room." in text
    # Shifts: the room and each group, named with its role; a role of one group adds no row.
    assert "| Whole room | 85 | 86 | A → B: 85 |" in text
    assert "| Table 1 (The host government) | 12 | 86 | A → B: 12 |" in text
    assert "Role: The host government |" not in text
    # Passages shown, with their glosses; the facilitator's notes.
    assert "> De getalsterkte van ons leger is niet zo groot" in text
    assert "> *Translation (not in the source):* The numerical strength of our army" in text
    assert "Notes on item 1: the room hesitated." in text
    assert "## Session notes\n\nAsk the ministry people first next time." in text
    # The bibliography gives full references of every source used.
    bibliography = text.split("## Bibliography", 1)[1]
    for source_id in ("fod-bz-vredesoperaties", "kamerbrief-2018", "ballegeer-2021"):
        reference = corpus[source_id].metadata.reference()
        assert re.sub(r"([\\`*_\[\]<>|])", r"\\\1", reference) in bibliography


def test_the_summary_comes_first_and_the_role_briefs_last(finished: WorkshopSession) -> None:
    text = to_markdown(finished)
    summary, rest = text.split("\n---\n", 1)
    # Page 1: each question with its votes before and after, and the shift in words.
    assert "## 1. Quality or quantity? — What to offer the UN" in summary
    assert "| A. Keep a qualitative presence | 114 | 29 | -85 |" in summary
    assert "85 of 171 changed their choice between the votes and 86 kept it" in summary
    assert "the largest move was A → B (85)" in summary
    assert "Role:" not in summary and "Passages shown" not in summary and "?:" not in text
    # Then the discussion, then the roles' briefs in an appendix, then the bibliography.
    order = [rest.index(part) for part in ("## In detail: 1.", "## Agenda", "## Appendix: role briefs")]
    assert order == sorted(order)
    assert rest.index("### Role: The host government") > rest.index("## Appendix: role briefs")
    assert rest.index("## Bibliography") > rest.index("### Role: The host government")


def test_accepted_arguments_are_on_page_one(finished: WorkshopSession) -> None:
    arguments = {
        0: [
            AcceptedArgument("qualitative-presence", "for", "Quality keeps our voice in New York."),
            AcceptedArgument("civilian-experts", "against", "Experts need protection too."),
        ]
    }
    summary = to_markdown(finished, arguments=arguments).split("\n---\n", 1)[0]
    assert "### Arguments the room accepted" in summary
    assert "- For A. Keep a qualitative presence: Quality keeps our voice in New York." in summary
    assert "- Against B. Send civilian experts: Experts need protection too." in summary
    assert "Arguments the room accepted" not in to_markdown(finished)  # none captured: no heading
    page = to_html(finished, arguments=arguments)
    assert page.index("Experts need protection too.") < page.index("page-break-before")


def test_a_role_shared_by_groups_gets_its_own_shift_row(good_pack: LoadedPack, corpus: Corpus) -> None:
    plan = two_group_plan(good_pack, corpus, items=1)
    groups = [("Table 1", "host-government", 4), ("Table 2", "host-government", 4), ("Table 3", None, 4)]
    session = new_session(new_plan(plan.title, plan.agenda, groups, corpus, load_roles(corpus)), now=0.0)
    session.go_to(Step.FIRST_VOTE, 0)
    for group in ("g1", "g2", "g3"):
        session.set_votes(1, group, {"qualitative-presence": 4})
    session.next()
    session.next()
    for group in ("g1", "g2", "g3"):
        session.set_votes(2, group, {"qualitative-presence": 2, "civilian-experts": 2})
    text = to_markdown(session)
    assert "| Role: The host government (Table 1, Table 2) | 4 | 4 | A → B: 4 |" in text
    assert "| Table 1 (The host government) | 2 | 2 | A → B: 2 |" in text
    assert text.count("| Table 3 | 2 | 2 |") == 1


def test_only_passages_actually_shown_are_listed(good_pack: LoadedPack, corpus: Corpus) -> None:
    session = new_session(two_group_plan(good_pack, corpus), now=0.0)
    session.go_to(Step.EVIDENCE, 0, 1, now=10)
    text = to_markdown(session, now=70)
    shown = text.split("### Passages shown", 1)[1]
    assert "Door commando-, waarnemings- en liaisontaken" in shown
    assert "De getalsterkte" not in shown
    assert "| 1 min |" in text and "not reached" in text
    assert "No votes were entered." in text and "Not reached in the session." in text


def test_unrevealed_rounds_are_marked(good_pack: LoadedPack, corpus: Corpus) -> None:
    session = new_session(two_group_plan(good_pack, corpus), now=0.0)
    for _name, action in full_run(session):
        if _name == "reveal-1":
            continue
        if _name == "reveal-2":
            break
        action(session)
    assert "The votes were not revealed to the room." in to_markdown(session)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_escaped_and_matches_the_markdown(good_pack: LoadedPack, corpus: Corpus) -> None:
    plan = two_group_plan(good_pack, corpus, items=1)
    groups = [("<script>alert(1)</script>", None, None), ("Pipes | and *stars*", None, 3)]
    plan = new_plan(plan.title, plan.agenda, groups, corpus)
    session = new_session(plan, now=0.0)
    page = to_html(session)
    parser = _Text()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "<script>alert(1)</script>" in "".join(parser.text)
    assert "Pipes \\| and \\*stars\\*" in to_markdown(session)
    assert parser.tags.count("h2") == to_markdown(session).count("\n## ")
    assert export_text(session, "html") == page
    with pytest.raises(ValueError, match="unknown debrief format"):
        export_text(session, "docx")
