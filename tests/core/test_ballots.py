"""Ballots from phones: joining, one ballot per device and round, closing, limits, and what phones see."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.ballots import (
    MAX_DEVICES,
    TOKEN_ALPHABET,
    TOKEN_LENGTH,
    BallotRequest,
    JoinRequest,
    Outcome,
    RateLimiter,
    apply,
    disable_room,
    enable_room,
    format_token,
    new_room_token,
    open_round,
    phone_votes,
    room_token,
    token_matches,
    turnout,
)
from explorer.core.workshop.files import load_session, save_session
from explorer.core.workshop.phone_view import phone_view
from explorer.core.workshop.plan import Plan
from explorer.core.workshop.room_view import private_results, room_view
from explorer.core.workshop.session import (
    Step,
    WorkshopError,
    WorkshopSession,
    from_data,
    new_session,
    to_data,
)
from tests.core.workshop_helpers import two_group_plan

A, B = "qualitative-presence", "civilian-experts"


@pytest.fixture(scope="module")
def plan(good_pack: LoadedPack, corpus: Corpus) -> Plan:
    return two_group_plan(good_pack, corpus)


@pytest.fixture
def session(plan: Plan) -> WorkshopSession:
    session = new_session(plan, now=0.0, session_id="0123456789abcdef")
    enable_room(session, "abcdefghjkmn")
    return session


def join(session: WorkshopSession, group: str = "g1", device: str | None = None) -> str:
    (outcome,) = apply(session, [JoinRequest(group, device)], now=1.0)
    assert outcome.ok, outcome
    return outcome.device


def cast(session: WorkshopSession, device: str, choice: str, round_number: int = 1, item: int = 0) -> Outcome:
    (outcome,) = apply(session, [BallotRequest(device, item, round_number, choice)], now=2.0)
    return outcome


def test_tokens_are_long_random_and_forgiving_to_type() -> None:
    tokens = {new_room_token() for _ in range(200)}
    assert len(tokens) == 200
    assert all(len(t) == TOKEN_LENGTH and set(t) <= set(TOKEN_ALPHABET) for t in tokens)
    assert format_token("abcdefghjkmn") == "abcd-efgh-jkmn"
    assert token_matches("ABCD-efgh jkmn", "abcdefghjkmn")
    assert not token_matches("abcd-efgh-jkmp", "abcdefghjkmn")
    assert not token_matches("", "abcdefghjkmn")


def test_a_phone_votes_only_while_its_round_is_open(session: WorkshopSession) -> None:
    phone = join(session)
    assert open_round(session) is None
    assert cast(session, phone, A) == Outcome(False, "vote-closed")
    session.go_to(Step.FIRST_VOTE, 0)
    assert open_round(session) == (0, 1)
    assert cast(session, phone, A, round_number=2) == Outcome(False, "vote-closed")
    assert cast(session, phone, A, item=1) == Outcome(False, "vote-closed")
    assert cast(session, phone, A).ok
    assert session.items[0].first_ballots[phone].choice == A
    session.set_votes(1, "g2", {B: 3})
    session.reveal()
    assert open_round(session) is None
    assert cast(session, phone, B) == Outcome(False, "vote-closed")
    assert session.items[0].first_ballots[phone].choice == A


def test_one_ballot_per_device_changeable_until_closed(session: WorkshopSession) -> None:
    session.go_to(Step.FIRST_VOTE, 0)
    phones = [join(session, "g1") for _ in range(3)]
    for phone in phones:
        assert cast(session, phone, A).ok
    assert cast(session, phones[0], B).ok  # a change of mind replaces, never adds
    assert session.items[0].tally(1) == {"g1": {A: 2, B: 1}}
    assert phone_votes(session, 1) == {"g1": 3}
    assert phone_view(session, phones[0]).ballot == B


def test_typed_and_phone_votes_are_kept_apart_and_added_up(session: WorkshopSession) -> None:
    session.go_to(Step.FIRST_VOTE, 0)
    phone = join(session, "g2")
    cast(session, phone, A)
    assert session.missing_votes(1) == ["Table 1"]  # a group with a phone ballot has voted
    session.set_votes(1, "g2", {A: 2, B: 1})  # the people at table 2 without a phone
    session.set_votes(1, "g1", {B: 4})
    record = session.items[0]
    assert record.first_vote["g2"] == {A: 2, B: 1}  # the typed counts alone
    assert record.tally(1) == {"g1": {A: 0, B: 4}, "g2": {A: 3, B: 1}}
    counted = turnout(session, 1)
    assert (counted.phones_joined, counted.phones_voted) == (1, 1)
    assert counted.typed_groups == ("Table 1", "Table 2") and counted.typed_votes == 7
    assert counted.groups == (("Table 2", 1, 1),)  # per group: phones joined, phones voted
    join(session, "g1")
    assert turnout(session, 1).groups == (("Table 1", 1, 0), ("Table 2", 1, 1))
    session.reveal()
    results = room_view(session).results
    assert results is not None and sum(results.first) == 8
    preview = private_results(session)
    assert preview is not None and sum(preview.first) == 8


def test_joining_checks_the_group_and_never_takes_a_made_up_device(session: WorkshopSession) -> None:
    (refused,) = apply(session, [JoinRequest("nope")], now=1.0)
    assert refused == Outcome(False, "unknown-group") and refused.status == 422
    assert session.room is not None and not session.room.devices
    (made_up,) = apply(session, [JoinRequest("g1", "my-own-id")], now=1.0)
    assert made_up.ok and made_up.device != "my-own-id"
    again = join(session, "g2", made_up.device)  # changing group keeps the device
    assert again == made_up.device and session.room.devices[again].group == "g2"
    assert phone_view(session, again).you is not None
    assert phone_view(session, "someone-else").you is None


def test_the_room_fills_up_and_unknown_devices_are_refused(session: WorkshopSession) -> None:
    outcomes = apply(session, [JoinRequest("g1") for _ in range(MAX_DEVICES + 3)], now=1.0)
    assert sum(o.ok for o in outcomes) == MAX_DEVICES
    assert outcomes[-1] == Outcome(False, "room-full")
    session.go_to(Step.FIRST_VOTE, 0)
    assert cast(session, "not-a-device", A) == Outcome(False, "unknown-device")
    assert cast(session, outcomes[0].device, "no-such-choice") == Outcome(False, "unknown-choice")


def test_nothing_is_accepted_while_the_room_is_off_or_the_session_ended(session: WorkshopSession) -> None:
    phone = join(session)
    session.go_to(Step.FIRST_VOTE, 0)
    disable_room(session)
    assert room_token(session) is None and open_round(session) is None
    assert cast(session, phone, A) == Outcome(False, "room-off")
    assert phone_view(session, phone).kind == "off"
    assert enable_room(session) == "abcdefghjkmn"  # same token, same phones
    assert cast(session, phone, A).ok
    session.end()
    assert room_token(session) is None
    assert phone_view(session, phone).kind == "ended"


def test_ballots_are_saved_with_the_session(session: WorkshopSession, tmp_path: Path) -> None:
    session.go_to(Step.FIRST_VOTE, 0)
    phone = join(session)
    cast(session, phone, B)
    path = tmp_path / "s.workshop.json"
    save_session(path, session)
    loaded = load_session(path).session
    assert loaded == session
    assert loaded.items[0].first_ballots[phone].choice == B


def test_phones_see_no_count_before_the_reveal(session: WorkshopSession) -> None:
    session.go_to(Step.FIRST_VOTE, 0)
    phones = [join(session, "g1" if n % 2 else "g2") for n in range(7)]
    for n, phone in enumerate(phones):
        cast(session, phone, A if n < 5 else B)
    session.set_votes(1, "g1", {A: 37})
    others = [phone_view(session, p) for p in phones[1:]]
    view = phone_view(session, phones[0])
    assert view.kind == "vote" and view.results is None
    assert "37" not in repr(view) and "42" not in repr(view)
    # Another phone's view differs only in its own ballot and group.
    assert {v.question for v in others} == {view.question}
    session.reveal()
    view = phone_view(session, phones[0])
    assert view.kind == "results" and view.results is not None
    assert view.results.first == (42, 2) and view.results.second is None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from([A, B])), max_size=30))
def test_ballots_count_each_device_once(plan: Plan, casts: list[tuple[int, str]]) -> None:
    session = new_session(plan, now=0.0)
    enable_room(session)
    session.go_to(Step.FIRST_VOTE, 0)
    phones = [join(session, "g1") for _ in range(6)]
    last: dict[int, str] = {}
    for who, choice in casts:
        assert cast(session, phones[who], choice).ok
        last[who] = choice
    tally = session.items[0].tally(1).get("g1", {})
    assert sum(tally.values()) == len(last)
    assert tally.get(A, 0) == sum(1 for c in last.values() if c == A)


def test_rate_limiter_allows_bursts_then_the_steady_rate() -> None:
    limiter = RateLimiter(rate=2.0, burst=5.0, memory=3)
    assert [limiter.allow("phone", 0.0) for _ in range(6)] == [True] * 5 + [False]
    assert limiter.allow("other", 0.0)  # one device's flood does not stop another
    assert not limiter.allow("phone", 0.2)
    assert limiter.allow("phone", 0.6)  # half a second earns one request back
    for n in range(10):  # a flood of new keys is forgotten, the limiter stays small
        limiter.allow(f"key{n}", 1.0)
    assert len(limiter._buckets) == 3


def test_rounds_voted_by_phones_alone_give_results_and_a_shift(session: WorkshopSession) -> None:
    session.go_to(Step.FIRST_VOTE, 0)
    phones = [join(session, "g1" if n < 3 else "g2") for n in range(5)]
    for phone in phones:
        assert cast(session, phone, A).ok
    session.reveal()
    session.next()  # the discussion
    session.next()  # the second vote
    for n, phone in enumerate(phones):
        assert cast(session, phone, B if n < 2 else A, round_number=2).ok
    session.next()  # the results
    session.reveal()
    results = room_view(session).results
    assert results is not None and results.first == (5, 0) and results.second == (3, 2)
    assert results.room is not None and results.room.moved == 2
    view = phone_view(session, phones[0])
    assert view.kind == "results" and view.results is not None and view.results.second == (3, 2)


def test_a_session_file_with_an_oversized_room_is_refused(session: WorkshopSession) -> None:
    data = to_data(session)
    data["room"]["token"] = "x" * 10_000
    with pytest.raises(WorkshopError, match="not a usable workshop session"):
        from_data(data)
    data = to_data(session)
    data["items"][0]["arguments"] = [{"id": "a1", "choice": A, "stance": "sideways", "text": "?", "at": 1.0}]
    with pytest.raises(WorkshopError, match="not a usable workshop session"):
        from_data(data)


def test_a_session_file_whose_phones_name_what_its_plan_lacks_is_refused(session: WorkshopSession) -> None:
    session.go_to(Step.FIRST_VOTE, 0)
    device = join(session, "g1")
    assert cast(session, device, A).ok
    for _place, change in [
        ("ballot group", lambda d: d["items"][0]["first_ballots"][device].__setitem__(0, "g9")),
        ("ballot choice", lambda d: d["items"][0]["first_ballots"][device].__setitem__(1, "nothing")),
        ("phone group", lambda d: d["room"]["devices"][device].__setitem__(0, "g9")),
        (
            "argument choice",
            lambda d: d["items"][0]["arguments"].append(
                {"id": "a1", "choice": "nothing", "stance": "for", "text": "?", "at": 1.0}
            ),
        ),
    ]:
        data = to_data(session)
        change(data)
        with pytest.raises(WorkshopError, match="not a usable workshop session"):
            from_data(data)  # ``_place`` names the case: pytest shows it when this fails
    assert from_data(to_data(session)) == session
