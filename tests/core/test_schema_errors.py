"""Better errors: every schema mistake in a file, on the field's own line, the entry named by
its key; an indentation mistake gets an indentation hint; report quotes without PDF breaks."""

from __future__ import annotations

import shutil
from pathlib import Path

from explorer.core.evidence.corpus import Corpus
from explorer.core.evidence.coverage import coverage
from explorer.core.pack.loader import LoadedPack, load_pack
from explorer.core.paths import bundled_pack_dir

CAMPAIGN = "minusma-campaign.yaml"


def _pack_with(tmp_path: Path, edit, corpus: Corpus) -> LoadedPack:  # type: ignore[no-untyped-def]
    pack = tmp_path / "pack"
    pack.mkdir()
    shutil.copy(bundled_pack_dir() / "pack.yaml", pack)
    lines = (bundled_pack_dir() / CAMPAIGN).read_text(encoding="utf-8").split("\n")
    (pack / CAMPAIGN).write_text("\n".join(edit(lines)), encoding="utf-8")
    return load_pack(pack, corpus)


def _line_of(lines: list[str], start: str) -> int:
    return next(number for number, line in enumerate(lines, start=1) if line.strip().startswith(start))


def test_every_schema_error_in_a_file_is_reported_on_its_fields_line(tmp_path: Path, corpus: Corpus) -> None:
    original = (bundled_pack_dir() / CAMPAIGN).read_text(encoding="utf-8").split("\n")
    quote_line = _line_of(original, "quote:")  # the first evidence entry's quote

    def edit(lines: list[str]) -> list[str]:
        lines = list(lines)
        lines[_line_of(lines, "minutes:") - 1] = "minutes: sixty"
        lines[_line_of(lines, "difficulty:") - 1] = "difficulty: hard"
        lines[quote_line - 1] = "    quote:"
        at = _line_of(lines, "summary:") - 1
        lines[at] = lines[at].replace("summary:", "sumary:", 1)
        return lines

    pack = _pack_with(tmp_path, edit, corpus)
    found = {(p.path, p.line): p.message for p in pack.errors}
    assert ("minutes", _line_of(original, "minutes:")) in found
    assert ("difficulty", _line_of(original, "difficulty:")) in found
    assert ("evidence[art100-letter].quote", quote_line) in found
    assert (
        found[("sumary", _line_of(original, "summary:"))] == "unknown field `sumary`; did you mean `summary`?"
    )
    assert len(pack.errors) == 4, [p.format() for p in pack.errors]  # the typo is one mistake, not two


def test_a_field_indented_deeper_than_the_one_above_gets_an_indentation_hint(
    tmp_path: Path, corpus: Corpus
) -> None:
    original = (bundled_pack_dir() / CAMPAIGN).read_text(encoding="utf-8").split("\n")
    source_line = _line_of(original, "source:")

    def edit(lines: list[str]) -> list[str]:
        lines = list(lines)
        lines[source_line - 1] = "   " + lines[source_line - 1].lstrip()  # three spaces, not four
        return lines

    (problem,) = _pack_with(tmp_path, edit, corpus).errors
    assert problem.line == source_line + 1
    assert problem.message.startswith(
        "YAML syntax error: check the indentation: `quote` is indented by 4 spaces"
    )
    assert f"the field on line {source_line} by 3" in problem.message
    assert "put the text in quotes" not in problem.message


def test_a_colon_inside_text_still_gets_the_quoting_hint(tmp_path: Path, corpus: Corpus) -> None:
    def edit(lines: list[str]) -> list[str]:
        lines = list(lines)
        lines[_line_of(lines, "title:") - 1] = "title: Mali: stay or go"
        return lines

    (problem,) = _pack_with(tmp_path, edit, corpus).errors
    assert "put the text in quotes" in problem.message


def test_report_quotes_are_read_from_the_edition_without_pdf_breaks(bundled_pack, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    passages = [p.text for source in coverage(bundled_pack, corpus, top=50) for p in source.most_cited]
    assert any("burgerslachtoffers" in text for text in passages)
    assert not any("burger slachtoffers" in text for text in passages)
