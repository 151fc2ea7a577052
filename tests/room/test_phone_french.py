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

#: "Overbruggingsfinanciering" and "Een beschermingsondergrens afschermen": words wider than a
#: choice card's text column at 320 px.
DUTCH_AGENDA = [("withdrawal-gaps", "the-drawdown"), ("shrinking-budgets", "the-cuts")]

#: Nothing wider than a 320 px screen: any horizontal scroll on a phone is a bug. (Not against
#: ``innerWidth``: an emulated phone widens its layout viewport to fit what overflows.)
NO_SIDEWAYS_SCROLL = "document.scrollingElement.scrollWidth <= 320 && innerWidth === 320"


@dataclass
class FrenchRoom:
    host: AutosaveHost
    url: str
    plan: Plan

    def choices(self, item: int) -> list[tuple[str, str]]:
        return [(c.id, c.label) for c in self.plan.agenda[item].card.choices]


def serve(
    pack: LoadedPack, corpus: Corpus, folder: Path, language: str, agenda: list[tuple[str, str]]
) -> FrenchRoom:
    """``agenda`` set up from the pack in ``language``, with its roles; room voting on, at the lobby."""
    shown = in_language(pack, language)
    roles = roles_in(load_roles(corpus), language)
    role_ids = [role.id for role in roles.roles]
    plan = new_plan(
        "Séminaire « opérations de paix »",
        [agenda_item(shown, corpus, scenario, stage) for scenario, stage in agenda],
        [(f"Table {n + 1}", role_ids[n], None) for n in range(4)],
        corpus,
        roles,
        language,
    )
    session = new_session(plan)
    token = enable_room(session)
    path = folder / f"{language}.workshop.json"
    save_session(path, session)
    host = AutosaveHost.open(path, poll=5.0)
    address = host.server.start("127.0.0.1", 0)
    return FrenchRoom(host, f"http://{address[0]}:{address[1]}/{format_token(token)}", plan)


@pytest.fixture
def french_room(bundled_pack: LoadedPack, corpus: Corpus, tmp_path: Path) -> Iterator[FrenchRoom]:
    """The two items set up from the French pack, with French roles."""
    room = serve(bundled_pack, corpus, tmp_path, "fr", AGENDA)
    yield room
    room.host.stop()


@pytest.fixture
def dutch_room(bundled_pack: LoadedPack, corpus: Corpus, tmp_path: Path) -> Iterator[FrenchRoom]:
    """Stages whose Dutch choices hold the pack's longest words, set up from the Dutch pack."""
    room = serve(bundled_pack, corpus, tmp_path, "nl", DUTCH_AGENDA)
    yield room
    room.host.stop()


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


@pytest.mark.parametrize("item", [0, 1])
def test_a_word_longer_than_the_card_breaks_instead_of_pushing_the_page_sideways(
    dutch_room: FrenchRoom, item: int, tmp_path: Path
) -> None:
    # The page once scrolled sideways at 320 px (340 px wide): a flex item does not shrink below
    # its longest word, and "Overbruggingsfinanciering" beside its letter is wider than the card.
    dutch_room.host.perform(lambda s: s.go_to(Step.FIRST_VOTE, item))
    first, last = dutch_room.choices(item)[0][0], dutch_room.choices(item)[-1][0]
    with Chromium(320, 640, language="nl") as browser:
        join(browser, dutch_room)
        browser.wait_for(f"document.querySelector('[data-key=\"choice-{first}\"]')")
        assert browser.evaluate(NO_SIDEWAYS_SCROLL), browser.evaluate("document.scrollingElement.scrollWidth")
        browser.tap(f'[data-key="choice-{first}"]')
        browser.wait_for("document.body.innerText.includes('Stem ontvangen')")
        assert browser.evaluate(NO_SIDEWAYS_SCROLL)
        dutch_room.host.perform(lambda s: s.set_votes(1, "g2", {last: 3}))
        for group in ("g3", "g4"):
            dutch_room.host.perform(lambda s, g=group: s.set_votes(1, g, {first: 1}))
        dutch_room.host.perform(lambda s: s.reveal())
        browser.wait_for("document.querySelector('.bars')")
        assert browser.evaluate(NO_SIDEWAYS_SCROLL)
        browser.screenshot(tmp_path / f"phone-results-nl-{item}.png")


