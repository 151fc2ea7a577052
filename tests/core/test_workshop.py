"""The workshop session as a state machine: transitions, votes, reveal, timer, files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.evidence.corpus import Corpus
from explorer.core.limits import MAX_SECONDS
from explorer.core.pack.loader import LoadedPack
from explorer.core.store import backup_path
from explorer.core.workshop.files import (
    Autosave,
    find_unfinished,
    load_session,
    save_session,
    session_filename,
)
from explorer.core.workshop.plan import Plan, agenda_item, new_plan
from explorer.core.workshop.room_view import BLANK, FlowLine, ShiftLine, private_results, room_view
from explorer.core.workshop.session import (
    ITEM_STEPS,
    Slide,
    Step,
    WorkshopError,
    WorkshopSession,
    from_data,
    new_session,
    slides,
    to_data,
)
from explorer.core.workshop.shift import NO_VOTE, Shift, combine, group_shift, item_shift, totals
from tests.core.workshop_helpers import FIRST, SECOND, full_run, two_group_plan


@pytest.fixture(scope="module")
def plan(good_pack: LoadedPack, corpus: Corpus) -> Plan:
    return two_group_plan(good_pack, corpus)


@pytest.fixture
def session(plan: Plan) -> WorkshopSession:
    return new_session(plan, now=0.0, session_id="0123456789abcdef")


def run_to(session: WorkshopSession, target: Step, item: int = 0) -> None:
    """Apply the scripted run until the session stands at ``target`` of ``item``."""
    for _name, action in full_run(session):
        if session.step is target and session.item == item:
            return
        action(session)
    raise AssertionError(f"never reached {target}")


def test_slides_follow_the_staged_reveal(plan: Plan) -> None:
    order = slides(plan)
    assert order[0] == Slide(Step.LOBBY, -1) and order[-1] == Slide(Step.END, -1)
    assert [s for s in order if s.step is Step.ROLES] == [Slide(Step.ROLES, -1, 0)]  # one role in use
    first_item = [s.step for s in order if s.item == 0]
    assert first_item == [Step.CONTEXT, Step.CHOICES] + [Step.EVIDENCE] * 4 + list(ITEM_STEPS[3:])
    assert [s.step for s in order if s.item == 1].count(Step.EVIDENCE) == 1


def test_every_step_forward_then_every_step_back(session: WorkshopSession) -> None:
    visited = [session.slide]
    for name, action in full_run(session):
        if name == "end":  # stay at the end slide without ending: the way back is still open
            break
        action(session)
        if session.slide != visited[-1]:
            visited.append(session.slide)
    assert visited == slides(session.plan)
    with pytest.raises(WorkshopError, match="last step; end the workshop"):
        session.next()
    back = [session.slide]
    while session.slide != Slide(Step.LOBBY, -1):
        session.previous(now=1e6)
        back.append(session.slide)
    assert back == list(reversed(visited))
    with pytest.raises(WorkshopError, match="first step"):
        session.previous()


@pytest.mark.parametrize("round_number", [1, 2])
def test_leaving_a_vote_needs_every_groups_votes(session: WorkshopSession, round_number: int) -> None:
    step = Step.FIRST_VOTE if round_number == 1 else Step.SECOND_VOTE
    run_to(session, step)
    before = to_data(session)
    with pytest.raises(WorkshopError, match="still missing: Table 1, Table 2"):
        session.next()
    session.set_votes(round_number, "g1", {"qualitative-presence": 1})  # type: ignore[arg-type]
    with pytest.raises(WorkshopError, match=r"still missing: Table 2\)"):
        session.next()
    assert to_data(session)["step"] == before["step"]


def test_votes_are_entered_only_at_their_own_step(session: WorkshopSession) -> None:
    seen = set()
    for _name, action in full_run(session):
        for round_number, own in ((1, Step.FIRST_VOTE), (2, Step.SECOND_VOTE)):
            if session.step is not own and session.slide not in seen:
                with pytest.raises(WorkshopError, match="are entered at the"):
                    session.set_votes(round_number, "g1", {})  # type: ignore[arg-type]
        seen.add(session.slide)
        action(session)


@pytest.mark.parametrize(
    ("group", "counts", "message"),
    [
        ("g9", {}, "no group `g9`"),
        ("g1", {"send-everything": 1}, "has no choice send-everything"),
        ("g1", {"civilian-experts": -1}, "whole number"),
        ("g1", {"civilian-experts": 2.5}, "whole number"),
        ("g1", {"civilian-experts": True}, "whole number"),
        ("g1", {"civilian-experts": 10_000}, "whole number"),
    ],
)
def test_bad_votes_are_refused_and_change_nothing(
    session: WorkshopSession, group: str, counts: dict[str, object], message: str
) -> None:
    run_to(session, Step.FIRST_VOTE)
    session.set_votes(1, "g2", {"civilian-experts": 3})
    before = to_data(session)
    with pytest.raises(WorkshopError, match=message):
        session.set_votes(1, group, counts)  # type: ignore[arg-type]
    assert to_data(session) == before


def test_choices_left_out_count_zero_and_a_correction_replaces(session: WorkshopSession) -> None:
    run_to(session, Step.FIRST_VOTE)
    session.set_votes(1, "g1", {"civilian-experts": 3})
    assert session.items[0].first_vote["g1"] == {"qualitative-presence": 0, "civilian-experts": 3}
    session.set_votes(1, "g1", {"qualitative-presence": 2})
    assert session.items[0].first_vote["g1"] == {"qualitative-presence": 2, "civilian-experts": 0}


def test_clear_votes_before_the_reveal_only(session: WorkshopSession) -> None:
    run_to(session, Step.FIRST_VOTE)
    with pytest.raises(WorkshopError, match="no votes in this round"):
        session.clear_votes(1, "g1")
    for group_id, counts in FIRST.items():
        session.set_votes(1, group_id, counts)
    session.clear_votes(1, "g2")
    assert session.missing_votes(1) == ["Table 2"]
    session.set_votes(1, "g2", FIRST["g2"])
    session.reveal()
    with pytest.raises(WorkshopError, match="room has seen this round"):
        session.clear_votes(1, "g2")


def test_reveal_rules(session: WorkshopSession) -> None:
    with pytest.raises(WorkshopError, match="Nothing to reveal here"):
        session.reveal()
    run_to(session, Step.FIRST_VOTE)
    assert session.revealable() is None
    session.set_votes(1, "g1", FIRST["g1"])
    with pytest.raises(WorkshopError, match="missing: Table 2"):
        session.reveal()
    session.set_votes(1, "g2", FIRST["g2"])
    assert session.revealable() == 1
    assert session.reveal() == 1
    with pytest.raises(WorkshopError, match="already showing"):
        session.reveal()
    session.next()
    session.next()
    with pytest.raises(WorkshopError, match="Nothing to reveal here"):
        session.reveal()  # at the second vote
    for group_id, counts in SECOND.items():
        session.set_votes(2, group_id, counts)
    session.next()
    assert session.step is Step.RESULTS and session.revealable() == 2
    assert session.reveal() == 2
    assert session.items[0].second_revealed and session.revealable() is None


def test_round_one_can_be_revealed_during_the_discussion(session: WorkshopSession) -> None:
    run_to(session, Step.FIRST_VOTE)
    for group_id, counts in FIRST.items():
        session.set_votes(1, group_id, counts)
    session.next()
    assert room_view(session, 0).results is None
    session.reveal()
    results = room_view(session, 0).results
    assert results is not None and results.first == (41 + 73, 57) and results.second is None


def test_room_view_never_shows_votes_before_the_reveal(session: WorkshopSession) -> None:
    secret = [str(n) for tally in (*FIRST.values(), *SECOND.values()) for n in tally.values()]
    secret += [str(41 + 73), str(29), str(69 + 73)]
    for _name, action in full_run(session):
        action(session)
        view = room_view(session, now=0.0)
        record = session.record()
        revealed = record is not None and (
            (record.first_revealed and session.step in (Step.FIRST_VOTE, Step.DISCUSSION))
            or (record.second_revealed and session.step is Step.RESULTS)
        )
        if not revealed:
            assert view.results is None
            assert not any(number in repr(view) for number in secret), session.slide
        elif session.step is not Step.RESULTS:
            assert view.results is not None and view.results.second is None


def test_hidden_votes_cannot_be_told_apart(plan: Plan) -> None:
    """Before the reveal, two sessions that differ only in their votes look the same."""
    one, other = new_session(plan, now=0.0), new_session(plan, now=0.0)
    for session in (one, other):
        run_to(session, Step.FIRST_VOTE)
    one.set_votes(1, "g1", {"qualitative-presence": 5})
    other.set_votes(1, "g1", {"civilian-experts": 9})
    assert room_view(one, 0.0) == room_view(other, 0.0)
    assert room_view(one, 0.0).voted == ("Table 1",) and room_view(one, 0.0).waiting == ("Table 2",)
    for session, counts in ((one, {"civilian-experts": 1}), (other, {"qualitative-presence": 8})):
        session.set_votes(1, "g2", counts)
        session.next()
        session.next()
        session.set_votes(2, "g1", counts)
        session.set_votes(2, "g2", counts)
        session.next()
    assert room_view(one, 0.0) == room_view(other, 0.0)  # results step, not revealed
    one.reveal()
    other.reveal()
    assert room_view(one, 0.0) != room_view(other, 0.0)


def test_resume_from_every_state_gives_the_same_session(session: WorkshopSession, tmp_path: Path) -> None:
    path = tmp_path / "s.workshop.json"
    states = 0
    for _name, action in full_run(session):
        save_session(path, session)
        resumed = load_session(path).session
        assert resumed == session
        assert to_data(resumed) == to_data(session)
        assert room_view(resumed, 1e6) == room_view(session, 1e6)
        # The resumed copy goes on exactly as the original does.
        outcomes = []
        for copy in (session, resumed):
            try:
                action(copy)
            except WorkshopError as error:  # pragma: no cover - the scripted run is legal
                outcomes.append(str(error))
        assert resumed == session and not outcomes
        states += 1
    assert session.finished and states > 20


def test_timer_counts_down_survives_a_restart_and_refuses_nonsense(session: WorkshopSession) -> None:
    with pytest.raises(WorkshopError, match="during an agenda item"):
        session.start_timer(now=0)
    run_to(session, Step.FIRST_VOTE)
    for group_id, counts in FIRST.items():
        session.set_votes(1, group_id, counts)
    session.next(now=0)
    assert session.step is Step.DISCUSSION
    view = room_view(session, now=100)
    assert view.timer is not None and view.timer.remaining == 360 and not view.timer.running
    with pytest.raises(WorkshopError, match="not running"):
        session.stop_timer(now=100)
    session.start_timer(now=100)
    with pytest.raises(WorkshopError, match="already running"):
        session.start_timer(now=101)
    resumed = from_data(json.loads(json.dumps(to_data(session))))
    assert room_view(resumed, now=160).timer.remaining == 300  # type: ignore[union-attr]
    session.stop_timer(now=190)
    session.adjust_timer(60)
    assert room_view(session, now=10_000).timer.text() == "5:30"  # type: ignore[union-attr]
    session.start_timer(now=1000)
    assert room_view(session, now=1360).timer.text() == "+0:30"  # type: ignore[union-attr]
    with pytest.raises(WorkshopError, match="below zero"):
        session.adjust_timer(-10_000)
    session.reset_timer(now=1400)
    assert room_view(session, now=1460).timer.remaining == 360  # type: ignore[union-attr]
    session.next(now=1500)  # the second vote: the countdown leaves the room's screen...
    assert session.record().timer.running and room_view(session, now=1500).timer is None  # type: ignore[union-attr]
    session.set_timer_pinned(True)  # ...unless the facilitator pins it there
    assert room_view(session, now=1500).timer is not None
    assert room_view(from_data(json.loads(json.dumps(to_data(session)))), now=1500).timer is not None
    session.set_timer_pinned(False)
    assert room_view(session, now=1500).timer is None


def test_blank_screen_hides_everything_and_comes_back(session: WorkshopSession) -> None:
    run_to(session, Step.CHOICES)
    shown = room_view(session, 0.0)
    session.toggle_blank()
    assert room_view(session, 0.0) == type(shown)(BLANK)
    session.next()  # the facilitator can move on behind a blank screen
    assert room_view(session, 0.0).kind == BLANK
    session.toggle_blank()
    assert room_view(session, 0.0).kind == Step.EVIDENCE.value


def test_jumping_ahead_and_coming_back(session: WorkshopSession) -> None:
    session.go_to_item(1, now=10)
    assert session.slide == Slide(Step.CONTEXT, 1)
    session.previous(now=20)  # item 1 was never voted on: land on its first vote
    assert session.slide == Slide(Step.FIRST_VOTE, 0)
    with pytest.raises(WorkshopError, match="first vote of every group"):
        session.go_to(Step.RESULTS, 0)
    with pytest.raises(WorkshopError, match="no item 3"):
        session.go_to_item(2)
    with pytest.raises(WorkshopError, match="no step"):
        session.go_to(Step.EVIDENCE, 1, 5)


def test_passages_shown_and_time_spent_are_recorded(session: WorkshopSession) -> None:
    session.go_to(Step.EVIDENCE, 0, 2, now=100)
    session.go_to(Step.EVIDENCE, 0, 0, now=130)
    session.go_to_item(1, now=400)
    record = session.items[0]
    assert record.shown == ["critical-assets", "small-army"] and record.visited
    assert record.seconds == 300
    assert not session.items[1].shown and session.items[1].visited


def test_notes_per_item_and_for_the_session(session: WorkshopSession) -> None:
    session.set_notes("before we start")
    run_to(session, Step.CHOICES)
    session.set_notes("item notes")
    session.set_notes("general", item=-1)
    assert session.notes == "general" and session.items[0].notes == "item notes"
    with pytest.raises(WorkshopError, match="no item 5"):
        session.set_notes("x", item=4)


def test_plan_checks(good_pack: LoadedPack, corpus: Corpus) -> None:
    item = agenda_item(good_pack, corpus, "belgian-presence")
    cases = [
        (("", [item], [("A", None, None)]), "title"),
        (("T", [], [("A", None, None)]), "at least one scenario"),
        (("T", [item], []), "at least one group"),
        (("T", [item], [("A", None, None), ("A", None, None)]), "two groups are called A"),
        (("T", [item], [(" ", None, None)]), "needs a name"),
        (("T", [item], [("A", "chief-of-everything", None)]), "roles are not loaded"),
        (("T", [item], [("A", None, 0)]), "at least 1"),
    ]
    for (title, agenda, groups), message in cases:
        with pytest.raises(WorkshopError, match=message):
            new_plan(title, agenda, groups, corpus)
    with pytest.raises(WorkshopError, match="no scenario `nowhere`"):
        agenda_item(good_pack, corpus, "nowhere")
    with pytest.raises(WorkshopError, match="no passage"):
        agenda_item(good_pack, corpus, "belgian-presence", passage_ids=["made-up"])
    long_talk = agenda_item(good_pack, corpus, "belgian-presence", minutes=10, discussion_minutes=20)
    with pytest.raises(WorkshopError, match="longer than the whole item"):
        new_plan("T", [long_talk], [("A", None, None)], corpus)


def test_files_are_versioned_found_and_recovered(session: WorkshopSession, tmp_path: Path) -> None:
    directory = tmp_path / "workshops"
    path = directory / session_filename(session)
    autosave = Autosave(session, path)
    autosave.perform(lambda s: s.next(now=5))
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "workshop-session"
    assert [s.path for s in find_unfinished(directory)] == [path]
    saved = load_session(path).session
    with pytest.raises(WorkshopError):
        autosave.perform(lambda s: s.previous(now=6) or s.previous(now=7))
    # The refused second half undid the first: memory and file still agree.
    assert autosave.session == saved == load_session(path).session
    session = autosave.session
    autosave.perform(lambda s: s.next(now=8))
    path.write_text("{ damaged", encoding="utf-8")
    recovered = load_session(path)
    assert recovered.from_backup and recovered.read_only and "last good copy" in recovered.message
    assert backup_path(path).exists()
    at_the_end = new_session(session.plan, now=0.0)
    at_the_end.go_to(Step.END)  # at the last slide, but not ended: still to resume
    save_session(directory / "at-end.workshop.json", at_the_end)
    assert len(find_unfinished(directory)) == 2
    at_the_end.end(now=1.0)
    save_session(directory / "at-end.workshop.json", at_the_end)
    assert [s.title for s in find_unfinished(directory)] == [session.title]


def test_inconsistent_or_foreign_files_are_refused(session: WorkshopSession, tmp_path: Path) -> None:
    data = to_data(session)
    with pytest.raises(WorkshopError, match="records differ"):
        from_data({**data, "items": []})
    with pytest.raises(WorkshopError, match="step its agenda does not have"):
        from_data({**data, "step": "evidence", "item": 0, "page": 9})
    with pytest.raises(WorkshopError, match="not a usable"):
        from_data({**data, "surprise": 1})
    path = tmp_path / "journal.json"
    path.write_text(json.dumps({"format": "journal", "version": 1}), encoding="utf-8")
    with pytest.raises(WorkshopError, match="not a workshop-session file"):
        load_session(path)


# -- shifts ----------------------------------------------------------------------------------------
ORDER = ["a", "b", "c"]


def flows_of(shift: Shift) -> set[tuple[str, str, int]]:
    return {(f.source, f.target, f.count) for f in shift.flows}


@pytest.mark.parametrize(
    ("first", "second", "flows", "moved", "stayed", "joined", "left"),
    [
        ({"a": 4, "b": 2}, {"a": 1, "b": 5}, {("a", "b", 3)}, 3, 3, 0, 0),
        ({"a": 5}, {"a": 1, "b": 2, "c": 2}, {("a", "b", 2), ("a", "c", 2)}, 4, 1, 0, 0),
        ({"a": 3}, {"a": 1, "b": 3}, {("a", "b", 2), (NO_VOTE, "b", 1)}, 2, 1, 1, 0),
        ({"a": 3, "b": 1}, {"a": 1, "b": 1}, {("a", NO_VOTE, 2)}, 0, 2, 0, 2),
        ({"a": 2, "b": 2}, {"a": 2, "b": 2}, set(), 0, 4, 0, 0),
        ({}, {"c": 1}, {(NO_VOTE, "c", 1)}, 0, 0, 1, 0),
    ],
)
def test_group_shift_is_the_smallest_movement(
    first: dict[str, int],
    second: dict[str, int],
    flows: set[tuple[str, str, int]],
    moved: int,
    stayed: int,
    joined: int,
    left: int,
) -> None:
    shift = group_shift(first, second, ORDER)
    assert flows_of(shift) == flows
    assert (shift.moved, shift.stayed, shift.joined, shift.left) == (moved, stayed, joined, left)


tallies = st.fixed_dictionaries({c: st.integers(0, 30) for c in ORDER})


@given(tallies, tallies)
def test_flows_turn_the_first_counts_into_the_second(first: dict[str, int], second: dict[str, int]) -> None:
    shift = group_shift(first, second, ORDER)
    after = dict(first)
    after[NO_VOTE] = 0
    for flow in shift.flows:
        after[flow.source] = after.get(flow.source, 0) - flow.count
        after[flow.target] = after.get(flow.target, 0) + flow.count
    assert {c: after[c] for c in ORDER} == second
    assert shift.stayed + shift.moved + shift.left == sum(first.values())
    assert shift.stayed + shift.moved + shift.joined == sum(second.values())
    # Nobody is counted as moving who did not have to: the moves are the net changes.
    assert shift.moved + shift.joined == sum(max(0, second[c] - first[c]) for c in ORDER)


def test_groups_moving_opposite_ways_do_not_cancel_out() -> None:
    first = {"g1": {"a": 2, "b": 0}, "g2": {"a": 0, "b": 2}, "g3": {"a": 1, "b": 1}}
    second = {"g1": {"a": 0, "b": 2}, "g2": {"a": 2, "b": 0}, "g3": {"a": 1, "b": 1}}
    roles = {"g1": "host-government", "g2": "host-government", "g3": None}
    shift = item_shift(first, second, ["a", "b"], roles)
    assert totals(first, ["a", "b"]) == totals(second, ["a", "b"]) == [3, 3]
    assert shift.room.moved == 4 and flows_of(shift.room) == {("a", "b", 2), ("b", "a", 2)}
    assert shift.groups["g3"].moved == 0 and shift.groups["g3"].stayed == 2
    assert shift.roles == {"host-government": combine([shift.groups["g1"], shift.groups["g2"]], ["a", "b"])}
    assert shift.roles["host-government"].moved == 4


def test_results_show_the_shift_per_group_and_role(session: WorkshopSession) -> None:
    run_to(session, Step.RESULTS)
    session.reveal()
    results = room_view(session, 0.0).results
    assert results is not None and results.first == (114, 57) and results.second == (29, 142)
    assert results.room == ShiftLine("Whole room", 85, 86, 0, 0, (FlowLine("A", "B", 85),))
    assert [line.who for line in results.groups] == ["Table 1 (The host government)", "Table 2"]
    assert results.groups[0].moved == 12 and results.groups[1].moved == 73
    assert results.roles == ()  # one group holds the role: a row of its own would repeat Table 1's


def test_the_console_preview_sees_votes_the_room_does_not(session: WorkshopSession) -> None:
    run_to(session, Step.FIRST_VOTE)
    assert private_results(session) is None
    for group_id, counts in FIRST.items():
        session.set_votes(1, group_id, counts)
    session.next()
    preview = private_results(session)
    assert preview is not None and preview.first == (114, 57) and preview.second is None
    assert room_view(session, 0.0).results is None  # the room still sees nothing


def test_ending_finishes_the_session_and_a_format_1_file_at_its_end_counts_as_ended(
    session: WorkshopSession, tmp_path: Path
) -> None:
    run_to(session, Step.FIRST_VOTE)
    session.set_votes(1, "g1", {"qualitative-presence": 3})
    session.end(now=50.0)
    assert session.finished and session.step is Step.END and session.ended == 50.0
    assert session.log[-1].action == "end" and session.log[-1].detail == "first-vote 0 0"
    for refused in (
        lambda: session.next(),
        lambda: session.previous(),
        lambda: session.go_to_item(0),
        lambda: session.end(),
        lambda: session.start_timer(),
    ):
        with pytest.raises(WorkshopError, match="workshop has ended"):
            refused()
    path = tmp_path / "ended.workshop.json"
    save_session(path, session)
    assert load_session(path).session == session
    # A file of format 1 (before "End workshop") that stood at its end slide had ended then.
    old = new_session(session.plan, now=0.0)
    old.go_to(Step.END, now=9.0)
    data = to_data(old)
    del data["ended"], data["timer_pinned"]
    path.write_text(json.dumps({"format": "workshop-session", "version": 1, **data}), encoding="utf-8")
    migrated = load_session(path)
    assert migrated.session.finished and migrated.session.ended == 9.0 and not migrated.read_only


def test_a_session_ended_outside_the_room_counts_no_idle_time(session: WorkshopSession) -> None:
    run_to(session, Step.DISCUSSION)
    session.start_timer(now=1_000.0)
    spent = session.items[0].seconds
    session.end(now=1_000.0 + 400 * 86_400.0, in_the_room=False)  # marked ended a year later
    assert session.finished and session.items[0].seconds == spent
    assert not session.items[0].timer.running and session.items[0].timer.elapsed == 0.0
    assert from_data(json.loads(json.dumps(to_data(session)))) == session  # still a valid file


def test_a_session_resumed_years_later_still_saves_a_file_that_loads(
    session: WorkshopSession, tmp_path: Path
) -> None:
    """Time spent and a running timer are capped at what a stored file holds (a year): resuming
    after two years and going on used to write a session that would not load again."""
    path = tmp_path / "late.workshop.json"
    run_to(session, Step.DISCUSSION, 0)
    session.start_timer(now=100.0)
    save_session(path, session)
    later = load_session(path).session
    two_years = 2 * 365 * 24 * 3600.0
    later.stop_timer(now=two_years)
    later.go_to(Step.LOBBY, now=two_years)  # leaving the item counts the time spent on it
    save_session(path, later)
    again = load_session(path).session
    assert again.items[0].seconds <= MAX_SECONDS and again.items[0].timer.elapsed <= MAX_SECONDS
    assert again == later
