"""Workshop roles: drawn from actors in the documents, every brief cited like the pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.workshop.plan import cited_ids
from explorer.core.workshop.roles import load_roles


def test_every_role_quote_resolves_and_every_dutch_quote_is_glossed(corpus: Corpus) -> None:
    roles = load_roles(corpus)
    assert roles.problems == []
    assert len(roles.roles) >= 4
    for role in roles.roles:
        assert len(role.evidence) >= 2, role.id
        for citation_id, citation in role.evidence.items():
            anchor = roles.anchors[(role.id, citation_id)]
            document = corpus[citation.source]
            assert anchor.end > anchor.start
            found = "".join(document.original[anchor.start : anchor.end].split())
            assert found == "".join(citation.quote.split())
            if anchor.lang != "en":
                assert citation.gloss.strip(), f"{role.id}.{citation_id} needs an English gloss"
        assert set(cited_ids(role.brief)) == set(role.evidence), role.id


def test_the_roles_named_in_the_issue_are_there(corpus: Corpus) -> None:
    ids = load_roles(corpus).ids()
    for wanted in ("troop-contributor", "un-secretariat", "humanitarian-organisation", "host-government"):
        assert wanted in ids
    # Issue 13: voices the documents give that the first roles missed.
    for wanted in (
        "permanent-member",
        "counterterrorism-force",
        "community-leader",
        "belgian-foreign-ministry",
    ):
        assert wanted in ids


@pytest.mark.parametrize("part", ["**Your goals.**", "**Your red lines.**", "**What you know.**"])
def test_every_role_states_its_goals_red_lines_and_knowledge_with_a_citation(
    corpus: Corpus, part: str
) -> None:
    for role in load_roles(corpus).roles:
        assert part in role.brief, role.id
        section = role.brief.split(part, 1)[1].split("**", 1)[0]
        assert cited_ids(section), f"{role.id}: {part} cites nothing"


BROKEN = """
roles:
  - id: fine
    name: A fine role
    actor: Someone in a document
    brief: See [the shortage](cite:shortage).
    evidence:
      shortage:
        source: kamerbrief-2018
        quote: kampt de VN met een tekort aan goed getrainde troepen
        gloss: the UN suffers from a shortage of well-trained troops
  - id: no-gloss
    name: No gloss
    actor: Someone
    brief: See [this](cite:dutch).
    evidence:
      dutch:
        source: kamerbrief-2018
        quote: Het budget van VN-vredesoperaties staat onder druk
  - id: made-up
    name: Made up
    actor: Someone
    brief: See [this](cite:invented) and [that](cite:missing).
    evidence:
      invented:
        source: kuno-2026
        quote: Peacekeeping has never been better funded than today.
      unused:
        source: nowhere
        quote: anything
  - id: fine
    name: Twice
    actor: Someone
    brief: Again.
    evidence: {}
"""


@pytest.mark.parametrize(
    "message",
    [
        "roles.no-gloss.evidence.dutch: the quote is in nl; add an English `gloss`",
        "roles.made-up.evidence.invented: the quote is not in kuno-2026",
        "roles.made-up.brief: cites `missing`, which is not in its evidence",
        "roles.made-up.evidence.unused: unknown source `nowhere`",
        "roles.made-up.evidence.unused: never cited in the brief",
        "roles.fine: duplicate role id",
    ],
)
def test_broken_roles_are_reported_and_left_out(corpus: Corpus, tmp_path: Path, message: str) -> None:
    path = tmp_path / "roles.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    roles = load_roles(corpus, path)
    assert roles.ids() == ["fine"]
    assert any(problem.startswith(message) for problem in roles.problems), roles.problems


def test_unreadable_roles_file_is_a_problem_not_a_crash(corpus: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "roles.yaml"
    path.write_text("roles: [ {id: x", encoding="utf-8")
    assert load_roles(corpus, path).roles == [] and load_roles(corpus, path).problems
    assert "cannot read" in load_roles(corpus, tmp_path / "absent.yaml").problems[0]
    with pytest.raises(KeyError):
        load_roles(corpus, path).role("x")
