"""One passage, one translation: the same quote glossed differently across a pack.

Scenarios often quote the same passage. When two of them translate it in different
words, a reader who follows the passage from both sees two translations of one text
and trusts neither, so the pack loader warns (a warning, not an error: the pack still
loads) at every gloss that differs from the first one read for that passage.

"The same passage" is the same source and the same quote once runs of whitespace count
as one space and sentence punctuation at either end is set aside: a quote that stops
before the full stop (or the colon) of one quoted elsewhere with it is the same passage,
and its gloss must match up to that punctuation. A quote that holds another one inside
a longer stretch is not compared: a clause translated inside its sentence may rightly
read differently from the clause translated alone, so a textual test would only raise
false alarms there.
"""

from __future__ import annotations

from collections.abc import Iterator

from explorer.core.pack.checks import Finding
from explorer.core.pack.model import Scenario

#: Set aside at either end of a quote and of a gloss before comparing them.
_EDGES = " .,;:!?…"
#: Longest stretch of the other gloss quoted in a warning.
_SHOWN = 90


def passage_words(text: str) -> str:
    """A quote or gloss as compared: whitespace runs as one space, end punctuation set aside."""
    return " ".join(text.split()).strip(_EDGES)


class GlossRegister:
    """The first gloss read for each passage of a pack, to compare later ones against.

    Fed one scenario at a time, in the order the loader reads the files, so each
    warning can name the file and citation the first gloss came from.
    """

    def __init__(self) -> None:
        #: (source, passage) → (gloss as compared, gloss as written, file, citation id).
        self._first: dict[tuple[str, str], tuple[str, str, str, str]] = {}

    def check(self, scenario: Scenario, file: str) -> Iterator[Finding]:
        """A warning at each gloss of ``scenario`` that differs from the pack's first for its passage."""
        for citation_id, citation in scenario.evidence.items():
            gloss = passage_words(citation.gloss)
            if not gloss:
                continue
            key = (citation.source, passage_words(citation.quote))
            first = self._first.setdefault(key, (gloss, citation.gloss, file, citation_id))
            if first[0] == gloss:
                continue
            _, written, other_file, other_id = first
            where = "this file" if other_file == file else other_file
            shown = " ".join(written.split())
            if len(shown) > _SHOWN:
                shown = shown[: _SHOWN - 1] + "…"
            yield Finding(
                f"evidence.{citation_id}.gloss",
                f"the same passage of `{citation.source}` is glossed differently in {where} "
                f"(evidence `{other_id}`: “{shown}”); give one passage one translation: "
                "use the same gloss wherever it is quoted",
                "warning",
            )
