"""Pack budgets: every hostile pack ends in a located error, in bounded work, and nothing raises."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from explorer.core.evidence import textindex
from explorer.core.evidence.anchoring import AnchorError, resolve
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack import budget, loader
from explorer.core.pack.loader import LoadCancelled, load_pack, scenario_schema
from explorer.core.pack.reading import Unreadable, read_pack_file
from explorer.core.pack.yamlsource import Located, read_yaml
from tests.hostile_cases import expected

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = DATA / "packs" / "good"
KINDS = {
    "alias expansion",
    "string length",
    "count",
    "number digits",
    "nesting",
    "markdown",
    "encoding",
    "file type",
    "file size",
    "id pattern",
    "anchoring cost",
    "at the limits",
    # Not a budget: a placeholder hidden from a search of the text (written with a YAML escape).
    "placeholder",
}


def _copy_good(target: Path) -> Path:
    target.mkdir(parents=True)
    for path in GOOD.iterdir():
        (target / path.name).write_bytes(path.read_bytes())
    return target


def test_every_hostile_pack_ends_in_its_located_error(hostile_cases: list[Path], corpus: Corpus) -> None:
    wrong = []
    kinds = set()
    for case in hostile_cases:
        want = expected(case)
        kinds.add(want["kind"])
        pack = load_pack(case, corpus)
        errors = [p for p in pack.errors if Path(p.file).name == want["file"]]
        if want["line"] == 0:  # right at the limits: loads, with nothing to complain about
            if errors or not pack.scenarios:
                wrong.append((case.name, want, [p.format()[:200] for p in errors]))
            continue
        first = errors[0] if errors else None
        if first is None or first.line != want["line"] or want["message"] not in first.message:
            wrong.append((case.name, want, first.format() if first else [p.format() for p in pack.errors]))
        # The good scenario beside a hostile extra file still loads.
        if want["file"] != "belgian-presence.yaml":
            assert [s.id for s in pack.scenarios] == ["belgian-presence"] or want["file"] == "pack.yaml"
    assert not wrong, wrong
    assert kinds == KINDS
    assert len(hostile_cases) >= 25


def test_the_committed_corpus_is_small() -> None:
    total = sum(p.stat().st_size for p in (DATA / "hostile").rglob("*") if p.is_file())
    assert total < 1_000_000


def test_the_bundled_pack_is_well_inside_every_budget(bundled_pack) -> None:  # type: ignore[no-untyped-def]
    assert not bundled_pack.errors
    for scenario in bundled_pack.scenarios:
        assert len(scenario.evidence) * 5 < budget.MAX_CITATIONS
        for stage in scenario.stages:
            assert len(stage.context) * 4 < budget.MAX_MARKDOWN_CHARS
            assert budget.markdown_problem(stage.context) is None


def test_a_pack_over_the_scenario_limit_says_so_and_reads_the_first(
    tmp_path: Path, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack_dir = _copy_good(tmp_path / "pack")
    text = (GOOD / "belgian-presence.yaml").read_text(encoding="utf-8")
    for n in range(3):
        (pack_dir / f"copy-{n}.yaml").write_text(
            text.replace("id: belgian-presence", f"id: copy-{n}"), "utf-8"
        )
    monkeypatch.setattr(budget, "MAX_SCENARIOS", 2)
    pack = load_pack(pack_dir, corpus)
    assert [s.id for s in pack.scenarios] == ["belgian-presence", "copy-0"]
    assert any("4 scenario files; a pack holds at most 2" in p.message for p in pack.errors)


def test_a_load_stops_when_cancelled(tmp_path: Path, corpus: Corpus) -> None:
    pack_dir = _copy_good(tmp_path / "pack")
    (pack_dir / "second.yaml").write_text("id: second\n", encoding="utf-8")
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # let the first file through, stop before the second

    with pytest.raises(LoadCancelled):
        load_pack(pack_dir, corpus, cancelled=cancelled)
    assert len(asked) == 2


def test_problems_per_file_are_capped_and_counted(hostile_cases: list[Path], corpus: Corpus) -> None:
    case = next(c for c in hostile_cases if c.name == "cite-links-1500-unknown")
    problems = [p for p in load_pack(case, corpus).problems if p.file.endswith("belgian-presence.yaml")]
    assert len(problems) == loader.MAX_PROBLEMS_PER_FILE + 1
    assert "and 1,400 more problems" in problems[-1].message


def test_ids_with_a_trailing_newline_are_refused() -> None:
    import msgspec

    from explorer.core.pack.model import Dimension

    with pytest.raises(msgspec.ValidationError):
        msgspec.convert({"id": "cost\n", "label": "Cost", "description": "Money."}, Dimension)
    assert msgspec.convert({"id": "cost", "label": "Cost", "description": "Money."}, Dimension).id == "cost"
    # Editors get the ECMAScript spelling, where `$` already means the very end.
    assert "\\Z" not in str(scenario_schema())


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("x: 1\n".encode("utf-16"), "UTF-16"),
        ("x: 1\ny: 2\n".encode("utf-16-be"), "UTF-16"),
        ("x: 1\n".encode("utf-32"), "UTF-32"),
        (b"x: 1\n\x00", "NUL bytes"),
        (b"minutes: 0x" + b"f" * 30 + b"\n", ""),
    ],
)
def test_encodings_and_numbers(raw: bytes, message: str) -> None:
    if not message:
        assert read_yaml(raw).data["minutes"] > 0  # a long hex number is fine: it is small in digits
        return
    with pytest.raises(Located) as error:
        read_yaml(raw)
    assert message in error.value.message


def test_long_numbers_anywhere_are_located() -> None:
    with pytest.raises(Located) as error:
        read_yaml(b"a:\n  - 1\n  - -" + b"9" * 4_400 + b"\n")
    assert (error.value.line, error.value.column) == (3, 5)


def test_a_link_inside_the_pack_is_read_and_a_fifo_is_not_waited_for(tmp_path: Path) -> None:
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    (pack_dir / "real.yaml").write_bytes(b"id: x\n")
    (pack_dir / "alias.yaml").symlink_to("real.yaml")
    assert read_pack_file(pack_dir / "alias.yaml", pack_dir, 100) == b"id: x\n"
    os.mkfifo(pack_dir / "pipe.yaml")
    with pytest.raises(Unreadable, match="named pipe"):
        read_pack_file(pack_dir / "pipe.yaml", pack_dir, 100)
    with pytest.raises(Unreadable, match="larger than 3 bytes"):
        read_pack_file(pack_dir / "real.yaml", pack_dir, 3)


@pytest.mark.parametrize("no_follow", [True, False])
def test_each_kind_of_file_is_read_or_refused_alike_with_and_without_o_nofollow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_follow: bool
) -> None:
    """A plain file is opened refusing links where the system can; what a link gets is the same."""
    from explorer.core.pack import reading

    if not no_follow:
        monkeypatch.setattr(reading, "_NO_FOLLOW", 0)
    elif not reading._NO_FOLLOW:
        pytest.skip("no O_NOFOLLOW here")
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    (pack_dir / "real.yaml").write_bytes(b"id: x\n")
    (tmp_path / "secret.yaml").write_bytes(b"secret: 1\n")
    (pack_dir / "alias.yaml").symlink_to("real.yaml")
    (pack_dir / "outside.yaml").symlink_to(tmp_path / "secret.yaml")
    (pack_dir / "dangling.yaml").symlink_to("nowhere.yaml")
    (pack_dir / "folder.yaml").mkdir()
    assert read_pack_file(pack_dir / "real.yaml", pack_dir, 100) == b"id: x\n"
    assert read_pack_file(pack_dir / "alias.yaml", pack_dir, 100) == b"id: x\n"
    with pytest.raises(Unreadable, match=r"a link to .*secret\.yaml, outside the pack"):
        read_pack_file(pack_dir / "outside.yaml", pack_dir, 100)
    with pytest.raises(Unreadable, match="cannot read the file: No such file"):
        read_pack_file(pack_dir / "dangling.yaml", pack_dir, 100)
    with pytest.raises(Unreadable, match="cannot read the file: No such file"):
        read_pack_file(pack_dir / "missing.yaml", pack_dir, 100)
    with pytest.raises(Unreadable, match="not a regular file \\(a folder\\)"):
        read_pack_file(pack_dir / "folder.yaml", pack_dir, 100)


def test_a_common_quote_looks_at_a_bounded_number_of_hits(corpus: Corpus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    limits = []
    find_all = textindex.StrippedText.find_all

    def recording(self, needle: str, limit: int = 50) -> list[int]:  # type: ignore[no-untyped-def]
        limits.append(limit)
        return find_all(self, needle, limit)

    monkeypatch.setattr(textindex.StrippedText, "find_all", recording)
    document = corpus["kuno-2026"]
    with pytest.raises(AnchorError) as error:
        resolve(document, "e")
    total = document.stripped.stripped.count("e")
    assert f"occurs {total} times" in str(error.value)
    assert limits and max(limits) <= 8
    assert len(error.value.lines) <= 8


def test_prefix_and_suffix_still_pick_one_of_many(corpus: Corpus) -> None:
    document = corpus["kuno-2026"]
    text = document.stripped.stripped
    at = text.index("budget")
    anchor = resolve(document, "budget", prefix=text[at - 12 : at], suffix=text[at + 6 : at + 18])
    assert document.stripped.original[anchor.start : anchor.end] == "budget"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[a](" * 101, "`[` in one Markdown text"),
        ("x" * (budget.MAX_MARKDOWN_CHARS + 1), "longer than"),
        ("- a\n" + " " * 44 + "- b\n", "indented 44 columns"),
        ("\t" * 11 + "- b\n", "indented 44 columns"),
        ("> " * 11 + "x", "nested `>` quotes"),
    ],
)
def test_markdown_over_budget(text: str, fragment: str) -> None:
    problem = budget.markdown_problem(text)
    assert problem is not None and fragment in problem[0]


def test_markdown_within_budget() -> None:
    assert budget.markdown_problem("A [cited](cite:x) claim.\n\n- one\n    - two\n\n> quoted") is None


def test_the_search_index_build_stops_when_cancelled(good_pack, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    from explorer.core.search import build_index

    with pytest.raises(LoadCancelled):
        build_index(good_pack, corpus, lambda: True)
    assert build_index(good_pack, corpus, lambda: False) is not None


def test_backlinks_use_the_index_and_keep_pack_order(bundled_pack) -> None:  # type: ignore[no-untyped-def]
    from explorer.core.evidence.backlinks import backlinks, overlaps

    for (scenario_id, citation_id), anchor in list(bundled_pack.anchors.items())[:40]:
        found = backlinks(bundled_pack, anchor.source_id, anchor.start, anchor.end)
        # The same answer as a walk over every citation of the pack, in the same order.
        walked = [
            (s.id, cid)
            for s in bundled_pack.scenarios
            for cid in s.evidence
            if (s.id, cid) in bundled_pack.anchors
            and bundled_pack.anchors[(s.id, cid)].source_id == anchor.source_id
            and overlaps(bundled_pack.anchors[(s.id, cid)], anchor.start, anchor.end)
        ]
        assert list(dict.fromkeys((b.scenario_id, b.citation_id) for b in found)) == walked
        assert (scenario_id, citation_id) in walked


def test_a_huge_pack_is_not_pickled_into_the_cache(
    tmp_path: Path, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    from explorer.core.pack import loadcache

    pack_dir = _copy_good(tmp_path / "pack")
    monkeypatch.setattr(loadcache, "MAX_CACHED_SCENARIOS", 0)
    loadcache.load_corpus_and_pack(pack_dir, corpus, tmp_path / "cache")
    assert not list((tmp_path / "cache").glob("*.pickle"))
    monkeypatch.setattr(loadcache, "MAX_CACHED_SCENARIOS", 1)
    loadcache.load_corpus_and_pack(pack_dir, corpus, tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 1
