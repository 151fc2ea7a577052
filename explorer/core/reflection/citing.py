"""Citing a passage the reader selected: the quote, the context that makes it unique, its span.

Also checking that a stored citation still stands where it was, and borrowing the
pack's translation of exactly that passage.
"""

from __future__ import annotations

import re

from explorer.core.evidence.anchoring import AnchorError, resolve
from explorer.core.evidence.corpus import SourceDocument
from explorer.core.pack.loader import LoadedPack
from explorer.core.reflection.journal import ReaderCitation, Span, now


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _words_before(text: str, at: int, count: int) -> str:
    match = re.search(rf"(?:\S+\s+){{0,{count}}}\S*$", text[max(0, at - 400) : at])
    return match.group(0).strip() if match else ""


def _words_after(text: str, at: int, count: int) -> str:
    match = re.match(rf"\S*(?:\s+\S+){{0,{count}}}", text[at : at + 400])
    return match.group(0).strip() if match else ""


def cite_span(
    document: SourceDocument, edition_start: int, edition_end: int, gloss: str = ""
) -> ReaderCitation:
    """A citation of a reading-edition span: the quote, the context that makes it unique, its span.

    Raises ``AnchorError`` with a message for the reader if the span cannot be cited
    (empty, or only in a part the edition leaves out).
    """
    text = document.edition.text
    start, end = _trim(text, max(0, edition_start), min(len(text), edition_end))
    if start >= end:
        raise AnchorError("select some text of the source to cite")
    quote = text[start:end]
    original_at = document.edition.original_position(start)
    original_end = document.edition.original_position(end - 1) + 1
    candidates: list[tuple[str, str]] = [("", "")]
    for words in (1, 2, 3, 5, 8, 13):
        if original_at >= 0:
            candidates.append(
                (
                    _words_before(document.original, original_at, words),
                    _words_after(document.original, original_end, words),
                )
            )
        candidates.append((_words_before(text, start, words), _words_after(text, end, words)))
    last_error: AnchorError | None = None
    for prefix, suffix in candidates:
        try:
            anchor = resolve(document, quote, prefix, suffix)
        except AnchorError as error:
            last_error = error
            continue
        if anchor.edition_start < end and start < anchor.edition_end:  # the selected place, not another
            span = Span(anchor.start, anchor.end, anchor.edition_start, anchor.edition_end, anchor.lang)
            return ReaderCitation(document.id, quote, prefix, suffix, gloss, span=span, added=now())
    raise last_error or AnchorError("the selection could not be matched in its source")


def check_citation(document: SourceDocument, citation: ReaderCitation) -> str:
    """Resolve a stored citation again; "" if it still stands where it was, else why not."""
    try:
        anchor = resolve(document, citation.quote, citation.prefix, citation.suffix)
    except AnchorError as error:
        return str(error)
    span = citation.span
    if span is not None and (anchor.start, anchor.end) != (span.start, span.end):
        return "the quote now resolves to another place in the source"
    return ""


def known_gloss(pack: LoadedPack, citation: ReaderCitation) -> str:
    """The pack's translation of exactly this passage, if the pack cites it too."""
    span = citation.span
    if span is None:
        return ""
    for (scenario_id, citation_id), anchor in pack.anchors.items():
        if anchor.source_id == citation.source and (anchor.edition_start, anchor.edition_end) == (
            span.edition_start,
            span.edition_end,
        ):
            gloss = pack.scenario(scenario_id).evidence[citation_id].gloss
            if gloss:
                return gloss
    return ""
