"""A workshop session as a state machine: staged reveal, blind vote, discussion, revote, results.

The session walks a fixed sequence of *slides* built from its plan: a lobby, the
roles (if groups have roles), then for every agenda item its context (one
paragraph a slide), its choices, its evidence (one passage a slide), the first
vote (blind), the discussion (timed), the second vote and the results, and
finally the end. ``next``/``previous``/``go_to`` move along it; a slide past a
vote can only be reached once every group's votes of that round are in.

Every action checks first and changes the session only if it is allowed, so a
refused action (a ``WorkshopError`` saying why) leaves the session exactly as it
was. Votes are stored per group and choice; what the room may see of them is
decided by ``explorer.core.workshop.room_view.room_view`` and nothing else. The whole
session is plain data (msgspec structs, ``to_data``/``from_data``);
``explorer.core.workshop.files.Autosave`` writes it through ``explorer.core.store``
after every action, and loading it gives the same session.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated, Any, Literal, NamedTuple

import msgspec

from explorer.core.limits import MAX_ITEMS, Epoch, Id, Name, Seconds, Small, Text, capped_seconds
from explorer.core.vocabulary import STEPS
from explorer.core.workshop.phone_record import Arguments, Ballots, RoomRecord
from explorer.core.workshop.plan import AgendaItem, Plan, WorkshopError

__all__ = ["Step", "WorkshopError", "WorkshopSession", "new_session"]

SESSION_KIND = "workshop-session"
#: 2: ``ended`` (the facilitator ended the workshop) and ``timer_pinned``.
SESSION_VERSION = 2
MAX_COUNT = 9999

Round = Literal[1, 2]
#: One group's count for one choice, as a file may hold it (``set_votes`` checks the same bound).
Count = Annotated[int, msgspec.Meta(ge=0, le=MAX_COUNT)]
Votes = dict[Id, dict[Id, Count]]  # group id → choice id → count
#: The length of a timer's countdown (``adjust_timer`` keeps it in this range).
MAX_TIMER_SECONDS = 24 * 3600.0
TimerSeconds = Annotated[float, msgspec.Meta(ge=0.0, le=MAX_TIMER_SECONDS)]


class Step(StrEnum):
    LOBBY = "lobby"
    ROLES = "roles"
    CONTEXT = "context"
    CHOICES = "choices"
    EVIDENCE = "evidence"
    FIRST_VOTE = "first-vote"
    DISCUSSION = "discussion"
    SECOND_VOTE = "second-vote"
    RESULTS = "results"
    END = "end"


ITEM_STEPS = (
    Step.CONTEXT,
    Step.CHOICES,
    Step.EVIDENCE,
    Step.FIRST_VOTE,
    Step.DISCUSSION,
    Step.SECOND_VOTE,
    Step.RESULTS,
)
#: The steps in English, for the core's own messages (refusals, ``describe``); the interface
#: names them through ``explorer.ui.vocabulary.step_name``, in its language.
STEP_LABELS = {step: STEPS[step.value] for step in Step}


class Slide(NamedTuple):
    step: Step
    item: int  # agenda index; -1 outside the agenda
    page: int = 0


def slides(plan: Plan) -> list[Slide]:
    """Every slide of a session in order."""
    found = [Slide(Step.LOBBY, -1)]
    found += [Slide(Step.ROLES, -1, page) for page in range(len(plan.roles))]
    for index, item in enumerate(plan.agenda):
        found += [Slide(Step.CONTEXT, index, page) for page in range(max(1, len(item.card.paragraphs())))]
        found.append(Slide(Step.CHOICES, index))
        found += [Slide(Step.EVIDENCE, index, page) for page in range(len(item.card.passages))]
        found += [Slide(step, index) for step in ITEM_STEPS[3:]]
    found.append(Slide(Step.END, -1))
    return found


class Timer(msgspec.Struct, forbid_unknown_fields=True):
    """A countdown that survives a crash: it keeps its start as wall-clock time."""

    duration: TimerSeconds
    elapsed: Seconds = 0.0
    started_at: Epoch | None = None

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def elapsed_at(self, now: float) -> float:
        running = max(0.0, now - self.started_at) if self.started_at is not None else 0.0
        return capped_seconds(self.elapsed + running)

    def remaining(self, now: float) -> float:
        return self.duration - self.elapsed_at(now)


class ItemRecord(msgspec.Struct, forbid_unknown_fields=True):
    """What happened to one agenda item."""

    timer: Timer
    first_vote: Votes = {}
    second_vote: Votes = {}
    first_revealed: bool = False
    second_revealed: bool = False
    #: Passages (citation ids) the room has seen, in the order first shown.
    shown: Annotated[list[Id], msgspec.Meta(max_length=MAX_ITEMS)] = []
    #: The facilitator's own notes, typed during the session.
    notes: Text = ""
    seconds: Seconds = 0.0
    visited: bool = False
    #: Ballots cast from phones (``explorer.core.workshop.ballots``), kept apart from the
    #: counts typed at the console so the console can tell them apart; ``tally`` adds both.
    first_ballots: Ballots = {}
    second_ballots: Ballots = {}
    #: Arguments for and against the choices (``explorer.core.workshop.arguments``).
    arguments: Arguments = []

    def votes(self, round_number: Round) -> Votes:
        return self.first_vote if round_number == 1 else self.second_vote

    def ballots(self, round_number: Round) -> Ballots:
        return self.first_ballots if round_number == 1 else self.second_ballots

    def tally(self, round_number: Round) -> Votes:
        """Every vote of the round: the counts typed at the console plus the phones' ballots."""
        combined = {group: dict(counts) for group, counts in self.votes(round_number).items()}
        for ballot in self.ballots(round_number).values():
            counts = combined.setdefault(ballot.group, {})
            counts[ballot.choice] = counts.get(ballot.choice, 0) + 1
        return combined

    def revealed(self, round_number: Round) -> bool:
        return self.first_revealed if round_number == 1 else self.second_revealed


