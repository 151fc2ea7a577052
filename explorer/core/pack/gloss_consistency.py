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
    """The first gloss read for each passage of a pack, to compare later ones against.

    Fed one scenario at a time, in the order the loader reads the files, so each
    warning can name the file and citation the first gloss came from.
    """

    def __init__(self) -> None:
        #: (source, passage) → (gloss as compared, gloss as written, file, citation id).
        self._first: dict[tuple[str, str], tuple[str, str, str, str]] = {}
        #: (source, sentence of a quote) → (its sentence of the gloss, file, citation id).
        self._sentences: dict[tuple[str, str], tuple[str, str, str]] = {}

    def check(self, scenario: Scenario, file: str) -> Iterator[Finding]:
        """A warning at each gloss of ``scenario`` that differs from the pack's first for its passage
        (or, failing that, for one of its whole sentences)."""
        for citation_id, citation in scenario.evidence.items():
            written = " ".join(citation.gloss.split())
            gloss = written.strip(_EDGES)
            if not gloss:
                continue
            quote = " ".join(citation.quote.split()).strip(_EDGES)
            first = self._first.setdefault((citation.source, quote), (gloss, written, file, citation_id))
            # Always run, so every sentence of the pack is on record for later quotes.
            other = self._compare_sentences(citation.source, _split(quote), _split(gloss), file, citation_id)
            what = "sentence"
            if first[0] != gloss:
                what, other = "passage", first[1:]
            if other is None:
                continue
            shown, other_file, other_id = other
            where = "this file" if other_file == file else other_file
            yield Finding(
                f"evidence.{citation_id}.gloss",
                f"the same {what} of `{citation.source}` is glossed differently in {where} "
                f"(evidence `{other_id}`: “{_shown(shown)}”); give one passage one translation: "
                "use the same gloss wherever it is quoted",
                "warning",
            )

    def _compare_sentences(
        self, source: str, quoted: list[str], glossed: list[str], file: str, citation_id: str
    ) -> tuple[str, str, str] | None:
        """The first other translation of one of this quote's whole sentences, if one differs."""
        if len(quoted) != len(glossed):
            return None  # the sentences cannot be paired: nothing to compare
        differing = None
        for sentence, translation in zip(quoted, glossed, strict=True):
            first = self._sentences.setdefault((source, sentence), (translation, file, citation_id))
            if first[0] != translation and differing is None:
                differing = first
        return differing
