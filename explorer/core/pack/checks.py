"""The rules a scenario must keep beyond its schema, each with an author's message.

Every finding names the path inside the document (``stages[0].choices[2]``) so
the pack loader can point at the file's line; the messages say what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from explorer.core.evidence.anchoring import Anchor, AnchorError, resolve
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.budget import markdown_problem
from explorer.core.pack.model import Evidence, Scenario, Stage

Severity = Literal["error", "warning"]
#: Quotes already anchored in this load: (source, quote, prefix, suffix) → anchor or error.
Resolved = dict[tuple[str, str, str, str], "Anchor | AnchorError"]
#: Failed quotes per file that get a "closest passage" suggestion (each costs a scan
#: of the source); the rest say only that the quote is not there.
MAX_SUGGESTIONS = 20

_CITE_LINK = re.compile(r"\]\(cite:([^)\s]*)\)")
_PLACEHOLDER = re.compile(r"\b(TODO|TBD|FIXME|XXX+|lorem ipsum)\b", re.IGNORECASE)
_EMPTYISH = frozenset({"...", "…", "-", "?", "tbd", "n/a"})
#: What any text ``_PLACEHOLDER`` matches holds, in the file's bytes lower-cased: only a file
#: with one of these is searched text by text with the regex (``in`` tests run in C). "lorem"
#: alone: in the file a line break may part it from "ipsum" (a folded line, which the parsed
#: text joins with a space).
_PLACEHOLDER_WORDS = (b"todo", b"tbd", b"lorem")
#: The words with an ``x``, a rare letter: looked for only in a file that has one (a search for
#: one byte runs at memory speed, one for a word at about a byte per step).
_PLACEHOLDER_WORDS_WITH_X = (b"fixme", b"xxx")
#: The letters that a case-blind Python regex takes for an ASCII letter of those words and that
#: bytes do not lower-case to one: ``İ`` and ``ı`` (for the ``i`` of "fixme"), in UTF-8. (The
#: long ``ſ`` passes for the ``s`` of "ipsum", which the bytes are no longer searched for.)
_CASE_BLIND_LOOKALIKES = (b"\xc4\xb0", b"\xc4\xb1")
#: The YAML escapes that can stand for a letter (the others stand for white space or controls).
_LETTER_ESCAPES = (b"\\x", b"\\u", b"\\U")


def may_hold_placeholder_words(raw: bytes) -> bool:
    """False when no text of the file ``raw`` can hold a ``_PLACEHOLDER`` word (TODO, TBD...)."""
    # A double-quoted YAML text can spell any letter as an escape (``"\x54ODO"`` is TODO):
    # a file with such an escape is searched text by text.
    if b"\\" in raw and any(escape in raw for escape in _LETTER_ESCAPES):
        return True
    # Bytes lower-case only ASCII letters, much faster than ``str.lower``; the few other
    # letters the regex matches as ASCII ones are looked for as they are, below.
    lowered = raw.lower()
    if any(word in lowered for word in _PLACEHOLDER_WORDS):
        return True
    if b"x" in lowered and any(word in lowered for word in _PLACEHOLDER_WORDS_WITH_X):
        return True
    # Their lead byte, found at memory speed, clears nearly every file first.
    return b"\xc4" in raw and any(letter in raw for letter in _CASE_BLIND_LOOKALIKES)


def blank_or_stand_in(text: str) -> bool:
    """True for a text that is empty once stripped, or a stand-in such as ``...`` or ``n/a``."""
    stripped = text.strip()
    return not stripped or stripped.lower() in _EMPTYISH


def placeholder_check(data: Any, raw: bytes | None, short_texts: list[str] | None) -> list[Finding]:
    """``placeholder_findings`` of a file's values, without the walk where it cannot find anything.

    ``raw`` is the file's bytes (``None``: unknown) and ``short_texts`` every text value that
    may be three characters or fewer once stripped (``fastyaml.QuickRead``; ``None``: not
    gathered). A blank or a stand-in (``_EMPTYISH``) is one of those texts, and a placeholder
    word is in the bytes, so a file with neither is not walked; the regex runs only in a file
    whose bytes hold one of its words.
    """
    words = raw is None or may_hold_placeholder_words(raw)
    if short_texts is not None and not words and not any(blank_or_stand_in(t) for t in short_texts):
        return []
    return list(placeholder_findings(data, words=words))


#: Languages whose quotes need no English gloss.
ENGLISH = frozenset({"en"})


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    message: str
    severity: Severity = "error"
    #: Point at the key rather than the value (for names that are wrong).
    at_key: bool = False
    #: Text inside the value to point at (a link inside a Markdown block).
    needle: str = ""


def placeholder_findings(data: Any, path: str = "", *, words: bool = True) -> Iterator[Finding]:
    """Empty or placeholder strings anywhere in a parsed document.

    ``words=False`` skips the search for placeholder words (``_PLACEHOLDER``), for a file
    whose bytes hold none (``may_hold_placeholder_words``).
    """
    if isinstance(data, str):
        stripped = data.strip()
        if not stripped:
            yield Finding(path, "empty text; write it or remove the field")
        elif stripped.lower() in _EMPTYISH or (words and _PLACEHOLDER.search(stripped)):
            yield Finding(path, f"placeholder text {_short(stripped)!r}; write the real text")
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from placeholder_findings(value, f"{path}.{key}" if path else str(key), words=words)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from placeholder_findings(value, f"{path}[{index}]", words=words)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _duplicates(ids: list[tuple[str, str]], what: str) -> Iterator[Finding]:
    seen: set[str] = set()
    for path, value in ids:
        if value in seen:
            yield Finding(path, f"duplicate {what} id `{value}`; ids must be unique")
        seen.add(value)


def check_citations(
    scenario: Scenario, corpus: Corpus, anchors: dict[str, Anchor], resolved: Resolved | None = None
) -> Iterator[Finding]:
    """Every quote resolves to exactly one passage; non-English quotes are glossed."""
    resolved = {} if resolved is None else resolved
    failures = 0
    for citation_id, citation in scenario.evidence.items():
        path = f"evidence.{citation_id}"
        if citation.source not in corpus:
            known = ", ".join(corpus.ids())
            yield Finding(f"{path}.source", f"unknown source `{citation.source}` (known: {known})")
            continue
        key = (citation.source, citation.quote, citation.prefix, citation.suffix)
        outcome = resolved.get(key)
        if outcome is None:
            try:
                outcome = resolve(corpus[citation.source], *key[1:], suggest=failures < MAX_SUGGESTIONS)
            except AnchorError as error:
                outcome = error
                failures += 1
            resolved[key] = outcome
        if isinstance(outcome, AnchorError):
            yield Finding(f"{path}.quote", str(outcome))
            continue
        anchor = outcome
        anchors[citation_id] = anchor
        if anchor.lang not in ENGLISH and not citation.gloss.strip():
            language = {"nl": "Dutch", "fr": "French"}.get(anchor.lang, anchor.lang)
            yield Finding(
                f"{path}.quote", f"this {language} quote needs a `gloss`: a faithful English translation"
            )


def stage_references(stage: Stage, s: int) -> Iterator[tuple[str, str]]:
    """(path, citation id) for every place a stage cites evidence before the choice (not ``afterwards``)."""
    for match in _CITE_LINK.finditer(stage.context):
        yield f"stages[{s}].context", match.group(1)
    for c, choice in enumerate(stage.choices):
        base = f"stages[{s}].choices[{c}]"
        for match in _CITE_LINK.finditer(choice.description):
            yield f"{base}.description", match.group(1)
        for side in ("arguments_for", "arguments_against"):
            for a, argument in enumerate(getattr(choice, side)):
                for k, cited in enumerate(argument.citations):
                    yield f"{base}.{side}[{a}].citations[{k}]", cited
                for match in _CITE_LINK.finditer(argument.text):
                    yield f"{base}.{side}[{a}].text", match.group(1)
        for t, tradeoff in enumerate(choice.tradeoffs):
            for k, cited in enumerate(tradeoff.citations):
                yield f"{base}.tradeoffs[{t}].citations[{k}]", cited


def _references(scenario: Scenario) -> Iterator[tuple[str, str]]:
    """(path, citation id) for every place the scenario cites evidence."""
    for s, stage in enumerate(scenario.stages):
        yield from stage_references(stage, s)
        for match in _CITE_LINK.finditer(stage.afterwards):
            yield f"stages[{s}].afterwards", match.group(1)
    for match in _CITE_LINK.finditer(scenario.facilitator_notes):
        yield "facilitator_notes", match.group(1)


def _cited_ids(scenario: Scenario) -> set[str]:
    """The citation ids ``_references`` yields, without the path of each (most scenarios need none)."""
    cited: set[str] = set()
    links = _CITE_LINK.findall
    for stage in scenario.stages:
        cited.update(links(stage.context))
        cited.update(links(stage.afterwards))
        for choice in stage.choices:
            cited.update(links(choice.description))
            for argument in (*choice.arguments_for, *choice.arguments_against):
                cited.update(argument.citations)
                cited.update(links(argument.text))
            for tradeoff in choice.tradeoffs:
                cited.update(tradeoff.citations)
    cited.update(links(scenario.facilitator_notes))
    return cited


def check_references(scenario: Scenario) -> Iterator[Finding]:
    # Every id cited is an entry and every entry is cited: nothing to report, and the walk
    # below, which names the place of each reference, is not needed.
    if _cited_ids(scenario) == scenario.evidence.keys():
        return
    used: set[str] = set()
    for path, cited in _references(scenario):
        used.add(cited)
        if cited not in scenario.evidence:
            inline = not path.rsplit(".", 1)[-1].startswith("citations")
            yield Finding(
                path,
                f"cites `{cited}`, which is not an entry of `evidence`",
                needle=f"cite:{cited})" if inline else "",
            )
    for citation_id in scenario.evidence:
        if citation_id not in used:
            yield Finding(
                f"evidence.{citation_id}", f"evidence `{citation_id}` is never cited", "warning", at_key=True
            )


def check_tradeoffs(scenario: Scenario, dimensions: set[str]) -> Iterator[Finding]:
    for s, stage in enumerate(scenario.stages):
        if len(stage.choices) < 2:
            yield Finding(f"stages[{s}].choices", "a decision needs at least two choices")
        for c, choice in enumerate(stage.choices):
            base = f"stages[{s}].choices[{c}]"
            effects = [t.effect for t in choice.tradeoffs]
            if len(effects) < 3:
                yield Finding(f"{base}.tradeoffs", "give each choice at least three trade-offs", "warning")
            if effects and (max(effects) < 0 or min(effects) > 0):
                yield Finding(
                    f"{base}.tradeoffs",
                    "every choice should have both a gain and a cost; one-sided choices are straw men",
                    "warning",
                )
            # Each place is spelled out only when a rule is broken there (a large pack has
            # hundreds of thousands of trade-offs, nearly all of them sound).
            for t, tradeoff in enumerate(choice.tradeoffs):
                if tradeoff.dimension not in dimensions:
                    known = ", ".join(sorted(dimensions))
                    yield Finding(
                        f"{base}.tradeoffs[{t}].dimension",
                        f"unknown dimension `{tradeoff.dimension}` (known: {known})",
                    )
                if tradeoff.effect == 0:
                    yield Finding(
                        f"{base}.tradeoffs[{t}].effect", "an effect of 0 claims nothing; use -2, -1, 1 or 2"
                    )
                if tradeoff.evidence is not Evidence.ASSUMPTION and not tradeoff.citations:
                    yield Finding(
                        f"{base}.tradeoffs[{t}].citations",
                        f"a trade-off marked `{tradeoff.evidence.value}` needs citations; "
                        "cite the passages or mark it `assumption`",
                    )
                if tradeoff.evidence is Evidence.INFERRED and not tradeoff.reasoning.strip():
                    # The step from the passages to the claim is what a reader checks an
                    # inference by; without it `inferred` is an unchecked promise.
                    yield Finding(
                        f"{base}.tradeoffs[{t}].evidence",
                        "an `inferred` trade-off needs `reasoning`: one or two sentences saying what the "
                        "cited passages say and the step from there to this claim (or mark it `stated` "
                        "if a passage itself says it, or `assumption`)",
                    )


def check_ids_and_flow(scenario: Scenario) -> Iterator[Finding]:
    """Unique ids, links that land somewhere, and every stage reachable."""
    stage_ids = [(f"stages[{s}].id", stage.id) for s, stage in enumerate(scenario.stages)]
    yield from _duplicates(stage_ids, "stage")
    choice_ids = [
        (f"stages[{s}].choices[{c}].id", choice.id)
        for s, stage in enumerate(scenario.stages)
        for c, choice in enumerate(stage.choices)
    ]
    yield from _duplicates(choice_ids, "choice")
    stages = {stage.id: index for index, stage in enumerate(scenario.stages)}
    choice_stage = {choice.id: s for s, stage in enumerate(scenario.stages) for choice in stage.choices}

    edges: dict[str, set[str]] = {stage.id: set() for stage in scenario.stages}
    for s, stage in enumerate(scenario.stages):
        if stage.next is not None:
            if stage.next not in stages:
                yield Finding(f"stages[{s}].next", f"`next` names no stage: `{stage.next}`")
            else:
                edges[stage.id].add(stage.next)
        for c, choice in enumerate(stage.choices):
            base = f"stages[{s}].choices[{c}]"
            target = choice.leads_to or stage.next
            if choice.leads_to is not None and choice.leads_to not in stages:
                yield Finding(f"{base}.leads_to", f"`leads_to` names no stage: `{choice.leads_to}`")
            elif target is not None and target in stages:
                edges[stage.id].add(target)
                if stages[target] == s:
                    yield Finding(f"{base}.leads_to", "a choice cannot lead back to its own stage")
            for k, earlier in enumerate(choice.available_if):
                if earlier not in choice_stage:
                    yield Finding(f"{base}.available_if[{k}]", f"`available_if` names no choice: `{earlier}`")
                elif choice_stage[earlier] >= s:
                    yield Finding(
                        f"{base}.available_if[{k}]",
                        f"`{earlier}` is not in an earlier stage, so it cannot unlock this choice",
                    )

    if scenario.stages:
        reached, frontier = {scenario.stages[0].id}, [scenario.stages[0].id]
        while frontier:
            for target in edges.get(frontier.pop(), ()):
                if target not in reached:
                    reached.add(target)
                    frontier.append(target)
        for s, stage in enumerate(scenario.stages):
            if stage.id not in reached:
                yield Finding(
                    f"stages[{s}]",
                    f"stage `{stage.id}` cannot be reached from the first stage; "
                    "point a `leads_to` or `next` at it",
                )


def _markdown_texts(scenario: Scenario) -> Iterator[tuple[str, str]]:
    """(path, text) of every field the app renders as Markdown."""
    for s, stage in enumerate(scenario.stages):
        yield f"stages[{s}].context", stage.context
        if stage.afterwards:
            yield f"stages[{s}].afterwards", stage.afterwards
        for c, choice in enumerate(stage.choices):
            yield f"stages[{s}].choices[{c}].description", choice.description
    yield "facilitator_notes", scenario.facilitator_notes


def check_markdown_budget(scenario: Scenario) -> Iterator[Finding]:
    """Markdown the renderer could choke on (see ``budget.markdown_problem``)."""
    for path, text in _markdown_texts(scenario):
        problem = markdown_problem(text)
        if problem is not None:
            message, needle = problem
            yield Finding(path, message, needle=needle)


def check_scenario(
    scenario: Scenario,
    data: Any,
    dimensions: set[str],
    corpus: Corpus,
    resolved: Resolved | None = None,
    *,
    raw: bytes | None = None,
    short_texts: list[str] | None = None,
) -> tuple[list[Finding], dict[str, Anchor]]:
    """All findings for one schema-valid scenario, and the anchors of its citations.

    ``raw`` and ``short_texts`` spare the placeholder check its walk where they show it
    would find nothing (``placeholder_check``).

    Markdown over budget is reported alone: the scenario will not be shown, so the
    slower checks (anchoring every quote) are not worth running.
    """
    anchors: dict[str, Anchor] = {}
    over_budget = list(check_markdown_budget(scenario))
    if over_budget:
        return over_budget, anchors
    findings = placeholder_check(data, raw, short_texts)
    findings += check_ids_and_flow(scenario)
    findings += check_tradeoffs(scenario, dimensions)
    findings += check_references(scenario)
    findings += check_citations(scenario, corpus, anchors, resolved)
    return findings, anchors