class Event(msgspec.Struct, array_like=True, forbid_unknown_fields=True):
    at: Epoch
    action: Name
    detail: Text = ""


def _now(now: float | None) -> float:
    # Always a float: an int would be written as one and read back as a float.
    return time.time() if now is None else float(now)


class WorkshopSession(msgspec.Struct, forbid_unknown_fields=True):
    id: Id
    created: Epoch
    plan: Plan
    items: Annotated[list[ItemRecord], msgspec.Meta(max_length=MAX_ITEMS)]
    step: Step = Step.LOBBY
    item: Small = -1
    page: Annotated[int, msgspec.Meta(ge=0, le=1_000_000)] = 0
    blanked: bool = False
    notes: Text = ""
    #: When the current agenda item was entered (its time is added on leaving).
    since: Epoch | None = None
    log: Annotated[list[Event], msgspec.Meta(max_length=10 * MAX_ITEMS)] = []
    #: Voting from phones, once the facilitator has turned it on (``explorer.core.workshop.ballots``).
    room: RoomRecord | None = None
    #: When the facilitator ended the workshop (None: it can be resumed).
    ended: Epoch | None = None
    #: Keep the discussion timer on the room's screen outside the discussion too.
    timer_pinned: bool = False

    # -- reading ---------------------------------------------------------------------------------
    @property
    def title(self) -> str:
        return self.plan.title

    @property
    def slide(self) -> Slide:
        return Slide(self.step, self.item, self.page)

    @property
    def finished(self) -> bool:
        """Ended by the facilitator: not offered for resuming, changed no more (notes aside)."""
        return self.ended is not None

    def agenda_item(self, index: int | None = None) -> AgendaItem | None:
        index = self.item if index is None else index
        return self.plan.agenda[index] if 0 <= index < len(self.plan.agenda) else None

    def record(self, index: int | None = None) -> ItemRecord | None:
        index = self.item if index is None else index
        return self.items[index] if 0 <= index < len(self.items) else None

    def missing_votes(self, round_number: Round, index: int | None = None) -> list[str]:
        """Names of the groups whose votes of that round are not in yet."""
        record = self.record(index)
        if record is None:
            return []
        votes = record.tally(round_number)
        return [group.name for group in self.plan.groups if group.id not in votes]

    def position(self) -> int:
        return slides(self.plan).index(self.slide)

    # -- moving ----------------------------------------------------------------------------------
    def _check_reachable(self, target: Slide) -> None:
        if target.item < 0:
            return
        rank = ITEM_STEPS.index(target.step)
        for round_number, vote_step in ((1, Step.FIRST_VOTE), (2, Step.SECOND_VOTE)):
            if rank > ITEM_STEPS.index(vote_step):
                missing = self.missing_votes(round_number, target.item)  # type: ignore[arg-type]
                if missing:
                    which = "first" if round_number == 1 else "second"
                    raise WorkshopError(
                        f"Enter the {which} vote of every group before going on "
                        f"(still missing: {', '.join(missing)})."
                    )

    def _check_open(self) -> None:
        if self.ended is not None:
            raise WorkshopError(
                "The workshop has ended; open it to read or export the debrief, not to run it again."
            )

    def _move(self, target: Slide, now: float, action: str) -> None:
        self._check_open()
        self._check_reachable(target)
        if target.item != self.item:
            left = self.record()
            if left is not None and self.since is not None:
                left.seconds = capped_seconds(left.seconds + max(0.0, now - self.since))
            self.since = now if target.item >= 0 else None
        self.step, self.item, self.page = target
        record = self.record()
        if record is not None:
            record.visited = True
            agenda = self.plan.agenda[self.item]
            if target.step is Step.EVIDENCE:
                citation_id = agenda.card.passages[target.page].citation_id
                if citation_id not in record.shown:
                    record.shown.append(citation_id)
        self._log(now, action, f"{target.step.value} {target.item} {target.page}")

    def next(self, now: float | None = None) -> None:
        self._check_open()
        order = slides(self.plan)
        index = order.index(self.slide)
        if index + 1 >= len(order):
            raise WorkshopError("This is the last step; end the workshop to mark it finished.")
        self._move(order[index + 1], _now(now), "next")

    def previous(self, now: float | None = None) -> None:
        order = slides(self.plan)
        index = order.index(self.slide)
        if index == 0:
            raise WorkshopError("This is the first step; there is nothing before it.")
        # Back from an item that was jumped to, the one before may have no votes yet:
        # land on its last step that can be shown (its first vote, at the latest).
        for target in reversed(order[:index]):
            try:
                self._check_reachable(target)
            except WorkshopError:
                continue
            self._move(target, _now(now), "previous")
            return

    def go_to(self, step: Step, item: int = -1, page: int = 0, now: float | None = None) -> None:
        """Jump to a slide (from the agenda or the step bar)."""
        target = Slide(Step(step), item, page)
        if target not in slides(self.plan):
            raise WorkshopError(f"There is no step {STEP_LABELS[target.step]} {page + 1} at this point.")
        self._move(target, _now(now), "go-to")

    def go_to_item(self, index: int, now: float | None = None) -> None:
        if not 0 <= index < len(self.plan.agenda):
            raise WorkshopError(f"The agenda has no item {index + 1}.")
        self.go_to(Step.CONTEXT, index, 0, now)

    def end(self, now: float | None = None, in_the_room: bool = True) -> None:
        """End the workshop: timers stop, the room sees the end slide, the session is finished.

        Ending is allowed at any point (a workshop may run out of time before its last
        item); votes not entered stay missing and the debrief says where it stopped.
        A session ended later, outside the room (``in_the_room=False``, "Mark as ended"
        at start-up), does not count the time since it was left as time spent.
        """
        self._check_open()
        moment = _now(now)
        for record in self.items:
            if record.timer.started_at is not None:
                record.timer.elapsed = (
                    record.timer.elapsed_at(moment) if in_the_room else record.timer.elapsed
                )
                record.timer.started_at = None
        if not in_the_room:
            self.since = None
        where = self.slide
        end = Slide(Step.END, -1)
        if self.slide != end:
            self._move(end, moment, "go-to")
        self.blanked = False
        self.ended = moment
        self._log(moment, "end", f"{where.step.value} {where.item} {where.page}")

    # -- the screen ------------------------------------------------------------------------------
    def set_blank(self, blank: bool, now: float | None = None) -> None:
        self.blanked = blank
        self._log(_now(now), "blank" if blank else "unblank")

    def toggle_blank(self, now: float | None = None) -> None:
        self.set_blank(not self.blanked, now)

    # -- the timer -------------------------------------------------------------------------------
    def set_timer_pinned(self, pinned: bool, now: float | None = None) -> None:
        """Show the timer to the room at every step (True) or only during the discussion."""
        self.timer_pinned = pinned
        self._log(_now(now), "timer-pin" if pinned else "timer-unpin")

    def _timer(self) -> Timer:
        self._check_open()
        record = self.record()
        if record is None:
            raise WorkshopError("The timer runs during an agenda item; open one first.")
        return record.timer

    def start_timer(self, now: float | None = None) -> None:
        timer = self._timer()
        if timer.running:
            raise WorkshopError("The timer is already running.")
        timer.started_at = _now(now)
        self._log(timer.started_at, "timer-start")

    def stop_timer(self, now: float | None = None) -> None:
        timer = self._timer()
        if timer.started_at is None:
            raise WorkshopError("The timer is not running.")
        moment = _now(now)
        timer.elapsed = timer.elapsed_at(moment)
        timer.started_at = None
        self._log(moment, "timer-stop", f"{timer.elapsed:.0f}")

    def toggle_timer(self, now: float | None = None) -> None:
        if self._timer().running:
            self.stop_timer(now)
        else:
            self.start_timer(now)

    def adjust_timer(self, seconds: float, now: float | None = None) -> None:
        """Add (or with a negative number take away) time from the countdown."""
        timer = self._timer()
        if timer.duration + seconds < 0:
            raise WorkshopError("The timer cannot be set below zero.")
        if timer.duration + seconds > MAX_TIMER_SECONDS:
            raise WorkshopError("The timer cannot be set beyond 24 hours.")
        timer.duration += seconds
        self._log(_now(now), "timer-adjust", f"{seconds:+.0f}")

    def reset_timer(self, now: float | None = None) -> None:
        timer = self._timer()
        timer.elapsed = 0.0
        timer.started_at = _now(now) if timer.running else None
        self._log(_now(now), "timer-reset")

    # -- votes -----------------------------------------------------------------------------------
    def _vote_record(self, round_number: Round) -> tuple[ItemRecord, AgendaItem]:
        if round_number not in (1, 2):
            raise WorkshopError(f"There is no vote round {round_number}.")
        self._check_open()
        wanted = Step.FIRST_VOTE if round_number == 1 else Step.SECOND_VOTE
        record, agenda = self.record(), self.agenda_item()
        if self.step is not wanted or record is None or agenda is None:
            which = "first" if round_number == 1 else "second"
            raise WorkshopError(f"Votes of the {which} round are entered at the {which} vote step.")
        return record, agenda

    def set_votes(
        self, round_number: Round, group_id: str, counts: Mapping[str, int], now: float | None = None
    ) -> None:
        """Enter (or correct) one group's counts per choice; choices left out count 0."""
        record, agenda = self._vote_record(round_number)
        group = self.plan.group(group_id)
        order = agenda.card.choice_ids()
        unknown = [choice for choice in counts if choice not in order]
        if unknown:
            raise WorkshopError(f"“{agenda.card.question}” has no choice {', '.join(unknown)}.")
        for count in counts.values():
            if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
                raise WorkshopError(f"{group.name}: a count must be a whole number from 0 to {MAX_COUNT}.")
        tally = {choice: int(counts.get(choice, 0)) for choice in order}
        record.votes(round_number)[group.id] = tally
        counted = " ".join(f"{choice}={n}" for choice, n in tally.items())
        self._log(_now(now), f"vote-{round_number}", f"{group.id} {counted}")

    def clear_votes(self, round_number: Round, group_id: str, now: float | None = None) -> None:
        """Take a group's entry of a round back out (it has not voted after all)."""
        record, _agenda = self._vote_record(round_number)
        group = self.plan.group(group_id)
        if record.revealed(round_number):
            raise WorkshopError("The room has seen this round; correct the counts instead of removing them.")
        if group.id not in record.votes(round_number):
            raise WorkshopError(f"{group.name} has no votes in this round to remove.")
        del record.votes(round_number)[group.id]
        self._log(_now(now), f"clear-{round_number}", group.id)

    def revealable(self) -> Round | None:
        """The round ``reveal`` would show now, or None."""
        record = self.record()
        if record is None:
            return None
        if self.step in (Step.FIRST_VOTE, Step.DISCUSSION) and not record.first_revealed:
            return 1 if not self.missing_votes(1) else None
        if self.step is Step.RESULTS and not record.second_revealed:
            return 2
        return None

    def reveal(self, now: float | None = None) -> Round:
        """Show the room the votes of this step: the first round, or both rounds and the shift."""
        self._check_open()
        record = self.record()
        if record is None or self.step not in (Step.FIRST_VOTE, Step.DISCUSSION, Step.RESULTS):
            raise WorkshopError(
                "Nothing to reveal here: votes are revealed after the first vote, "
                "during the discussion, or at the results."
            )
        if self.step is Step.RESULTS:
            if record.second_revealed:
                raise WorkshopError("The results are already showing.")
            record.first_revealed = record.second_revealed = True
            self._log(_now(now), "reveal", "2")
            return 2
        if record.first_revealed:
            raise WorkshopError("The first vote is already showing.")
        missing = self.missing_votes(1)
        if missing:
            raise WorkshopError(
                f"Enter every group's first vote before revealing it (missing: {', '.join(missing)})."
            )
        record.first_revealed = True
        self._log(_now(now), "reveal", "1")
        return 1

    # -- notes -----------------------------------------------------------------------------------
    def set_notes(self, text: str, item: int | None = None) -> None:
        """The facilitator's notes: on agenda item ``item`` (None: the current one), or with
        ``item=-1`` (or outside the agenda) on the session as a whole."""
        index = self.item if item is None else item
        if index == -1:
            self.notes = text
            return
        record = self.record(index)
        if record is None:
            raise WorkshopError(f"The agenda has no item {index + 1}.")
        record.notes = text

    def _log(self, now: float, action: str, detail: str = "") -> None:
        self.log.append(Event(now, action, detail))


