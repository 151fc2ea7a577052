"""The vote history: one undo step per typed number, a clean break when the facilitator moves on."""

from __future__ import annotations

from explorer.core.workshop.vote_history import VoteChange, VoteHistory


def typed(count: int, before: int | None, choice: str = "a", group: str = "g1") -> VoteChange:
    was = None if before is None else {"a": before, "b": 0}
    return VoteChange(0, 1, group, was, {"a": count, "b": 0}, choice)


def test_digits_typed_in_one_cell_are_one_step_until_the_facilitator_moves_on() -> None:
    history = VoteHistory()
    history.record(typed(1, None))
    history.record(typed(12, 1))  # the second digit of "12"
    assert len(history) == 1 and history.last is not None
    assert history.last.before is None and history.last.after == {"a": 12, "b": 0}
    history.close_edit()  # Tab, Enter or a click: the next typing is a new step
    history.record(typed(3, 12))
    assert len(history) == 2
    history.record(typed(4, 3, group="g2"))  # another cell never merges
    assert len(history) == 3


def test_undo_hands_back_the_newest_change_and_a_refused_undo_is_put_back() -> None:
    history = VoteHistory()
    assert history.undo() is None
    history.record(typed(1, None))
    history.record(VoteChange(0, 1, "g1", {"a": 1, "b": 0}, None))  # a removal: its own step
    history.record(typed(5, None))  # typing after a removal starts a new step
    assert len(history) == 3
    newest = history.undo()
    assert newest is not None and newest.after == {"a": 5, "b": 0}
    history.restore(newest)
    assert history.last == newest
    history.record(typed(6, 5))  # after an undo (even a refused one) typing is a new step
    assert len(history) == 4


def test_the_history_keeps_a_bounded_number_of_steps() -> None:
    history = VoteHistory(limit=3)
    for count in range(5):
        history.record(typed(count, None, group=f"g{count}"))
    assert len(history) == 3 and history.last is not None and history.last.group_id == "g4"


def test_a_change_from_another_source_never_merges_with_typing() -> None:
    history = VoteHistory()
    history.record(typed(1, None))
    history.record(VoteChange(0, 1, "g1", {"a": 1, "b": 0}, {"a": 2, "b": 0}, "a", source="phone"))
    assert len(history) == 2
