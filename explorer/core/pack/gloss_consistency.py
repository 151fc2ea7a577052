"""One passage, one translation: the same quote glossed differently across a pack.

Scenarios often quote the same passage. When two of them translate it in different
words, a reader who follows the passage from both sees two translations of one text
and trusts neither, so the pack loader warns (a warning, not an error: the pack still
loads) at every gloss that differs from the first one read for that passage.

"The same passage" is the same source and the same quote once runs of whitespace count
as one space and sentence punctuation at either end is set aside: a quote that stops
before the full stop (or the colon) of one quoted elsewhere with it is the same passage,
and its gloss must match up to that punctuation.

A quote that holds another is compared only in the simple case: whole sentences. When a
quote and its gloss split into the same number of sentences, each sentence of the quote
is paired with the gloss's sentence in the same place, and a sentence quoted elsewhere
(alone or with others) must be translated in the same words. A clause quoted inside a
longer sentence is not compared: translated within its sentence it may rightly read
differently, so a textual test would only raise false alarms there.

Each language is compared apart: the English glosses of the base files in one register, the
glosses of each translation overlay (``translations/nl/…``) in another, one per language, fed
by ``explorer.core.pack.pack_translation.OverlayReader`` as the overlays are read. An English
and a Dutch gloss of one passage are two languages, never two translations to align.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from explorer.core.pack.checks import Finding
from explorer.core.pack.model import Scenario

#: Set aside at either end of a quote and of a gloss before comparing them.
_EDGES = " .,;:!?…"
#: Longest stretch of the other gloss quoted in a warning.
_SHOWN = 90
#: A sentence ends at . ? or ! followed by a space and a capital, an opening quote or a
#: bracket (so "bijv. effectief" and "etc.)" stay inside their sentence).
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z\u00C0-\u00DE“‘\"(\[])")


def passage_words(text: str) -> str:
    """A quote or gloss as compared: whitespace runs as one space, end punctuation set aside."""
    return " ".join(text.split()).strip(_EDGES)


def sentences(text: str) -> list[str]:
    """The sentences of a quote or gloss, each as ``passage_words`` gives it."""
    return _split(" ".join(text.split()))


def _split(squashed: str) -> list[str]:
    if ". " not in squashed and "? " not in squashed and "! " not in squashed:
        # Most quotes are one sentence: no regular expression needed to say so.
        whole = squashed.strip(_EDGES)
        return [whole] if whole else []
    found = (part.strip(_EDGES) for part in _SENTENCE_END.split(squashed))
    return [sentence for sentence in found if sentence]


def _shown(text: str) -> str:
    shown = " ".join(text.split())
    return shown if len(shown) <= _SHOWN else shown[: _SHOWN - 1] + "…"


class GlossRegister:
    """The first gloss read for each passage of a pack in one language, to compare later ones against.

    Fed one file at a time, in the order the loader reads them, so each warning can name the
    file and citation the first gloss came from.
    """

    def __init__(self) -> None:
        #: (source, passage) → (gloss as compared, gloss as written, file, label of its citation).
        self._first: dict[tuple[str, str], tuple[str, str, str, str]] = {}
        #: (source, sentence of a quote) → (its sentence of the gloss, file, label of its citation).
        self._sentences: dict[tuple[str, str], tuple[str, str, str]] = {}
        #: (source, quote, gloss) as written → what ``_differing`` answered for them. A pack
        #: quotes the same passage with the same gloss again and again, and the answer cannot
        #: change: it depends only on the first gloss on record for the passage and for each of
        #: its sentences, which stay as they are once recorded.
        self._answered: dict[tuple[str, str, str], tuple[str, tuple[str, str, str]] | None] = {}

    def check(self, scenario: Scenario, file: str) -> Iterator[Finding]:
        """A warning at each gloss of ``scenario`` that differs from the pack's first for its passage
        (or, failing that, for one of its whole sentences)."""
        for citation_id, citation in scenario.evidence.items():
            message = self.compare(
                citation.source, citation.quote, citation.gloss, file, f"evidence `{citation_id}`"
            )
            if message is not None:
                yield Finding(f"evidence.{citation_id}.gloss", message, "warning")

    def compare(self, source: str, quote: str, gloss: str, file: str, label: str) -> str | None:
        """What to align ``gloss`` with, when an earlier gloss of the same passage (or of one of its
        whole sentences) reads otherwise; else ``None``. Every gloss is put on record.

        ``label`` names the citation in a later warning (``evidence `small-army```).
        """
        key = (source, quote, gloss)
        if key in self._answered:
            differing = self._answered[key]
        else:
            differing = self._answered[key] = self._differing(source, quote, gloss, file, label)
        if differing is None:
            return None
        what, (shown, other_file, other_label) = differing
        where = "this file" if other_file == file else other_file
        return (
            f"the same {what} of `{source}` is glossed differently in {where} "
            f"({other_label}: “{_shown(shown)}”); give one passage one translation: "
            "use the same gloss wherever it is quoted"
        )

    def _differing(
        self, source: str, quote: str, gloss: str, file: str, label: str
    ) -> tuple[str, tuple[str, str, str]] | None:
        """("passage" or "sentence", the other gloss) where ``gloss`` differs from the first on
        record; ``None`` where it does not, or is empty. Records the gloss where it is the first."""
        written = " ".join(gloss.split())
        glossed = written.strip(_EDGES)
        if not glossed:
            return None
        quoted = " ".join(quote.split()).strip(_EDGES)
        first = self._first.setdefault((source, quoted), (glossed, written, file, label))
        # Always run, so every sentence of the pack is on record for later quotes.
        other = self._compare_sentences(source, _split(quoted), _split(glossed), file, label)
        if first[0] != glossed:
            return "passage", first[1:]
        return None if other is None else ("sentence", other)

    def _compare_sentences(
        self, source: str, quoted: list[str], glossed: list[str], file: str, label: str
    ) -> tuple[str, str, str] | None:
        """The first other translation of one of this quote's whole sentences, if one differs."""
        if len(quoted) != len(glossed):
            return None  # the sentences cannot be paired: nothing to compare
        differing = None
        for sentence, translation in zip(quoted, glossed, strict=True):
            first = self._sentences.setdefault((source, sentence), (translation, file, label))
            if first[0] != translation and differing is None:
                differing = first
        return differing