def new_session(plan: Plan, now: float | None = None, session_id: str | None = None) -> WorkshopSession:
    return WorkshopSession(
        id=session_id or uuid.uuid4().hex,
        created=_now(now),
        plan=plan,
        items=[ItemRecord(Timer(item.discussion_minutes * 60.0)) for item in plan.agenda],
    )


def room_view(session: WorkshopSession, now: float | None = None) -> Any:
    """What the presenter may show; see ``explorer.core.workshop.room_view.room_view``."""
    from explorer.core.workshop.room_view import room_view as view

    return view(session, now)


def describe(session: WorkshopSession) -> str:
    """Where the session stands, in words ("Scenario 2 of 3, Troops or enablers: First vote")."""
    agenda = session.agenda_item()
    label = STEP_LABELS[session.step]
    if agenda is None:
        return label
    return f"Scenario {session.item + 1} of {len(session.plan.agenda)}, {agenda.card.title}: {label}"


# -- files -----------------------------------------------------------------------------------------
def to_data(session: WorkshopSession) -> dict[str, Any]:
    data: dict[str, Any] = msgspec.to_builtins(session)
    return data


def _ended_at_the_end(data: dict[str, Any]) -> dict[str, Any]:
    """Format 1 → 2: a session that stood at its end slide had ended (that was the rule then)."""
    if data.get("step") == Step.END.value and "ended" not in data:
        log = data.get("log") or []
        last = log[-1][0] if log and isinstance(log[-1], list) and log[-1] else data.get("created", 0.0)
        return {**data, "ended": float(last)}
    return data


