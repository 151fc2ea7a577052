"""Build hostile packs: each one tries to make the app crash, freeze or read what it must not.

    python3 tools/make_hostile_packs.py            # writes tests/data/hostile/<case>/

Each case is the small good pack (``tests/data/packs/good``) with one hostile file,
and ``expected.json`` with the kind of attack, the file, the line the loader must
point at (found from a marker in the generated text, independently of the loader)
and a piece of the message. Only small cases are committed; ``write_large_cases``
builds the big and special ones (megabyte files, a FIFO, symlinks to a device or out
of the pack) into a temporary folder at test time, with the same ``expected.json``.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "data" / "packs" / "good"
SCENARIO = "belgian-presence.yaml"
GOOD_TEXT = (GOOD / SCENARIO).read_text(encoding="utf-8")


def _sub(old: str, new: str) -> str:
    assert GOOD_TEXT.count(old) == 1, old
    return GOOD_TEXT.replace(old, new)


def _line_of(data: bytes, marker: bytes) -> int:
    assert data.count(marker) >= 1, marker
    return data.count(b"\n", 0, data.index(marker)) + 1


def _case(
    root: Path,
    name: str,
    kind: str,
    content: str | bytes | None,
    marker: str | bytes | int,
    message: str,
    file: str = SCENARIO,
) -> Path:
    """One pack folder: the good pack with ``file`` replaced by ``content`` (``None``: made by the caller)."""
    folder = root / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copy(GOOD / "pack.yaml", folder / "pack.yaml")
    if file != SCENARIO:
        shutil.copy(GOOD / SCENARIO, folder / SCENARIO)
    line = marker if isinstance(marker, int) else 1
    if content is not None:
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (folder / file).write_bytes(data)
        if not isinstance(marker, int):
            line = _line_of(data, marker if isinstance(marker, bytes) else marker.encode("utf-8"))
    expected = {"kind": kind, "file": file, "line": line, "message": message}
    (folder / "expected.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")
    return folder


def write_small_cases(root: Path) -> None:
    """The cases small enough to keep in the repository (a few KB each)."""
    long_text = "x" * 5_000
    _case(
        root,
        "long-title",
        "string length",
        _sub("title: Quality or quantity?", f"title: {long_text}"),
        "title: xxx",
        "length <= 4000",
    )
    _case(
        root,
        "long-dimension-label",
        "string length",
        (GOOD / "pack.yaml")
        .read_text(encoding="utf-8")
        .replace("label: Protection of civilians", f"label: {long_text}", 1),
        "label: xxx",
        "length <= 4000",
        file="pack.yaml",
    )
    _case(
        root,
        "long-id",
        "string length",
        _sub("id: belgian-presence", "id: " + "a" * 101),
        "id: aaa",
        "length <= 100",
    )
    _case(
        root,
        "id-trailing-newline",
        "id pattern",
        _sub("id: belgian-presence", 'id: "belgian-presence\\n"'),
        'id: "belgian',
        "lower-case letters, digits and hyphens",
    )
    _case(
        root,
        "too-many-prompts",
        "count",
        GOOD_TEXT[: GOOD_TEXT.index("discussion_prompts:")]
        + "discussion_prompts: ["
        + ", ".join(["Why?"] * 101)
        + "]\n",
        "discussion_prompts: [",
        "length <= 100",
    )
    _case(
        root,
        "number-5000-digits",
        "number digits",
        _sub("minutes: 20", "minutes: 1" + "0" * 5_000),
        "minutes: 1",
        "more than 18 digits",
    )
    anchor = "summary: &s " + "word " * 600 + "\n"
    many = "[" + ", ".join(["*s"] * 40) + "]"
    _case(
        root,
        "alias-expansion",
        "alias expansion",
        _sub(
            "summary: A small army chooses between a visible contingent and a qualitative presence.\n",
            anchor + f"x-echo: &e {many}\nx-more: [" + ", ".join(["*e"] * 40) + "]\n",
        ),
        "x-more:",
        "characters through YAML aliases",
    )
    _case(
        root,
        "recursive-alias",
        "alias expansion",
        _sub("tags: [contribution, belgium]", "tags: &t [contribution, *t]"),
        "tags: &t",
        "contains itself",
    )
    _case(
        root,
        "markdown-unclosed-links",
        "markdown",
        _sub("    context: |\n", "    context: |\n      " + "[a](" * 200 + "\n"),
        "    context: |",
        "`[` in one Markdown text",
    )
    nested = "".join("      " + "    " * level + f"- level {level}\n" for level in range(12))
    _case(
        root,
        "markdown-nested-list",
        "markdown",
        _sub("    context: |\n", "    context: |\n" + nested),
        "- level 11",
        "columns (at most 40",
    )
    _case(
        root,
        "markdown-nested-quotes-400",
        "markdown",
        _sub("    context: |\n", "    context: |\n      " + "> " * 400 + "deep\n"),
        "> > > ",
        "nested `>` quotes",
    )
    nested_yaml = "".join("      " + "    " * level + f"- level {level}\n" for level in range(400))
    _case(
        root,
        "markdown-nested-list-400",
        "nesting",
        _sub("    context: |\n", "    context: |\n" + nested_yaml),
        # The first line indented more than 512 spaces: 6 + 4 × 127.
        " " * (6 + 4 * 127) + "- level 127\n",
        "indentation of more than",
    )
    _case(
        root,
        "block-sequence-nesting",
        "nesting",
        _sub("tags: [contribution, belgium]", "tags:\n  " + "- " * 80 + "deep"),
        "  - - - ",
        "nesting deeper than",
    )
    # The same with two blanks after each dash, which the filter in front of the dash check missed.
    _case(
        root,
        "block-sequence-nesting-spaced",
        "nesting",
        _sub("tags: [contribution, belgium]", "tags:\n  " + "-  " * 80 + "deep"),
        "  -  -  ",
        "nesting deeper than",
    )
    # A placeholder word spelled with a YAML escape, which a search of the file's text cannot see.
    _case(
        root,
        "placeholder-escaped",
        "placeholder",
        _sub("title: Quality or quantity?", 'title: "\\x54ODO: a title"'),
        'title: "\\x54ODO',
        "placeholder text 'TODO: a title'",
    )
    utf16 = GOOD_TEXT.encode("utf-16")
    _case(root, "utf16-with-bom", "encoding", utf16, 1, "save it as UTF-8")
    _case(root, "utf16-without-bom", "encoding", GOOD_TEXT.encode("utf-16-le"), 1, "save it as UTF-8")
    _case(root, "utf32", "encoding", GOOD_TEXT.encode("utf-32"), 1, "save it as UTF-8")
    repeated = "\n".join(f"  e{n}:\n    source: kuno-2026\n    quote: e\n    gloss: e" for n in range(50))
    _case(
        root,
        "quote-e-many-times",
        "anchoring cost",
        _sub("evidence:\n", "evidence:\n" + repeated + "\n"),
        "    quote: e\n",
        "times in kuno-2026",
    )


def write_large_cases(root: Path, outside: Path) -> None:
    """Cases too big or too special for the repository: megabytes, a FIFO, symlinks.

    ``outside`` is a folder that is not part of any pack (targets of outward links).
    """
    _case(
        root,
        "alias-expansion-1mb",
        "alias expansion",
        _sub(
            "summary: A small army chooses between a visible contingent and a qualitative presence.\n",
            "summary: &s " + "w" * 1_000_000 + "\nx-many: [" + ",".join(["*s"] * 100_000) + "]\n",
        ),
        "x-many:",
        "characters through YAML aliases",
    )
    _case(
        root,
        "title-1.9mb",
        "string length",
        _sub("title: Quality or quantity?", "title: " + "w" * 1_900_000),
        "title: www",
        "length <= 4000",
    )
    _case(
        root,
        "file-over-2mb",
        "file size",
        GOOD_TEXT + "# " + "x" * 2_100_000 + "\n",
        1,
        "larger than 2,000,000 bytes",
    )
    _case(
        root,
        "markdown-links-16000",
        "markdown",
        _sub("    context: |\n", "    context: |\n      " + "[a](" * 16_000 + "\n"),
        "[a]([a](",
        "more than 2,000 links",
    )
    links = "".join(f"[x](cite:missing-{n}) " for n in range(60_000))
    _case(
        root,
        "cite-links-60000",
        "count",
        _sub("    context: |\n", "    context: |\n      " + links + "\n"),
        "[x](cite:missing-0)",
        "more than 2,000 links",
    )
    # 1,500 references to citations that do not exist, each list within its own limits:
    # the loader reports the first hundred and counts the rest.
    arguments = "".join(
        "          - text: Another argument.\n            citations: ["
        + ", ".join(f"gone-{a * 100 + n}" for n in range(100))
        + "]\n"
        for a in range(15)
    )
    _case(
        root,
        "cite-links-1500-unknown",
        "count",
        _sub("        arguments_for:\n", "        arguments_for:\n" + arguments),
        "gone-0,",
        "cites `gone-0`",
    )
    citations = "".join(f"  c{n}: {{source: kuno-2026, quote: budget cuts {n}}}\n" for n in range(1_001))
    _case(
        root,
        "citations-1001",
        "count",
        _sub("evidence:\n", "evidence:\n" + citations),
        "  c0:",
        "length <= 1000",
    )
    fifo = _case(root, "fifo", "file type", None, 1, "a named pipe", file="x.yaml")
    os.mkfifo(fifo / "x.yaml")
    zero = _case(root, "symlink-dev-zero", "file type", None, 1, "outside the pack", file="zero.yaml")
    (zero / "zero.yaml").symlink_to("/dev/zero")
    stranger = outside / "stranger.yaml"
    stranger.write_text(GOOD_TEXT.replace("id: belgian-presence", "id: stranger"), encoding="utf-8")
    linked = _case(
        root, "symlink-from-outside", "file type", None, 1, "outside the pack", file="stranger.yaml"
    )
    (linked / "stranger.yaml").symlink_to(stranger)
    folder = _case(root, "folder-named-yaml", "file type", None, 1, "a folder", file="x.yaml")
    (folder / "x.yaml").mkdir()
    write_limit_cases(root)
    if Path("/dev/null").exists():
        device = _case(root, "symlink-dev-null", "file type", None, 1, "outside the pack", file="null.yaml")
        (device / "null.yaml").symlink_to("/dev/null")


def write_limit_cases(root: Path) -> None:
    """Packs right at the limits: they must load, and the window must show them without stalling.

    ``line`` 0 in ``expected.json`` means "loads with no error".
    """
    quote = "With both fields facing growing pressure from budget cuts"
    citations = "".join(f'  n{k}: {{source: kuno-2026, quote: "{quote}"}}\n' for k in range(995))
    links = "[the army is small](cite:small-army) " * 95
    nested = "".join("      " + "  " * level + f"- level {level}\n" for level in range(18))
    quoted = "      " + "> " * 10 + "quoted ten deep\n"
    filler = "      " + ("Words without links, for length. " * 300)[:9_000] + "\n"
    text = _sub("title: Quality or quantity?", "title: " + "W" * 4_000)
    text = text.replace("evidence:\n", "evidence:\n" + citations, 1)
    text = text.replace(
        "    context: |\n",
        "    context: |\n      " + links + "\n\n" + nested + "\n" + quoted + "\n" + filler + "\n",
        1,
    )
    prompts = "".join(f"  - Prompt number {n}, {'long ' * 700}?\n" for n in range(100))
    text = text[: text.index("discussion_prompts:")] + "discussion_prompts:\n" + prompts
    _case(root, "at-the-limits", "at the limits", text, 0, "")
    _case(
        root,
        "unicode-at-the-limits",
        "at the limits",
        _sub("title: Quality or quantity?", "title: " + "\u202e\u0300ﷺ" * 1_300),
        0,
        "",
    )


def main() -> int:
    target = ROOT / "tests" / "data" / "hostile"
    if target.exists():
        shutil.rmtree(target)
    write_small_cases(target)
    print(len(list(target.iterdir())), "cases in", target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
