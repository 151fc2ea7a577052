"""The room's arguments: one line for or against a choice, moderated by the facilitator, mapped.

During the discussion of an agenda item, participants (from their phones, see
``explorer.core.workshop.ballots.apply``) and the facilitator add one-line
arguments for or against one of its choices. Nothing a phone sends is shown to
the room until the facilitator accepts it; the facilitator can also hide an
argument or merge a duplicate into another (the other then counts it). The
accepted ones form a map (``argument_map``): the question, its choices, and the
pros and cons of each, which the presenter shows and the debrief prints. They
are saved with the session like everything else.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.workshop.phone_record import Argument
from explorer.core.workshop.plan import letter
from explorer.core.workshop.session import ItemRecord, Step, WorkshopError, WorkshopSession

#: One line: long enough for a reason, short enough to read from the back of the room.
MAX_ARGUMENT_CHARS = 140
#: A phone's arguments per agenda item: enough to take part, not enough to flood the list.
MAX_ARGUMENTS_PER_DEVICE = 5
#: Per item, from all phones together: the list the facilitator moderates stays readable.
MAX_ARGUMENTS_PER_ITEM = 300
STANCES = ("for", "against")
PENDING, ACCEPTED, HIDDEN, MERGED = "pending", "accepted", "hidden", "merged"


def arguing_item(session: WorkshopSession) -> int | None:
    """The agenda item phones may send arguments for now (its discussion), or None."""
    if session.step is Step.DISCUSSION and session.record() is not None and not session.finished:
        return session.item
    return None


def clean_text(text: str) -> str:
    """One line of text: runs of whitespace (line breaks included) become one space."""
    return " ".join(text.split())


def check_argument(session: WorkshopSession, item: int, choice: str, stance: str, text: str) -> str:
    """The cleaned text if the argument can be added to ``item``; ``WorkshopError`` says why not."""
    agenda = session.agenda_item(item)
    if agenda is None:
        raise WorkshopError(f"The agenda has no item {item + 1}.")
    if choice not in agenda.card.choice_ids():
        raise WorkshopError(f"“{agenda.card.question}” has no choice {choice}.")
    if stance not in STANCES:
        raise WorkshopError("An argument is for or against a choice.")
    cleaned = clean_text(text)
    if not cleaned:
        raise WorkshopError("Write the argument first.")
    if len(cleaned) > MAX_ARGUMENT_CHARS:
        raise WorkshopError(f"An argument is one line of at most {MAX_ARGUMENT_CHARS} characters.")
    return cleaned


def add_argument(
    session: WorkshopSession,
    choice: str,
    stance: str,
    text: str,
    now: float,
    item: int | None = None,
    device: str = "",
) -> Argument:
    """Add an argument to ``item`` (None: the current one). The facilitator's are accepted at once."""
    index = session.item if item is None else item
    cleaned = check_argument(session, index, choice, stance, text)
    record = session.record(index)
    assert record is not None  # check_argument found the item
    if len(record.arguments) >= MAX_ARGUMENTS_PER_ITEM:
        raise WorkshopError("This item has as many arguments as it can take.")
    argument = Argument(
        f"a{len(record.arguments) + 1}",
        choice,
        stance,
        cleaned,
        now,
        device,
        PENDING if device else ACCEPTED,
    )
    record.arguments.append(argument)
    return argument


def arguments_of_device(record: ItemRecord, device: str) -> int:
    return sum(1 for argument in record.arguments if argument.device == device)


def _find(session: WorkshopSession, item: int, argument_id: str) -> Argument:
    record = session.record(item)
    if record is None:
        raise WorkshopError(f"The agenda has no item {item + 1}.")
    for argument in record.arguments:
        if argument.id == argument_id:
            return argument
    raise WorkshopError(f"There is no argument {argument_id} in this item.")


def accept(session: WorkshopSession, item: int, argument_id: str) -> None:
    argument = _find(session, item, argument_id)
    if argument.status == MERGED:
        raise WorkshopError("This argument was merged into another; accept that one.")
    argument.status = ACCEPTED


def hide(session: WorkshopSession, item: int, argument_id: str) -> None:
    argument = _find(session, item, argument_id)
    if argument.status == MERGED:
        raise WorkshopError("This argument was merged into another; hide that one.")
    argument.status = HIDDEN


def merge(session: WorkshopSession, item: int, argument_id: str, into: str) -> None:
    """Fold a duplicate into another argument on the same side of the same choice."""
    source, target = _find(session, item, argument_id), _find(session, item, into)
    if source is target:
        raise WorkshopError("An argument cannot be merged into itself.")
    if source.status == MERGED or target.status == MERGED:
        raise WorkshopError("Merge into an argument that stands on its own.")
    if (source.choice, source.stance) != (target.choice, target.stance):
        raise WorkshopError("Only arguments on the same side of the same choice can be merged.")
    source.status, source.merged_into = MERGED, target.id
    target.also += 1 + source.also
    source.also = 0


@dataclass(frozen=True)
class MappedArgument:
    text: str
    also: int = 0  # how many said the same (merged into it)


@dataclass(frozen=True)
class ChoiceArguments:
    letter: str
    label: str
    pros: tuple[MappedArgument, ...] = ()
    cons: tuple[MappedArgument, ...] = ()


@dataclass(frozen=True)
class ArgumentMap:
    """The accepted arguments of an item: question → choices → pros and cons."""

    question: str
    choices: tuple[ChoiceArguments, ...]

    @property
    def empty(self) -> bool:
        return not any(choice.pros or choice.cons for choice in self.choices)


def argument_map(session: WorkshopSession, item: int | None = None) -> ArgumentMap | None:
    """What the room may see of the arguments: the accepted ones only, most supported first."""
    index = session.item if item is None else item
    agenda, record = session.agenda_item(index), session.record(index)
    if agenda is None or record is None:
        return None
    accepted = [a for a in record.arguments if a.status == ACCEPTED]

    def side(choice: str, stance: str) -> tuple[MappedArgument, ...]:
        found = [a for a in accepted if a.choice == choice and a.stance == stance]
        found.sort(key=lambda a: -a.also)  # stable: equally supported ones keep their order
        return tuple(MappedArgument(a.text, a.also) for a in found)

    return ArgumentMap(
        agenda.card.question,
        tuple(
            ChoiceArguments(letter(i), c.label, side(c.id, "for"), side(c.id, "against"))
            for i, c in enumerate(agenda.card.choices)
        ),
    )