#: Migrations of older session files (``explorer.core.store``), by the version they start from.
MIGRATIONS = {1: _ended_at_the_end}


def from_data(data: Mapping[str, Any]) -> WorkshopSession:
    """The session in ``data``, checked for consistency; ``WorkshopError`` if it is not one."""
    fields = {key: value for key, value in data.items() if key not in ("format", "version")}
    try:
        session = msgspec.convert(fields, WorkshopSession)
    except msgspec.ValidationError as error:
        raise WorkshopError(f"not a usable workshop session: {error}") from None
    if len(session.items) != len(session.plan.agenda):
        raise WorkshopError("not a usable workshop session: the agenda and its records differ in length")
    if session.slide not in slides(session.plan):
        raise WorkshopError("not a usable workshop session: it stands at a step its agenda does not have")
    problem = _dangling(session)
    if problem:
        raise WorkshopError(f"not a usable workshop session: {problem}")
    return session


def _dangling(session: WorkshopSession) -> str:
    """What in the session names something its plan does not have ("" if nothing).

    The console, the presenter and the debrief look every such id up in the plan.
    """
    plan = session.plan
    groups = [group.id for group in plan.groups]
    if len(set(groups)) != len(groups):
        return "two groups have the same id"
    roles = {role.id for role in plan.roles}
    for group in plan.groups:
        if group.role is not None and group.role not in roles:
            return f"group {group.id} has role {group.role}, which the session does not have"
    for number, (item, record) in enumerate(zip(plan.agenda, session.items, strict=True), 1):
        choices = set(item.card.choice_ids())
        if len(choices) != len(item.card.choices):
            return f"agenda item {number} has two choices with the same id"
        for votes in (record.tally(1), record.tally(2)):  # typed counts and phones' ballots
            for group_id, counts in votes.items():
                if group_id not in groups or not set(counts) <= choices:
                    return f"agenda item {number} has votes of a group or choice it does not have"
        if any(argument.choice not in choices for argument in record.arguments):
            return f"agenda item {number} has an argument about a choice it does not have"
    if session.room is not None and any(d.group not in groups for d in session.room.devices.values()):
        return "a phone sits with a group the session does not have"
    return ""
