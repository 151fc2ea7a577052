"""The whole resolved pack as plain data (``explorer export --format json``)."""

from __future__ import annotations

from typing import Any

import msgspec

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack


def pack_to_data(pack: LoadedPack, corpus: Corpus) -> dict[str, Any]:
    """Scenarios with every citation carrying its resolved spans (string indices)."""
    scenarios = []
    for scenario in pack.scenarios:
        data: dict[str, Any] = msgspec.to_builtins(scenario)
        for citation_id, citation in data["evidence"].items():
            anchor = pack.anchors[(scenario.id, citation_id)]
            citation.update(
                start=anchor.start,
                end=anchor.end,
                edition_start=anchor.edition_start,
                edition_end=anchor.edition_end,
                language=anchor.lang,
                text=corpus[anchor.source_id].original[anchor.start : anchor.end],
            )
        data["file"] = pack.files[scenario.id].name
        scenarios.append(data)
    return {
        "pack": msgspec.to_builtins(pack.info),
        "sources": [msgspec.to_builtins(doc.metadata) for doc in corpus],
        "scenarios": scenarios,
        "problems": [msgspec.to_builtins(p) for p in pack.problems],
    }