def test_the_sessions_words_are_marked_with_their_language_on_a_dutch_phone(french_room: FrenchRoom) -> None:
    # A Dutch phone shows its own words in Dutch and the session's in French: a screen reader
    # reads each in its language only if the page says which is which.
    french_room.host.perform(lambda s: s.go_to(Step.FIRST_VOTE, 0))
    choice_id, label = french_room.choices(0)[1]
    with Chromium(390, 844, language="nl") as browser:
        join(browser, french_room)
        browser.tap(f'[data-key="choice-{choice_id}"]')
        browser.wait_for("document.body.innerText.includes('Stem ontvangen')")
        assert browser.evaluate("document.documentElement.lang") == "nl"
        places = {
            "h1": "h1",
            "question": "#question",
            "choice": '[data-key^="choice-"]',
            "group": ".muted span",
            "recorded": ".status span",
            "round": "main > p.muted:not(:first-of-type)",
        }
        languages = browser.evaluate(
            f"Object.fromEntries(Object.entries({json.dumps(places)}).map(([name, place]) => {{"
            " const e = document.querySelector(place); return [name, e && e.closest('[lang]').lang]; }))"
        )
        assert languages == {
            "h1": "fr",
            "question": "fr",
            "choice": "fr",
            "group": "fr",
            "recorded": "fr",
            "round": "nl",
        }, languages
        recorded = browser.evaluate("document.querySelector('.status').innerText")
        assert recorded.startswith("Stem ontvangen: B. ") and label in recorded


def test_a_phone_reads_its_roles_brief_and_it_stays_open_as_the_vote_opens(
    french_room: FrenchRoom, tmp_path: Path
) -> None:
    # The phone named the group's role and nothing more: a table had to read its brief off the
    # projector, one role a screen. Now the brief comes with the group, in the session's French.
    french_room.host.perform(lambda s: s.go_to(Step.CHOICES, 0))
    brief = french_room.plan.role(french_room.plan.groups[0].role or "").brief
    with Chromium(320, 640, language="nl") as browser:
        join(browser, french_room)
        browser.wait_for("document.querySelector('[data-key=\"brief\"]')")
        assert browser.evaluate("document.querySelector('[data-key=\"brief\"]').innerText") == (
            "De beschrijving van uw rol"
        )
        assert browser.evaluate("document.querySelector('.brief').lang") == "fr"
        assert (
            browser.evaluate("document.querySelector('[data-key=\"brief\"]').getBoundingClientRect().height")
            >= 44
        )
        browser.tap('[data-key="brief"]')
        browser.wait_for("document.querySelector('.brief').open")
        shown = browser.evaluate("document.querySelector('.brief').innerText")
        assert "Vous parlez au nom d'un gouvernement européen" in shown and "cite:" not in shown
        assert "**" not in shown and "](" not in shown
        assert browser.evaluate("document.querySelector('.brief strong').innerText") == "Vos objectifs."
        assert "Vos objectifs." in brief  # the brief as set up, in French
        assert browser.evaluate(NO_SIDEWAYS_SCROLL)
        browser.screenshot(tmp_path / "phone-brief-320.png")
        french_room.host.perform(lambda s: s.go_to(Step.FIRST_VOTE, 0))  # the page redraws
        browser.wait_for("document.querySelector('#question')")
        assert browser.evaluate("document.querySelector('.brief').open")


