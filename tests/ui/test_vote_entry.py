"""Vote entry cannot lose a vote: the facilitator's keys, replayed on the real console.

The sequence from issue 15 (Tab wrapped into the next group and overwrote its
votes; the last value waited for Enter), then random key sequences checked
against a small model of what the facilitator typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.files import load_session, save_session, session_filename
from explorer.core.workshop.plan import Plan, agenda_item, new_plan
from explorer.core.workshop.session import MAX_COUNT, Step, new_session
from explorer.ui.tasks import wait_for_saves
from explorer.ui.workshop.console import WorkshopConsole
from explorer.ui.workshop.controller import WorkshopController
from tests.ui.conftest import make_appearance

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
KEYS = {
    "Tab": (Qt.Key.Key_Tab, NONE),
    "Backtab": (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
    "Enter": (Qt.Key.Key_Return, NONE),
    "Backspace": (Qt.Key.Key_Backspace, NONE),
    "Delete": (Qt.Key.Key_Delete, NONE),
    "Up": (Qt.Key.Key_Up, NONE),
    "Down": (Qt.Key.Key_Down, NONE),
    "Left": (Qt.Key.Key_Left, NONE),
    "Right": (Qt.Key.Key_Right, NONE),
    "Ctrl+Z": (Qt.Key.Key_Z, CTRL),
}


def four_choice_plan(bundled_pack: LoadedPack, corpus: Corpus) -> Plan:
    """ "Troops or enablers?" has four choices (A–D); three groups, as in a small room."""
    item = agenda_item(bundled_pack, corpus, "troops-or-enablers", minutes=30, discussion_minutes=10)
    groups = [("Group 1", None, None), ("Group 2", None, None), ("Group 3", None, 12)]
    return new_plan("Vote entry", [item], groups, corpus)


def open_console(qtbot, plan: Plan, directory: Path) -> WorkshopConsole:  # type: ignore[no-untyped-def]
    session = new_session(plan, now=1_000.0)
    session.go_to(Step.FIRST_VOTE, 0, now=1_000.0)
    path = directory / session_filename(session)
    save_session(path, session)
    controller = WorkshopController(load_session(path), clock=lambda: 1_000.0)
    console = WorkshopConsole(controller, appearance=make_appearance(directory))
    controller.setParent(console)
    qtbot.addWidget(console)
    console.show()
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    console.focus_votes()
    assert console.votes.hasFocus()
    return console


def type_sequence(qtbot, console: WorkshopConsole, sequence: str) -> None:  # type: ignore[no-untyped-def]
    """Keys as the issue writes them: ``3 Tab 1 Tab 0 Enter``."""
    for word in sequence.split():
        if word.isdigit():
            qtbot.keyClicks(console.votes, word)
        else:
            key, modifier = KEYS[word]
            qtbot.keyClick(console.votes, key, modifier)


def grid(console: WorkshopConsole) -> list[tuple[int, ...] | None]:
    """Each group's counts in choice order (None: no entry), as the session holds them."""
    session = console.controller.session
    votes = session.items[0].first_vote
    order = session.plan.agenda[0].card.choice_ids()
    return [tuple(votes[g.id][c] for c in order) if g.id in votes else None for g in session.plan.groups]


def on_disk(console: WorkshopConsole) -> list[tuple[int, ...] | None]:
    wait_for_saves()  # the app writes on its writer thread, in the order of the actions
    saved = load_session(console.controller.path).session
    order = saved.plan.agenda[0].card.choice_ids()
    votes = saved.items[0].first_vote
    return [tuple(votes[g.id][c] for c in order) if g.id in votes else None for g in saved.plan.groups]


@pytest.fixture
def console(qtbot, bundled_pack: LoadedPack, corpus: Corpus, tmp_path: Path) -> WorkshopConsole:  # type: ignore[no-untyped-def]
    return open_console(qtbot, four_choice_plan(bundled_pack, corpus), tmp_path)


def test_the_sequence_from_the_issue_keeps_every_vote(qtbot, console: WorkshopConsole) -> None:  # type: ignore[no-untyped-def]
    type_sequence(qtbot, console, "3 Tab 1 Tab 0 Tab 0 Enter")
    current = console.votes.currentIndex()
    assert (current.row(), current.column()) == (1, 0)  # the next group, at its first choice
    assert "Group 2 (group 2 of 3), choice A" in console.vote_position.text()
    type_sequence(qtbot, console, "0 Tab 2 Tab 1 Tab 2")  # no Enter after the last value
    assert grid(console) == [(3, 1, 0, 0), (0, 2, 1, 2), None]
    assert on_disk(console) == grid(console)  # each digit saved as it was typed
    assert console.controller.session.missing_votes(1) == ["Group 3"]
    assert "Group 2, D: 0 → 2" in console.last_change.text()


