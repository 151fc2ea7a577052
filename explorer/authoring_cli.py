"""``explorer new``, ``source add``, ``bundle`` and ``translate``: start, fill, share and translate a pack."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explorer.core.terminal import safe


def new(args: argparse.Namespace) -> int:
    from explorer.core.pack.importing import SourceImportError, new_pack

    directory = Path(args.pack)
    try:
        written = new_pack(directory)
    except (SourceImportError, OSError) as error:
        print(f"explorer: {safe(str(error))}", file=sys.stderr)
        return 1
    for path in written:
        print(safe(f"created {path}"))
    print(safe(f"next: explorer source add {directory} DOCUMENT.pdf, then explorer validate {directory}"))
    return 0


def source_add(args: argparse.Namespace) -> int:
    from explorer.core.evidence.corpus import load_corpus
    from explorer.core.pack.importing import SourceImportError, add_source
    from explorer.core.vocabulary import counted

    try:
        result = add_source(Path(args.pack), Path(args.file), args.id, bundled=load_corpus())
    except (SourceImportError, OSError) as error:
        print(f"explorer: {safe(str(error))}", file=sys.stderr)
        return 1
    draft = result.draft
    print(safe(f"imported {args.file} as `{result.source_id}` in {result.folder}"))
    print(
        safe(
            f"  title: {result.title or '(none found)'}; date: {result.date or '(none found)'}; "
            f"language: {result.language}"
        )
    )
    print(
        safe(
            f"  reading edition: {counted(draft.blocks, 'block')}, "
            f"{counted(draft.footnotes, 'footnote')} set apart, "
            f"{counted(draft.hyphens_rejoined, 'word')} rejoined across line ends, "
            f"{counted(draft.paragraphs_rejoined_across_pages, 'paragraph')} rejoined across pages; "
            "proven faithful"
        )
    )
    lines = result.omission_lines()
    print(safe(f"  omitted from the reading edition ({len(lines)}):" if lines else "  omitted: nothing"))
    for line in lines:
        print(safe(f"    {line}"))
    for note in result.notes:
        print(safe(f"  note: {note}"))
    print(
        safe(f"  complete {result.folder / 'metadata.yaml'} (authors, publisher, kind, description, licence)")
    )
    return 0


def bundle(args: argparse.Namespace) -> int:
    from explorer.core.pack.bundle import SUFFIX, BundleError, write_bundle
    from explorer.core.vocabulary import counted

    output = Path(args.output)
    if output.suffix != SUFFIX:
        print(f"explorer: {safe(str(output))}: a shared pack's name ends in {SUFFIX}", file=sys.stderr)
        return 2
    try:
        names = write_bundle(Path(args.pack), output)
    except (BundleError, OSError) as error:
        print(f"explorer: {safe(str(error))}", file=sys.stderr)
        return 1
    print(safe(f"wrote {output}: {counted(len(names), 'file')} and their checksums"))
    return 0


def translate(args: argparse.Namespace) -> int:
    from explorer.core.evidence.corpus import load_corpus
    from explorer.core.evidence.pack_sources import load_pack_sources
    from explorer.core.pack.overlay import LANGUAGE_PATTERN
    from explorer.core.pack.pack_translation import BASE_LANGUAGE, source_languages
    from explorer.core.pack.worksheet import WorksheetError, update_overlay
    from explorer.core.paths import bundled_pack_dir
    from explorer.core.workshop.roles import roles_path

    language = args.language
    if not LANGUAGE_PATTERN.match(language) or language == BASE_LANGUAGE:
        print(f"explorer: {safe(language)}: give a language code other than en (nl, fr…)", file=sys.stderr)
        return 2
    directory = Path(args.pack) if args.pack else bundled_pack_dir()
    bundled = load_corpus()
    documents, _problems = load_pack_sources(directory, bundled)
    sources = source_languages(bundled.with_pack_sources(documents))
    if args.roles:
        bases, root = [roles_path()], roles_path().parent
    elif args.files:
        bases, root = [directory / name for name in args.files], directory
    else:
        bases = sorted(p for p in directory.glob("*.y*ml") if p.suffix in {".yaml", ".yml"})
        root = directory
    status = 0
    for base in bases:
        try:
            target, counts = update_overlay(base, language, sources, root)
        except (WorksheetError, OSError) as error:
            print(f"explorer: {safe(str(error))}", file=sys.stderr)
            status = 1
            continue
        print(
            safe(
                f"{target}: {counts.added} to translate, {counts.stale} stale, {counts.kept} done"
                + (f", {counts.removed} no longer in the base (kept as comments)" if counts.removed else "")
            )
        )
    return status


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new_parser = commands.add_parser(
        "new", help="start a scenario pack: pack.yaml, sources/ and an example scenario"
    )
    new_parser.add_argument("pack", help="the pack folder to create (new or empty)")
    new_parser.set_defaults(run=new)

    source = commands.add_parser(
        "source", help="`source add PACK FILE [--id ID]`: import a document into a pack"
    )
    actions = source.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="import a PDF, HTML, Markdown or text file as a source: original, text, edition, metadata"
    )
    add.add_argument("pack", help="the pack folder")
    add.add_argument("file", help="the document (.pdf, .html, .htm, .md, .markdown, .txt)")
    add.add_argument("--id", help="the source id (default: from the title and the year)")
    add.set_defaults(run=source_add)

    bundle_parser = commands.add_parser(
        "bundle", help="write a pack as one NAME.dilemma file (a zip with a manifest of checksums) to share"
    )
    bundle_parser.add_argument("pack", help="the pack folder")
    bundle_parser.add_argument("-o", "--output", required=True, help="the file to write (NAME.dilemma)")
    bundle_parser.set_defaults(run=bundle)

    translate_parser = commands.add_parser(
        "translate",
        help="write or update translations/<language>/<file>.yaml beside each pack file, for translators: "
        "new texts to translate (the English shown as a comment), stale ones marked",
    )
    translate_parser.add_argument("pack", nargs="?", help="pack directory (default: the bundled pack)")
    translate_parser.add_argument(
        "--language", required=True, help="the language to translate into (nl, fr…)"
    )
    translate_parser.add_argument(
        "--file",
        dest="files",
        action="append",
        metavar="NAME",
        help="only this file of the pack (repeatable; default: pack.yaml and every scenario)",
    )
    translate_parser.add_argument(
        "--roles", action="store_true", help="the app's roles file (resources/roles.yaml) instead of a pack"
    )
    translate_parser.set_defaults(run=translate)
