"""The source viewer's coverage map, from the core: cited spans merged, long uncited stretches."""

from __future__ import annotations

from explorer.core.evidence.corpus import Corpus


def test_the_coverage_map_has_the_cited_spans_and_the_long_uncited_stretches(
    bundled_pack, corpus: Corpus
) -> None:  # type: ignore[no-untyped-def]
    from explorer.core.evidence.coverage import LONG_GAP, coverage_map

    document = corpus["buitelaar-vanwilligen-2021"]
    shown = coverage_map(document, bundled_pack)
    assert shown.uncited
    assert shown.length == len(document.edition.text)
    cited = [a for a in bundled_pack.anchors.values() if a.source_id == document.id]
    for anchor in cited:  # every quote lies inside one merged span
        assert any(start <= anchor.edition_start and anchor.edition_end <= end for start, end in shown.cited)
    assert all(a[1] < b[0] for a, b in zip(shown.cited, shown.cited[1:], strict=False))  # merged, ordered
    for start, end in shown.uncited:
        assert end - start >= LONG_GAP
        assert not any(s < end and start < e for s, e in shown.cited)
