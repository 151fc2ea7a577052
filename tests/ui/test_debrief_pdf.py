"""The debrief as a printed handout: read back from the PDF with ``pdftotext``, page by page."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.plan import agenda_item, new_plan
from explorer.core.workshop.roles import load_roles
from explorer.core.workshop.session import Step, WorkshopSession, new_session
from explorer.ui.workshop.debrief_export import write_debrief

GROUPS = 24


def big_room(pack: LoadedPack, corpus: Corpus) -> WorkshopSession:
    """Many groups with long names (so that their table rows wrap), each with a role, all voted."""
    roles = load_roles(corpus)
    ids = roles.ids()
    item = agenda_item(pack, corpus, "troops-or-enablers", minutes=60, discussion_minutes=10)
    groups = [
        (f"Alpha{n} table of regional desk officers Omega{n}", ids[n % len(ids)], 6) for n in range(GROUPS)
    ]
    session = new_session(new_plan("Troops or enablers?", [item], groups, corpus, roles), now=0.0)
    order = item.card.choice_ids()
    session.go_to(Step.FIRST_VOTE, 0, now=60.0)
    for n, group in enumerate(session.plan.groups):
        session.set_votes(1, group.id, {order[n % 4]: 4, order[(n + 1) % 4]: 2})
    session.next(now=120.0)
    session.next(now=720.0)
    for n, group in enumerate(session.plan.groups):
        session.set_votes(2, group.id, {order[(n + 1) % 4]: 3, order[(n + 2) % 4]: 1, order[(n + 3) % 4]: 2})
    session.next(now=780.0)
    session.reveal(now=790.0)
    session.end(now=800.0)
    return session


def pdf_pages(path: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    # NFKC: the PDF's text uses ligatures ("ﬀ") where the words have two letters.
    return [
        unicodedata.normalize(
            "NFKC",
            subprocess.run(
                ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout,
        )
        for page in range(1, count + 1)
    ]


@pytest.fixture(scope="module")
def pages(qapp, bundled_pack: LoadedPack, corpus: Corpus, tmp_path_factory) -> list[str]:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("debrief") / "debrief.pdf"
    write_debrief(big_room(bundled_pack, corpus), "pdf", path)
    return pdf_pages(path)


def test_page_one_summarises_the_question_the_votes_and_the_shift(pages: list[str]) -> None:
    first = " ".join(pages[0].split())
    assert "Debrief: Troops or enablers?" in first
    assert "What should the Netherlands offer the UN this time?" in first
    assert "First vote" in first and "Second vote" in first and "Change" in first
    assert "changed their choice between the votes" in first
    assert "Role:" not in first and "Alpha1 " not in first  # no briefs, no group tables yet
    briefs = [n for n, text in enumerate(pages) if "Appendix: role briefs" in text]
    assert briefs and all("Bibliography" not in text for text in pages[: briefs[0]])
    assert "Bibliography" in " ".join(pages[briefs[0] :])


def test_titles_and_headers_are_never_broken_badly(pages: list[str]) -> None:
    text = " ".join("\n".join(pages).split())
    assert "Troops or enablers? — The UN asks again" in text and "?:" not in text
    for header in ("Discussion", "Time spent", "Second vote", "Stayed"):
        assert header in text
    assert not re.search(r"Discussio\s+n\b", text)


def test_table_rows_are_kept_whole_across_pages(pages: list[str]) -> None:
    # Each group's name opens with Alpha<n> and ends with Omega<n>: a row cut by a page
    # break leaves them on different pages.
    for number, text in enumerate(pages, start=1):
        for n in range(GROUPS):
            starts = len(re.findall(rf"\bAlpha{n}\b", text))
            ends = len(re.findall(rf"\bOmega{n}\b", text))
            assert starts == ends, f"page {number}: a row of Alpha{n} is cut"
    # The shift table did run over several pages, its header repeated on each.
    assert sum(1 for text in pages if "From → to" in text) >= 2