def test_a_phone_that_voted_learns_the_vote_closed_and_that_it_may_argue(french_room: FrenchRoom) -> None:
    # The "vote closed" line used to take the place of the discussion's, so a phone that had
    # voted was never told it could now send arguments.
    french_room.host.perform(lambda s: s.go_to(Step.FIRST_VOTE, 1))
    choice_id = french_room.choices(1)[0][0]
    with Chromium(320, 640, language="fr") as browser:
        join(browser, french_room)
        browser.tap(f'[data-key="choice-{choice_id}"]')
        browser.wait_for("document.body.innerText.includes('Vote enregistré')")
        french_room.host.perform(lambda s: to_discussion(s, 1))
        browser.wait_for("document.querySelector('#argue-text')")
        line = browser.evaluate("document.querySelector('main > .status').innerText")
        assert line == "Le vote est clos. Discussion. Vous pouvez envoyer des arguments ci-dessous."


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_for_and_against_stay_whole_words_with_the_phones_text_at_150_percent(
    french_room: FrenchRoom, language: str
) -> None:
    # Two side-by-side buttons at 320 px, with the phone's text enlarged: "Contre" broke as "Contr/e".
    # At the usual size they stay side by side.
    french_room.host.perform(lambda s: to_discussion(s, 0))
    with Chromium(320, 640, language=language) as browser:
        join(browser, french_room)
        browser.wait_for("document.querySelector('#argue-text')")
        tops = "[...document.querySelectorAll('.side')].map(b => b.getBoundingClientRect().top)"
        assert len(set(browser.evaluate(tops))) == 1  # one row
        browser.evaluate("document.documentElement.style.fontSize = '150%', true")
        lines = browser.evaluate(
            "[...document.querySelectorAll('.side span')]"
            ".map(s => Math.round(s.getBoundingClientRect().height"
            " / parseFloat(getComputedStyle(s).lineHeight)))"
        )
        assert lines == [1, 1], lines
        assert browser.evaluate(NO_SIDEWAYS_SCROLL)


def test_an_argument_the_room_refuses_says_why_and_keeps_the_words(french_room: FrenchRoom) -> None:
    # Every refusal used to read "Écrivez d'abord l'argument" (write the argument first), whatever
    # the server answered, above an argument that was written.
    french_room.host.perform(lambda s: to_discussion(s, 0))
    too_long = "Un départ ordonné vaut mieux qu’un « retrait sec » " * 4  # past the 140 the field holds
    with Chromium(320, 640, language="fr") as browser:
        join(browser, french_room)
        browser.wait_for("document.querySelector('#argue-text')")
        assert browser.evaluate("document.querySelector('#argue-text').maxLength") == 140
        # Pasted past the field's limit (a script, or an old page): the room refuses it, 422.
        browser.evaluate(
            "(() => { const e = document.querySelector('#argue-text'); e.value = "
            + json.dumps(too_long)
            + "; e.dispatchEvent(new Event('input')); })()"
        )
        browser.tap('[data-key="argue-send"]')
        browser.wait_for("document.body.innerText.includes('Non envoyé')")
        shown = browser.text()
        assert "au plus 140 caractères" in shown and "Écrivez d’abord" not in shown
        assert browser.evaluate("document.querySelector('#argue-text').value") == too_long
    assert french_room.host.autosave.session.items[0].arguments == []


def test_a_phone_the_session_forgot_joins_again_and_sends_what_it_wrote(french_room: FrenchRoom) -> None:
    # A phone whose device the session no longer knows (401) is sent back to the groups, told why,
    # and its words wait for it; before, it was told to write the argument first, and stayed stuck.
    french_room.host.perform(lambda s: to_discussion(s, 0))
    words = "Le pays hôte doit rester maître de la transition"
    with Chromium(320, 640, language="fr") as browser:
        join(browser, french_room)
        browser.wait_for("document.querySelector('#argue-text')")
        french_room.host.perform(lambda s: s.room.devices.clear() if s.room is not None else None)
        browser.tap("#argue-text")
        browser.call("Input.insertText", text=words)
        browser.tap('[data-key="argue-send"]')
        browser.wait_for("document.querySelector('[data-key=\"group-g1\"]') !== null")
        assert "ne reconnaît plus ce téléphone" in browser.text()
        browser.tap('[data-key="group-g1"]')
        browser.wait_for("document.querySelector('#argue-text')")
        assert browser.evaluate("document.querySelector('#argue-text').value") == words
        browser.tap('[data-key="argue-send"]')
        browser.wait_for("document.body.innerText.includes('Envoyé (1 sur 5)')")
    assert [a.text for a in french_room.host.autosave.session.items[0].arguments] == [words]
