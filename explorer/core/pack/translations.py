"""Which texts of a pack file a translation covers, and the hash that keeps it in step.

A translation of a pack file (a scenario, ``pack.yaml`` or the roles file) is an *overlay*:
``<folder of the file>/translations/<language>/<same file name>``. It maps one key per
translatable text of the base file to the translation and a short hash of the base text it
was made from::

    language: nl
    texts:
      title:
        from: 3f2a9c1b04de
        text: Troepen of enablers?
      stages.the-request.choices.contingent-in-numbers.tradeoffs.0.claim:
        from: 9a0b…
        text: …

Keys name the place in the base file: ids where the base has ids (stages, choices,
evidence, dimensions, roles), list positions where it has none (arguments, trade-offs,
prompts). When the base text changes, its hash no longer matches ``from`` and the entry is
*stale*: still shown (an old translation beats none), but reported until a translator
looks at it again.

Glosses are the one exception to "translate the English": a gloss renders a quote, so its
key is ``evidence.<id>.gloss`` and its hash is the quote's. A quote needs a gloss in a
language only when it is written in another one (a Dutch quote needs none in a Dutch
interface); ``gloss_keys`` says which. A quote's language is the block of the reading
edition it is anchored in where the corpus knows it (``SourceLanguages``): a Dutch
article's French abstract is quoted in French, glossed for a Dutch reader and not for a
French one; else its source's language.

This module only walks parsed YAML (plain dicts and lists); loading, validation and the
choice of language live with their callers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

#: The folder, beside a pack file, that holds its translations (one sub-folder per language).
TRANSLATIONS_DIR = "translations"

# Fields translated as they stand, per kind of object.
_SCENARIO_FIELDS = ("title", "decision_maker", "moment", "summary", "facilitator_notes")
_STAGE_FIELDS = ("title", "moment", "context", "question", "afterwards")
_CHOICE_FIELDS = ("label", "description")
_TRADEOFF_FIELDS = ("claim", "reasoning", "note")
_CITATION_FIELDS = ("note",)
_PACK_FIELDS = ("title", "description")
_DIMENSION_FIELDS = ("label", "description")
_ROLE_FIELDS = ("name", "actor", "brief")


def text_hash(text: str) -> str:
    """A short fingerprint of a base text; re-wrapping its lines does not change it."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def _texts(node: Mapping[str, Any], prefix: str, fields: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    for name in fields:
        value = node.get(name)
        if isinstance(value, str) and value.strip():
            yield f"{prefix}{name}", value


def _items(node: Mapping[str, Any], name: str) -> list[Any]:
    value = node.get(name)
    return value if isinstance(value, list) else []


def _entries(node: Mapping[str, Any], name: str) -> dict[str, Any]:
    value = node.get(name)
    return value if isinstance(value, dict) else {}


