"""A quoted passage with a few sentences around it, from the reading edition.

A reviewer judges a claim against what the passage says in its setting: a quote
cut just after "however" or just before "but" reads differently in context. The
context stays inside the quote's paragraph (a block of the edition); sentences
are split on ., ? and ! followed by a space, which is good enough to show where
a quote sits (abbreviations such as "o.a." may end a context early, never wrongly
join a quote to another paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.core.evidence.anchoring import Anchor
from explorer.core.evidence.corpus import SourceDocument

_SENTENCE_END = re.compile(r"[.?!…][\"”’)]*\s+")


@dataclass(frozen=True)
class PassageInContext:
    before: str
    quote: str
    after: str
    #: The edition block's label or kind (e.g. a heading number), "" if none.
    where: str = ""
    #: True where the paragraph goes on beyond the context shown (an ellipsis belongs there).
    cut_before: bool = False
    cut_after: bool = False


def in_context(document: SourceDocument, anchor: Anchor, sentences: int = 2) -> PassageInContext:
    """The quote as the edition shows it, with up to ``sentences`` sentences before and after."""
    edition = document.edition
    start, end = anchor.edition_start, anchor.edition_end
    first, last = edition.block_at(start), edition.block_at(max(start, end - 1))
    text = edition.text
    before = text[first.start : start]
    after = text[end : last.end]
    # Keep the last ``sentences`` sentence beginnings before the quote…
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    cut_before = len(ends) > sentences
    if cut_before:
        before = before[ends[-(sentences + 1)] :]
    # …and the first ``sentences`` sentence ends after it.
    ends = [m.end() for m in _SENTENCE_END.finditer(after)]
    cut_after = len(ends) > sentences and after[ends[sentences] :].strip() != ""
    if cut_after:
        after = after[: ends[sentences]]
    return PassageInContext(
        " ".join(before.split()) + (" " if before[-1:].isspace() else ""),
        " ".join(text[start:end].split()),
        (" " if after[:1].isspace() else "") + " ".join(after.split()),
        first.label,
        cut_before,
        cut_after,
    )