def test_tab_stops_at_the_ends_of_a_group_and_never_wraps(qtbot, console: WorkshopConsole) -> None:  # type: ignore[no-untyped-def]
    type_sequence(qtbot, console, "1 Tab 2 Tab 3 Tab 4 Tab Tab 5")
    assert grid(console) == [(1, 2, 3, 45), None, None]  # the extra Tabs stayed in the row
    assert "last choice" in console.statusBar().currentMessage()
    type_sequence(qtbot, console, "Backtab Backtab Backtab Backtab Backtab 9")
    assert grid(console) == [(9, 2, 3, 45), None, None]
    type_sequence(qtbot, console, "Enter Enter Enter 7 Enter")
    assert console.votes.currentIndex().row() == 2  # the last group: Enter stays there
    assert "last group" in console.statusBar().currentMessage()
    assert grid(console) == [(9, 2, 3, 45), None, (7, 0, 0, 0)]
    qtbot.keyClick(console.votes, Qt.Key.Key_Tab, CTRL)  # the way out of the grid
    assert not console.votes.hasFocus()


def test_every_change_can_be_undone_and_the_undo_is_saved(qtbot, console: WorkshopConsole) -> None:  # type: ignore[no-untyped-def]
    type_sequence(qtbot, console, "12 Tab 5 Enter 3")
    assert grid(console) == [(12, 5, 0, 0), (3, 0, 0, 0), None]
    type_sequence(qtbot, console, "Ctrl+Z")
    assert grid(console) == [(12, 5, 0, 0), None, None] == on_disk(console)
    assert "Undone: Group 2 is back to not entered" in console.last_change.text()
    type_sequence(qtbot, console, "Ctrl+Z")
    assert grid(console) == [(12, 0, 0, 0), None, None] == on_disk(console)
    type_sequence(qtbot, console, "Ctrl+Z")  # "12" was typed as one number: one undo
    assert grid(console) == [None, None, None] == on_disk(console)
    assert not console.actions_by_name["undo"].isEnabled()  # nothing left to undo
    type_sequence(qtbot, console, "Ctrl+Z")
    assert grid(console) == [None, None, None]
    type_sequence(qtbot, console, "Up 4 Delete")
    assert grid(console) == [None, None, None]
    assert "Group 1's entry removed" in console.last_change.text()
    type_sequence(qtbot, console, "Ctrl+Z")
    assert grid(console) == [(4, 0, 0, 0), None, None] == on_disk(console)


def test_a_count_has_a_ceiling_and_backspace_takes_a_digit_off(qtbot, console: WorkshopConsole) -> None:  # type: ignore[no-untyped-def]
    type_sequence(qtbot, console, "99999")
    assert grid(console)[0] == (MAX_COUNT, 0, 0, 0)
    assert str(MAX_COUNT) in console.statusBar().currentMessage()
    type_sequence(qtbot, console, "Backspace Backspace")
    assert grid(console)[0] == (99, 0, 0, 0)
    type_sequence(qtbot, console, "Tab Backtab Backspace")  # a fresh visit edits the shown count
    assert grid(console)[0] == (9, 0, 0, 0)


