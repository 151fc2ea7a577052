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

Id = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^[a-z0-9][a-z0-9-]*$",
        description="Lower-case letters, digits and hyphens, e.g. `enablers-not-troops`.",
    ),
]
Text = Annotated[str, msgspec.Meta(min_length=1)]
Markdown = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        description="Markdown (raw HTML is not rendered). Cite with [words](cite:citation-id).",
    ),
]
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


class Struct(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """Base of every pack struct: unknown fields are an error (catches typos)."""


#: A date as stages and citations write it: YYYY, YYYY-MM or YYYY-MM-DD (or nothing).
DATE_PATTERN = r"^$|^\d{4}(-\d{2}(-\d{2})?)?$"


class Citation(Struct):
    """A quote from a source, found by its text (like a W3C TextQuoteSelector)."""

    source: Id
    quote: Text
    prefix: str = ""
    suffix: str = ""
    gloss: str = ""
    note: str = ""
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
    citations: list[Id] = []


class TradeOff(Struct):
    dimension: Id
    effect: Effect
    claim: Text
    evidence: Evidence
    citations: list[Id] = []
    #: For an inferred trade-off: the step from the cited passages to the claim, written out.
    reasoning: str = ""
    note: str = ""


class Choice(Struct):
    id: Id
    label: Text
    description: Markdown
    tradeoffs: list[TradeOff]
    arguments_for: list[Argument] = []
    arguments_against: list[Argument] = []
    leads_to: Id | None = None
    #: Shown only if one of these earlier choices was made (multi-stage scenarios).
    available_if: list[Id] = []


class Stage(Struct):
    id: Id
    title: Text
    context: Markdown
    question: Text
    choices: list[Choice]
    moment: str = ""
    #: The date of the decision (YYYY, YYYY-MM or YYYY-MM-DD): nothing later is shown before it is made.
    as_of: Annotated[
        str,
        msgspec.Meta(pattern=DATE_PATTERN, description="A date: YYYY, YYYY-MM or YYYY-MM-DD."),
    ] = ""
    #: Markdown: what happened after ``as_of``, shown only once the choice is made (or the vote revealed).
    afterwards: str = ""
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
    stages: list[Stage]
    evidence: dict[Id, Citation]
    facilitator_notes: Markdown
    discussion_prompts: list[Text]
    tags: list[Id] = []

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
    dimensions: list[Dimension]
    authors: list[str] = []
    language: str = "en"
