"""Append a citation to a scenario file's ``evidence``, leaving the rest of the file as it is.

The file is edited as text, not re-written from parsed YAML: the entry goes in after the
last line of the ``evidence`` block, indented like the entries already there, so every
comment, blank line and quoting choice of the author stays. The result is parsed
before it is written (atomically), and must show the new entry under ``evidence``.
"""

from __future__ import annotations

import re
from pathlib import Path

from explorer.core.pack.yamlsource import Located, read_yaml
from explorer.core.store import write_atomic

_EVIDENCE = re.compile(r"^evidence:[ \t]*(#.*)?$")
_TOP_LEVEL = re.compile(r"^[^\s#]")


class AppendError(ValueError):
    """The entry cannot be appended; the message says why and what to do."""


def append_evidence(path: Path, citation_id: str, entry_yaml: str) -> None:
    """Add ``entry_yaml`` (as ``CitationSnippet.yaml`` gives it) to ``path``'s evidence."""
    try:
        text = path.read_text(encoding="utf-8")
        document = read_yaml(text.encode("utf-8"))
    except OSError as error:
        raise AppendError(f"{path}: cannot read it: {error.strerror}") from error
    except Located as error:
        raise AppendError(f"{path}:{error.line}: fix the file first: {error.message}") from error
    data = document.data if isinstance(document.data, dict) else {}
    evidence = data.get("evidence")
    if isinstance(evidence, dict) and citation_id in evidence:
        raise AppendError(f"{path}: the evidence already has an entry `{citation_id}`")
    lines = text.splitlines()
    header = next((n for n, line in enumerate(lines) if _EVIDENCE.match(line)), None)
    if header is None:
        raise AppendError(
            f"{path}: no block `evidence:` at the start of a line (flow style `{{}}` is not edited)"
        )
    end = header + 1
    indent = ""
    while end < len(lines) and not _TOP_LEVEL.match(lines[end]):
        if lines[end].strip() and not lines[end].lstrip().startswith("#") and not indent:
            indent = lines[end][: len(lines[end]) - len(lines[end].lstrip())]
        end += 1
    while end > header + 1 and not lines[end - 1].strip():
        end -= 1  # the entry goes before the blank lines that end the block
    indent = indent or "  "
    entry = [
        indent + line[2:] if line.startswith("  ") else line for line in entry_yaml.rstrip("\n").split("\n")
    ]
    # Nested fields are indented relative to the entry: keep the snippet's own step of two.
    new_text = "\n".join([*lines[:end], *entry, *lines[end:]]) + ("\n" if text.endswith("\n") else "")
    try:
        parsed = read_yaml(new_text.encode("utf-8")).data
    except Located as error:
        raise AppendError(f"{path}: the entry would not fit in the file: {error.message}") from error
    if not (
        isinstance(parsed, dict)
        and isinstance(parsed.get("evidence"), dict)
        and citation_id in parsed["evidence"]
    ):
        raise AppendError(f"{path}: the entry would not land under `evidence`; paste it by hand")
    write_atomic(path, new_text.encode("utf-8"), mode=path.stat().st_mode & 0o777)
