"""The typed content model of a scenario pack.

The structs here are the schema: msgspec validates a parsed YAML document against
them (types, required fields, unknown fields, value ranges) and exports the same
definitions as JSON Schema for authors' editors (``explorer schema``). Rules that
need more than one field at a time (ids that must exist, quotes that must be in
a source) live in ``explorer.core.pack.loader``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import msgspec

from explorer.core.pack.budget import (
    MAX_CITATIONS,
    MAX_ID_CHARS,
    MAX_ITEMS,
    MAX_MARKDOWN_CHARS,
    MAX_TEXT_CHARS,
)

#: ``\Z``, not ``$``: msgspec tests patterns with ``re.search``, and ``$`` also matches
#: before a final newline, which would let ``"an-id\n"`` through.
#: ``scenario_schema`` writes ``$`` for editors (ECMAScript's ``$`` is ``\Z``).
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*\Z"
Id = Annotated[
    str,
    msgspec.Meta(
        pattern=ID_PATTERN,
        max_length=MAX_ID_CHARS,
        description="Lower-case letters, digits and hyphens, e.g. `enablers-not-troops`.",
    ),
]
Text = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_TEXT_CHARS)]
#: Optional text (may be empty).
Note = Annotated[str, msgspec.Meta(max_length=MAX_TEXT_CHARS)]
Markdown = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=MAX_MARKDOWN_CHARS,
        description="Markdown (raw HTML is not rendered). Cite with [words](cite:citation-id).",
    ),
]
Ids = Annotated[list[Id], msgspec.Meta(max_length=MAX_ITEMS)]
Effect = Annotated[
    int,
    msgspec.Meta(
        ge=-2,
        le=2,
        description="Direction and strength: -2 strongly worse … +2 strongly better (0 is not allowed).",
    ),
]


class Evidence(StrEnum):
    """How a trade-off stands to the documents."""

    STATED = "stated"  # a cited passage says it
    INFERRED = "inferred"  # follows from cited passages, not said in so many words
    ASSUMPTION = "assumption"  # the facilitator's own assumption, labelled as such


class Difficulty(StrEnum):
    INTRODUCTORY = "introductory"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Struct(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True, gc=False):
    """Base of every pack struct: unknown fields are an error (catches typos).

    ``gc=False``: a pack's structs never form reference cycles, so the collector need
    not track them (less memory per struct, and nothing to scan in a large pack).
    """


#: A date as stages and citations write it: YYYY, YYYY-MM or YYYY-MM-DD (or nothing).
#: ``\Z`` rather than ``$`` for the reason given at ``ID_PATTERN``.
DATE_PATTERN = r"^\Z|^\d{4}(-\d{2}(-\d{2})?)?\Z"


class Citation(Struct):
    """A quote from a source, found by its text (like a W3C TextQuoteSelector)."""

    source: Id
    quote: Text
    prefix: Note = ""
    suffix: Note = ""
    gloss: Note = ""
    note: Note = ""
    #: The time the passage describes, when the source was written later (a 2021 article on the
    #: 2013 decision): a stage dated on or after it may show the passage before its choice.
    about: Annotated[
        str,
        msgspec.Meta(
            pattern=DATE_PATTERN,
            description=(
                "The time this passage describes (YYYY, YYYY-MM or YYYY-MM-DD), if the source was written "
                "later: a stage dated on or after it may cite the passage before its choice."
            ),
        ),
    ] = ""


class Argument(Struct):
    text: Text
    citations: Ids = []


class TradeOff(Struct):
    dimension: Id
    effect: Effect
    claim: Text
    evidence: Evidence
    citations: Ids = []
    #: For an inferred trade-off: the step from the cited passages to the claim, written out.
    reasoning: Note = ""
    note: Note = ""


class Choice(Struct):
    id: Id
    label: Text
    description: Markdown
    tradeoffs: Annotated[list[TradeOff], msgspec.Meta(max_length=MAX_ITEMS)]
    arguments_for: Annotated[list[Argument], msgspec.Meta(max_length=MAX_ITEMS)] = []
    arguments_against: Annotated[list[Argument], msgspec.Meta(max_length=MAX_ITEMS)] = []
    leads_to: Id | None = None
    #: Shown only if one of these earlier choices was made (multi-stage scenarios).
    available_if: Ids = []


class Stage(Struct):
    id: Id
    title: Text
    context: Markdown
    question: Text
    choices: Annotated[list[Choice], msgspec.Meta(max_length=MAX_ITEMS)]
    moment: Note = ""
    #: The date of the decision (YYYY, YYYY-MM or YYYY-MM-DD): nothing later is shown before it is made.
    as_of: Annotated[
        str,
        msgspec.Meta(pattern=DATE_PATTERN, description="A date: YYYY, YYYY-MM or YYYY-MM-DD."),
    ] = ""
    #: A stage replayed with later analysis: its arguments may cite analyses written up to this date
    #: (after ``as_of``). The app labels the stage so; events after ``as_of`` still wait for ``afterwards``.
    analysis_as_of: Annotated[
        str,
        msgspec.Meta(
            pattern=DATE_PATTERN,
            description="For a stage replayed with later analysis: the date of the latest analysis its "
            "arguments cite before the choice (YYYY, YYYY-MM or YYYY-MM-DD), after `as_of`.",
        ),
    ] = ""
    #: Markdown: what happened after ``as_of``, shown only once the choice is made (or the vote revealed).
    afterwards: Annotated[str, msgspec.Meta(max_length=MAX_MARKDOWN_CHARS)] = ""
    #: Where every choice of this stage leads unless the choice says otherwise.
    next: Id | None = None


class Scenario(Struct):
    id: Id
    title: Text
    decision_maker: Text
    moment: Text
    summary: Text
    minutes: Annotated[int, msgspec.Meta(ge=5, le=480)]
    difficulty: Difficulty
    stages: Annotated[list[Stage], msgspec.Meta(max_length=MAX_ITEMS)]
    evidence: Annotated[dict[Id, Citation], msgspec.Meta(max_length=MAX_CITATIONS)]
    facilitator_notes: Markdown
    discussion_prompts: Annotated[list[Text], msgspec.Meta(max_length=MAX_ITEMS)]
    tags: Ids = []

    def choices(self) -> list[tuple[Stage, Choice]]:
        return [(stage, choice) for stage in self.stages for choice in stage.choices]

    def cited_sources(self) -> set[str]:
        return {citation.source for citation in self.evidence.values()}


class Dimension(Struct):
    id: Id
    label: Text
    description: Text


class PackInfo(Struct):
    """``pack.yaml``: what the pack is and the dimensions its trade-offs use."""

    id: Id
    title: Text
    version: Text
    description: Text
    dimensions: Annotated[list[Dimension], msgspec.Meta(max_length=MAX_ITEMS)]
    authors: Annotated[list[Note], msgspec.Meta(max_length=MAX_ITEMS)] = []
    language: Annotated[str, msgspec.Meta(max_length=MAX_ID_CHARS)] = "en"
