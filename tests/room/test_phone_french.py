"""The phone page on small phones with the bundled pack in French, read in French and in Dutch.

A room of French- and Dutch-speaking participants: the session is set up from the
French pack (its labels and arguments run longer than the English), and each phone
shows the page's own words in its own language. Checked in headless chromium at
320 px (the narrowest phones) and 390 px, as a person goes through it: joining,
voting, arguing, the results.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.pack.pack_translation import in_language
from explorer.core.workshop.ballots import enable_room, format_token
from explorer.core.workshop.files import save_session
from explorer.core.workshop.plan import Plan, agenda_item, new_plan
from explorer.core.workshop.roles import load_roles, roles_in
from explorer.core.workshop.session import Step, WorkshopSession, new_session
from explorer.room.host import AutosaveHost
from tests.room.chromium import CHROMIUM, Chromium

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="needs Debian's chromium (dev.sh installs it for the checks)"
    ),
]

#: The stages whose French choice labels are the longest of the bundled pack's workshop items.
AGENDA = [("minusma-campaign", "the-drawdown"), ("stabilisation-whatever-values", "where-the-effort-goes")]

#: Nothing wider than the screen: any horizontal scroll on a phone is a bug.
NO_SIDEWAYS_SCROLL = "document.scrollingElement.scrollWidth <= innerWidth"


@dataclass
class FrenchRoom:
    host: AutosaveHost
    url: str
    plan: Plan

    def choices(self, item: int) -> list[tuple[str, str]]:
        return [(c.id, c.label) for c in self.plan.agenda[item].card.choices]


@pytest.fixture
def french_room(bundled_pack: LoadedPack, corpus: Corpus, tmp_path: Path) -> Iterator[FrenchRoom]:
    """The two items set up from the French pack, with French roles; room voting on, at the lobby."""
    pack = in_language(bundled_pack, "fr")
    roles = roles_in(load_roles(corpus), "fr")
    role_ids = [role.id for role in roles.roles]
    plan = new_plan(
        "Séminaire « opérations de paix »",
        [agenda_item(pack, corpus, scenario, stage) for scenario, stage in AGENDA],
        [(f"Table {n + 1}", role_ids[n], None) for n in range(4)],
        corpus,
        roles,
        "fr",
    )
    session = new_session(plan)
    token = enable_room(session)
    path = tmp_path / "fr.workshop.json"
    save_session(path, session)
    host = AutosaveHost.open(path, poll=5.0)
    address = host.server.start("127.0.0.1", 0)
    yield FrenchRoom(host, f"http://{address[0]}:{address[1]}/{format_token(token)}", plan)
    host.stop()


def to_discussion(session: WorkshopSession, item: int) -> None:
    """The discussion of ``item``, every group's first vote typed in by hand."""
    session.go_to(Step.FIRST_VOTE, item)
    first = session.plan.agenda[item].card.choices[0].id
    for group in session.plan.groups:
        session.set_votes(1, group.id, {first: 1})
    session.go_to(Step.DISCUSSION, item)


def join(browser: Chromium, room: FrenchRoom, group: str = "g1") -> None:
    browser.open(room.url)
    browser.tap(f'[data-key="group-{group}"]')
    browser.wait_for("document.querySelector('.link')")  # "Change group": joined


@pytest.mark.parametrize("item", [0, 1])
def test_the_choice_an_argument_is_about_reads_whole_at_320_pixels(
    french_room: FrenchRoom, item: int
) -> None:
    # The page once offered them in a <select>: closed, it shows one line, so at 320 px
    # "A. Passer le relais à l'équip" was all a participant saw of the choice they argued about.
    french_room.host.perform(lambda s: to_discussion(s, item))
    with Chromium(320, 640, language="fr") as browser:
        join(browser, french_room)
        browser.wait_for("document.querySelector('#argue-text')")
        for choice_id, label in french_room.choices(item):
            key = json.dumps(f'[data-key="argue-choice-{choice_id}"]')
            shown = browser.evaluate(
                f"(() => {{ const e = document.querySelector({key}); if (!e) return null;"
                " return {text: e.innerText, whole: e.scrollWidth <= e.clientWidth,"
                " right: e.getBoundingClientRect().right, height: e.getBoundingClientRect().height}; })()"
            )
            assert shown is not None, f"no card to pick {choice_id!r} for an argument"
            assert " ".join(label.split()) in " ".join(shown["text"].split())
            assert shown["whole"] and shown["right"] <= 320 and shown["height"] >= 44, shown
        last_id = french_room.choices(item)[-1][0]
        browser.tap(f'[data-key="argue-choice-{last_id}"]')
        browser.wait_for(
            f"document.querySelector('[data-key=\"argue-choice-{last_id}\"]').ariaChecked === 'true'"
        )
        assert browser.evaluate(NO_SIDEWAYS_SCROLL)
        browser.tap('[data-key="argue-for"]')
        browser.tap("#argue-text")
        browser.call("Input.insertText", text="Un départ ordonné vaut mieux qu’un « retrait sec »")
        browser.tap('[data-key="argue-send"]')
        browser.wait_for("document.body.innerText.includes('Envoyé (1 sur 5)')")
    sent = french_room.host.autosave.session.items[item].arguments
    assert [(a.choice, a.stance, a.text) for a in sent] == [
        (last_id, "for", "Un départ ordonné vaut mieux qu’un « retrait sec »")
    ]


CONTRAST = """(() => {
  const lum = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(x => x / 255)
      .map(x => x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const page = getComputedStyle(document.body).backgroundColor;
  return [...document.querySelectorAll('.option:not([aria-pressed=true]):not([aria-checked=true]), input')]
    .map(e => { const s = getComputedStyle(e);
      return Math.min(ratio(s.borderTopColor, page), ratio(s.borderTopColor, s.backgroundColor)); });
})()"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_edge_of_every_control_stands_out_three_to_one(french_room: FrenchRoom, scheme: str) -> None:
    # A card to tap and the text field are drawn by their border alone (the card is almost the
    # page's colour): WCAG 1.4.11 asks 3:1 for it; the pale rule colour they had gave 1.6:1.
    french_room.host.perform(lambda s: to_discussion(s, 0))
    with Chromium(390, 844, language="fr") as browser:
        browser.call(
            "Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": scheme}]
        )
        join(browser, french_room)
        browser.wait_for("document.querySelector('#argue-text')")
        ratios = browser.evaluate(CONTRAST)
        assert ratios and min(ratios) >= 3.0, ratios
