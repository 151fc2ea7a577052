"""What the vote counts were before each change: the facilitator's undo, and the last change shown.

A vote enters a session from several places: the facilitator typing a group's
counts (from hands or paper), and later phones. Each change is kept as a
``VoteChange`` (which group's counts, in which round, before and after, and where
it came from), so the console can say what changed last and Ctrl+Z can put the
counts back. The history is pure data; the controller applies an undo through
the session like any other action, so an undo is saved too.

Typing "12" in a cell is two changes (1, then 12) that mean one edit: a change
to the same cell right after another is merged into it, so one Ctrl+Z takes the
whole number back, as it does in a text field.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from explorer.core.workshop.session import Round

Tally = dict[str, int]

#: Counts typed by the facilitator (a show of hands, paper ballots).
KEYBOARD = "keyboard"


@dataclass(frozen=True)
class VoteChange:
    item: int
    round: Round
    group_id: str
    #: The group's counts before and after (None: the group had no entry).
    before: Tally | None
    after: Tally | None
    #: The choice whose cell was typed in ("" for a whole-row change such as a removal).
    choice_id: str = ""
    source: str = KEYBOARD

    def cell(self) -> tuple[int, Round, str, str]:
        return (self.item, self.round, self.group_id, self.choice_id)


class VoteHistory:
    """The changes made, newest last; ``undo`` hands back the one to reverse."""

    def __init__(self, limit: int = 500) -> None:
        self._changes: list[VoteChange] = []
        self._limit = limit
        #: False once the facilitator moved on from a cell: the next typing there is a new edit.
        self._open = False

    def __len__(self) -> int:
        return len(self._changes)

    @property
    def last(self) -> VoteChange | None:
        return self._changes[-1] if self._changes else None

    def record(self, change: VoteChange) -> None:
        """Keep ``change``; merged into the previous one while the same cell is still being typed."""
        previous = self.last
        if (
            self._open
            and previous is not None
            and change.choice_id
            and previous.cell() == change.cell()
            and previous.source == change.source
        ):
            self._changes[-1] = replace(previous, after=change.after)
        else:
            self._changes.append(change)
            del self._changes[: -self._limit]
        self._open = bool(change.choice_id)

    def close_edit(self) -> None:
        """The facilitator left the cell: the next change starts a new undo step."""
        self._open = False

    def undo(self) -> VoteChange | None:
        """The newest change, taken off the history (None if there is none)."""
        self._open = False
        return self._changes.pop() if self._changes else None

    def restore(self, change: VoteChange) -> None:
        """Put back a change whose undo was refused."""
        self._changes.append(change)
