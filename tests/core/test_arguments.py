"""The room's arguments: added from phones and the console, moderated, merged, mapped, saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.arguments import (
    MAX_ARGUMENT_CHARS,
    MAX_ARGUMENTS_PER_DEVICE,
    MappedArgument,
    accept,
    add_argument,
    argument_map,
    hide,
    merge,
)
from explorer.core.workshop.ballots import ArgumentRequest, JoinRequest, Outcome, apply, enable_room
from explorer.core.workshop.debrief_render import to_markdown
from explorer.core.workshop.files import load_session, save_session
from explorer.core.workshop.phone_view import phone_view
from explorer.core.workshop.session import Step, WorkshopError, WorkshopSession, new_session
from tests.core.workshop_helpers import two_group_plan

A, B = "qualitative-presence", "civilian-experts"


@pytest.fixture
def session(good_pack: LoadedPack, corpus: Corpus) -> WorkshopSession:
    session = new_session(two_group_plan(good_pack, corpus), now=0.0)
    enable_room(session, "abcdefghjkmn")
    session.go_to(Step.FIRST_VOTE, 0)
    session.set_votes(1, "g1", {A: 3})
    session.set_votes(1, "g2", {B: 2})
    session.next()  # the discussion
    return session


def phone(session: WorkshopSession) -> str:
    (joined,) = apply(session, [JoinRequest("g1")], now=1.0)
    return joined.device


def argue(
    session: WorkshopSession, device: str, text: str, choice: str = A, stance: str = "for", item: int = 0
) -> Outcome:
    (outcome,) = apply(session, [ArgumentRequest(device, item, choice, stance, text)], now=2.0)
    return outcome


def test_phones_argue_only_during_the_discussion_and_wait_for_the_facilitator(
    session: WorkshopSession,
) -> None:
    device = phone(session)
    assert argue(session, device, "Keeps a foot in the door").ok
    record = session.items[0]
    assert [(a.id, a.status, a.device) for a in record.arguments] == [("a1", "pending", device)]
    shown = argument_map(session)
    assert shown is not None and shown.empty  # nothing reaches the room before it is accepted
    view = phone_view(session, device)
    assert view.arguing and view.argued == 1 and "Keeps a foot" not in repr(view)
    session.next()  # the second vote: the discussion is over
    assert argue(session, device, "Too late") == Outcome(False, "not-discussing")
    assert not phone_view(session, device).arguing
    session.previous()
    assert argue(session, device, "Wrong item", item=1) == Outcome(False, "not-discussing")


def test_bad_arguments_and_floods_are_refused(session: WorkshopSession) -> None:
    device = phone(session)
    for text, choice, stance in [
        ("", A, "for"),
        ("   \n ", A, "for"),
        ("x" * (MAX_ARGUMENT_CHARS + 1), A, "for"),
        ("Fine", "no-such-choice", "for"),
        ("Fine", A, "maybe"),
    ]:
        assert argue(session, device, text, choice, stance) == Outcome(False, "bad-argument")
    assert argue(session, "made-up", "Fine") == Outcome(False, "unknown-device")
    for n in range(MAX_ARGUMENTS_PER_DEVICE):
        assert argue(session, device, f"Reason {n}").ok
    assert argue(session, device, "One more") == Outcome(False, "too-many-arguments")
    assert argue(session, phone(session), "Another phone still can").ok
    assert session.items[0].arguments[0].text == "Reason 0"


def test_the_facilitator_accepts_hides_merges_and_adds(session: WorkshopSession) -> None:
    device = phone(session)
    argue(session, device, "Cheap and visible")
    argue(session, device, "Cheap,\n  and it shows")  # one line: the break goes
    argue(session, device, "Experts are scarce", B, "against")
    argue(session, device, "Off topic")
    accept(session, 0, "a1")
    merge(session, 0, "a2", "a1")
    accept(session, 0, "a3")
    hide(session, 0, "a4")
    mine = add_argument(session, B, "for", "Civilians build trust", now=3.0)
    assert mine.status == "accepted" and mine.device == ""
    assert session.items[0].arguments[1].text == "Cheap, and it shows"
    shown = argument_map(session)
    assert shown is not None and not shown.empty
    assert shown.question == session.plan.agenda[0].card.question
    first, second = shown.choices
    assert (first.letter, first.pros, first.cons) == ("A", (MappedArgument("Cheap and visible", 1),), ())
    assert second.pros == (MappedArgument("Civilians build trust"),)
    assert second.cons == (MappedArgument("Experts are scarce"),)
    assert "Off topic" not in repr(shown)


def test_refused_moderation_changes_nothing(session: WorkshopSession) -> None:
    device = phone(session)
    argue(session, device, "For A")
    argue(session, device, "Against A", stance="against")
    argue(session, device, "For B", choice=B)
    before = [a.status for a in session.items[0].arguments]
    with pytest.raises(WorkshopError, match="same side"):
        merge(session, 0, "a2", "a1")
    with pytest.raises(WorkshopError, match="same side"):
        merge(session, 0, "a3", "a1")
    with pytest.raises(WorkshopError, match="itself"):
        merge(session, 0, "a1", "a1")
    with pytest.raises(WorkshopError, match="no argument"):
        accept(session, 0, "a9")
    with pytest.raises(WorkshopError, match="Write the argument"):
        add_argument(session, A, "for", "  ", now=3.0)
    assert [a.status for a in session.items[0].arguments] == before


def test_merged_counts_follow_a_chain_and_a_merged_one_cannot_be_accepted(session: WorkshopSession) -> None:
    device = phone(session)
    for text in ("Same", "Same again", "Same once more"):
        argue(session, device, text)
    merge(session, 0, "a2", "a3")
    merge(session, 0, "a3", "a1")
    accept(session, 0, "a1")
    shown = argument_map(session)
    assert shown is not None and shown.choices[0].pros == (MappedArgument("Same", 2),)
    with pytest.raises(WorkshopError, match="merged"):
        accept(session, 0, "a2")


def test_arguments_are_saved_with_the_session(session: WorkshopSession, tmp_path: Path) -> None:
    argue(session, phone(session), "Worth keeping")
    accept(session, 0, "a1")
    path = tmp_path / "s.workshop.json"
    save_session(path, session)
    loaded = load_session(path).session
    assert loaded == session and argument_map(loaded) == argument_map(session)


def test_the_debrief_lists_the_accepted_arguments_only(session: WorkshopSession) -> None:
    device = phone(session)
    argue(session, device, "Cheap and visible")
    argue(session, device, "Cheap and it shows")
    argue(session, device, "Off topic", B, "against")
    accept(session, 0, "a1")
    merge(session, 0, "a2", "a1")
    hide(session, 0, "a3")
    add_argument(session, B, "against", "Experts are scarce", now=3.0)
    text = to_markdown(session, now=10.0)
    assert "Arguments the room accepted" in text
    assert "Cheap and visible (+1 said the same)" in text
    assert "Against B. " in text and ": Experts are scarce" in text
    assert "Off topic" not in text and "Cheap and it shows" not in text