# -- random sequences against a model --------------------------------------------------------------
@dataclass
class FacilitatorModel:
    """What the facilitator meant: the grid they typed, as the module's docstring promises."""

    rows: int
    columns: int
    row: int = 0
    column: int = 0
    typed: str = ""
    #: Whether the last change was typing in the current cell (its undo then covers both).
    open: bool = False
    votes: list[list[int] | None] = field(default_factory=list)
    undo: list[tuple[int, list[int] | None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.votes = [None] * self.rows

    def _change(self, counts: list[int] | None, cell: bool) -> None:
        if not (cell and self.open):
            before = self.votes[self.row]
            self.undo.append((self.row, list(before) if before is not None else None))
        self.votes[self.row] = counts
        self.open = cell

    def _set(self, count: int) -> None:
        counts = list(self.votes[self.row] or [0] * self.columns)
        counts[self.column] = count
        self._change(counts, cell=True)

    def _go(self, row: int, column: int) -> None:
        if (row, column) != (self.row, self.column):
            self.row, self.column, self.typed, self.open = row, column, "", False

    def press(self, word: str) -> None:
        if word.isdigit():
            typed = (self.typed + word).lstrip("0") or "0"
            if int(typed) <= MAX_COUNT:
                self._set(int(typed))
                self.typed = typed
        elif word == "Backspace":
            row = self.votes[self.row]
            if row is not None:
                typed = (self.typed or str(row[self.column]))[:-1]
                if int(typed or "0") != row[self.column]:
                    self._set(int(typed or "0"))
                self.typed = typed
        elif word == "Delete":
            if self.votes[self.row] is not None:
                self._change(None, cell=False)
            self.typed = ""
        elif word in ("Tab", "Right"):
            self._go(self.row, min(self.column + 1, self.columns - 1))
        elif word in ("Backtab", "Left"):
            self._go(self.row, max(self.column - 1, 0))
        elif word == "Enter":
            self._go(min(self.row + 1, self.rows - 1), 0 if self.row + 1 < self.rows else self.column)
        elif word == "Down":
            self._go(min(self.row + 1, self.rows - 1), self.column)
        elif word == "Up":
            self._go(max(self.row - 1, 0), self.column)
        elif word == "Ctrl+Z":
            self.open = False
            if self.undo:
                row, before = self.undo.pop()
                self.votes[row] = before
                self.typed = ""

    def grid(self) -> list[tuple[int, ...] | None]:
        return [tuple(row) if row is not None else None for row in self.votes]


WORDS = st.one_of(
    st.sampled_from("0123456789"),
    st.sampled_from(["Tab", "Tab", "Enter", "Backtab", "Backspace", "Delete", "Up", "Down", "Left", "Right"]),
    st.just("Ctrl+Z"),
)


class PlanMaker:
    """Makes the plan inside the test, so that Hypothesis's report of a failure stays short."""

    def __init__(self, bundled_pack: LoadedPack, corpus: Corpus) -> None:
        self.make = lambda: four_choice_plan(bundled_pack, corpus)

    def __repr__(self) -> str:
        return "PlanMaker(troops-or-enablers, 3 groups)"


@pytest.fixture
def plan_maker(bundled_pack: LoadedPack, corpus: Corpus) -> PlanMaker:
    return PlanMaker(bundled_pack, corpus)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(words=st.lists(WORDS, min_size=1, max_size=40))
def test_random_key_sequences_enter_what_the_facilitator_typed(  # type: ignore[no-untyped-def]
    qtbot, plan_maker: PlanMaker, tmp_path_factory, words: list[str]
) -> None:
    console = open_console(qtbot, plan_maker.make(), tmp_path_factory.mktemp("votes"))
    model = FacilitatorModel(rows=3, columns=4)
    try:
        for word in words:
            type_sequence(qtbot, console, word)
            model.press(word)
            current = console.votes.currentIndex()
            assert (current.row(), current.column()) == (model.row, model.column), words
        assert grid(console) == model.grid(), words
        assert on_disk(console) == model.grid(), words
    finally:
        console.close()


def test_an_undo_stays_with_the_scenario_it_was_made_at(qtbot, running, good_pack, corpus) -> None:  # type: ignore[no-untyped-def]
    from tests.core.workshop_helpers import two_group_plan

    run = running(two_group_plan(good_pack, corpus, items=2))
    controller = run.controller
    controller.go_to(Step.FIRST_VOTE, 0)
    assert controller.set_count(1, "g1", "qualitative-presence", 3)
    controller.go_to(Step.CONTEXT, 1)
    assert not controller.undo_vote()
    assert "another scenario" in run.console.statusBar().currentMessage()
    controller.go_to(Step.FIRST_VOTE, 0)
    assert controller.undo_vote() and controller.session.items[0].first_vote == {}
    wait_for_saves()
    assert load_session(controller.path).session.items[0].first_vote == {}


def test_ctrl_z_in_the_notes_undoes_typing_there_not_a_vote(qtbot, console: WorkshopConsole) -> None:  # type: ignore[no-untyped-def]
    type_sequence(qtbot, console, "5")
    console.focus_notes()
    qtbot.keyClicks(console.notes, "Group 1 was quick.")
    qtbot.keyClick(console.notes, Qt.Key.Key_Z, CTRL)
    assert grid(console)[0] == (5, 0, 0, 0)
    assert console.notes.toPlainText() != "Group 1 was quick."