def _by_id(node: Mapping[str, Any], name: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for item in _items(node, name):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            yield item["id"], item


def _scenario_texts(doc: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    yield from _texts(doc, "", _SCENARIO_FIELDS)
    for stage_id, stage in _by_id(doc, "stages"):
        at = f"stages.{stage_id}."
        yield from _texts(stage, at, _STAGE_FIELDS)
        for choice_id, choice in _by_id(stage, "choices"):
            here = f"{at}choices.{choice_id}."
            yield from _texts(choice, here, _CHOICE_FIELDS)
            for side in ("arguments_for", "arguments_against"):
                for n, argument in enumerate(_items(choice, side)):
                    if isinstance(argument, dict):
                        yield from _texts(argument, f"{here}{side}.{n}.", ("text",))
            for n, tradeoff in enumerate(_items(choice, "tradeoffs")):
                if isinstance(tradeoff, dict):
                    yield from _texts(tradeoff, f"{here}tradeoffs.{n}.", _TRADEOFF_FIELDS)
    for key, citation in _entries(doc, "evidence").items():
        if isinstance(citation, dict):
            yield from _texts(citation, f"evidence.{key}.", _CITATION_FIELDS)
    for n, prompt in enumerate(_items(doc, "discussion_prompts")):
        if isinstance(prompt, str) and prompt.strip():
            yield f"discussion_prompts.{n}", prompt


def _pack_texts(doc: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    yield from _texts(doc, "", _PACK_FIELDS)
    for dimension_id, dimension in _by_id(doc, "dimensions"):
        yield from _texts(dimension, f"dimensions.{dimension_id}.", _DIMENSION_FIELDS)


def _roles_texts(doc: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    for role_id, role in _by_id(doc, "roles"):
        at = f"roles.{role_id}."
        yield from _texts(role, at, _ROLE_FIELDS)
        for n, question in enumerate(_items(role, "questions")):
            if isinstance(question, str) and question.strip():
                yield f"{at}questions.{n}", question
        for key, citation in _entries(role, "evidence").items():
            if isinstance(citation, dict):
                yield from _texts(citation, f"{at}evidence.{key}.", _CITATION_FIELDS)


def translatable_texts(doc: Mapping[str, Any]) -> dict[str, str]:
    """Every text of a parsed pack file that a translation must cover, by key, in file order.

    The kind of file is told by its content: a roles file has ``roles``, ``pack.yaml`` has
    ``dimensions``, anything else is a scenario.
    """
    if "roles" in doc:
        return dict(_roles_texts(doc))
    if "dimensions" in doc:
        return dict(_pack_texts(doc))
    return dict(_scenario_texts(doc))


def _citations(doc: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for key, citation in _entries(doc, "evidence").items():
        if isinstance(citation, dict):
            yield f"evidence.{key}.", citation
    for role_id, role in _by_id(doc, "roles"):
        for key, citation in _entries(role, "evidence").items():
            if isinstance(citation, dict):
                yield f"roles.{role_id}.evidence.{key}.", citation


class SourceLanguages(dict[str, str]):
    """Source id → the language it is written in, and, where the corpus knows it, the
    language of a quote itself: a Dutch article's French abstract is quoted in French.

    ``quote_language`` takes a citation (``source``, ``quote``, ``prefix``, ``suffix``) and
    gives the language of the block its quote is anchored in, or ``""`` when unknown (then
    the source's language stands).
    """

    def __init__(
        self,
        by_source: Mapping[str, str],
        quote_language: Callable[[Mapping[str, Any]], str] | None = None,
    ) -> None:
        super().__init__(by_source)
        self._quote_language = quote_language

    def of(self, citation: Mapping[str, Any]) -> str | None:
        found = self._quote_language(citation) if self._quote_language is not None else ""
        source = citation.get("source")
        return found or (self.get(source) if isinstance(source, str) else None)


def gloss_keys(doc: Mapping[str, Any], language: str, source_languages: Mapping[str, str]) -> dict[str, str]:
    """The glosses a translation into ``language`` must give: key → the quote it renders.

    A quote needs a gloss when it is written in another language than the reader's: the
    quote's own language where ``source_languages`` is a ``SourceLanguages`` that knows it,
    else its source's. ``source_languages`` maps a source id to its language (``en``,
    ``nl``…); a source it does not know is taken to need a gloss.
    """
    keys: dict[str, str] = {}
    for key, citation in quoted_citations(doc):
        quote, source = citation["quote"], citation.get("source")
        if isinstance(source_languages, SourceLanguages):
            written_in = source_languages.of(citation)
        else:
            written_in = source_languages.get(source) if isinstance(source, str) else None
        if written_in == language:
            continue
        keys[key] = quote
    return keys


def quoted_citations(doc: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every citation of a parsed pack file with a quote, with the key of its gloss
    (``evidence.<id>.gloss``, ``roles.<role>.evidence.<id>.gloss``), in file order."""
    for prefix, citation in _citations(doc):
        quote = citation.get("quote")
        if isinstance(quote, str) and quote.strip():
            yield f"{prefix}gloss", citation
