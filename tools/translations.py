"""The interface translations: extract the strings (lupdate) and build the .qm files (lrelease).

    python tools/translations.py update    # ./dev.sh lupdate: sources → explorer/i18n/*.ts
    python tools/translations.py release   # ./dev.sh setup/test/run, packaging/build.sh: .ts → .qm

``update`` refreshes ``explorer_nl.ts`` and ``explorer_fr.ts`` with every string marked for
translation (``tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``) in ``explorer/``;
translators then open them in Qt Linguist (``pyside6-linguist``). It also refreshes
``explorer_en.ts``, which holds only the English plural forms ("1 entry", "%n entries").
``release`` compiles every ``.ts`` there into a ``.qm`` beside it; the ``.qm`` files are
build products (git ignores them) that ship in the wheel and the frozen app.

Qt's own tools come with PySide6 (``pyside6-lupdate``, ``pyside6-lrelease``), next to the
Python that runs this script.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "explorer" / "i18n"
#: The languages translators keep (the English file holds only plural forms).
LANGUAGES = ("nl", "fr")


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python (a venv's bin), else whatever is on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    return str(beside) if beside.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    """Every Python file of the app; the core holds no user-visible words (it returns keys)."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "explorer").rglob("*.py"))


def update() -> None:
    files = sources()
    common = ["-locations", "relative", "-no-obsolete", "-source-language", "en"]
    for language in LANGUAGES:
        ts = I18N / f"explorer_{language}.ts"
        target = ["-target-language", language]
        subprocess.run([tool("lupdate"), *files, *common, *target, "-ts", str(ts)], cwd=ROOT, check=True)
    english = I18N / "explorer_en.ts"
    plural_only = [*common, "-target-language", "en", "-pluralonly"]
    subprocess.run([tool("lupdate"), *files, *plural_only, "-ts", str(english)], cwd=ROOT, check=True)
    for ts in (*(I18N / f"explorer_{language}.ts" for language in LANGUAGES), english):
        ts.write_text(keep_translator_notes(ts.read_text(encoding="utf-8"), ts.parent), encoding="utf-8")


_MESSAGE = re.compile(r"<message[^>]*>.*?</message>", re.S)
_LOCATION = re.compile(r'<location(?: filename="([^"]+)")? line="([+-]?\d+)"/>')
_NOTE = re.compile(r"\n\s*<extracomment>.*?</extracomment>", re.S)


def keep_translator_notes(ts_text: str, ts_folder: Path) -> str:
    """The ``.ts`` with a translator's note only where the code gives one.

    lupdate hands a translator every ``#:`` comment met since the previous string, as a note on
    the next one; the code uses ``#:`` for what a constant means, so notes came far from their
    string ("Orders of the library …" on a menu word). A note is kept when a ``#:`` block ends
    right above the string's line (or above the line that opens its call, list or dict), and is
    then that block alone; any other is dropped.
    """
    sources: dict[str, list[str]] = {}
    last_line: dict[str, int] = {}  # lupdate's relative locations: from the file's previous one
    current = ""  # a location without a file name is in the file of the previous message's first

    def mend(message: re.Match[str]) -> str:
        nonlocal current
        block = message.group(0)
        first: tuple[str, int] | None = None
        file = current
        for name, line in _LOCATION.findall(block):
            file = name or file
            number = int(line) + (last_line.get(file, 0) if line[0] in "+-" else 0)
            last_line[file] = number
            first = first or (file, number)
        if first is None:
            return block
        current = first[0]
        if "<extracomment>" not in block:
            return block
        if first[0] not in sources:
            sources[first[0]] = (ts_folder / first[0]).read_text(encoding="utf-8").splitlines()
        note = _note_above(sources[first[0]], first[1])
        if not note:
            return _NOTE.sub("", block, count=1)
        return _NOTE.sub(
            lambda _m: f"\n        <extracomment>{html.escape(note, quote=False)}</extracomment>",
            block,
            count=1,
        )

    return _MESSAGE.sub(mend, ts_text)


def _note_above(lines: list[str], number: int) -> str:
    """The ``#:`` block ending right above line ``number`` (1-based), or right above the line that
    opens its bracket; "" if there is none."""
    above = number - 2
    if (
        above >= 0
        and lines[above].rstrip().endswith(("(", "[", "{"))
        and not lines[above].lstrip().startswith("#")
    ):
        above -= 1
    block: list[str] = []
    while above >= 0 and lines[above].lstrip().startswith("#:"):
        block.insert(0, lines[above].lstrip()[2:].strip())
        above -= 1
    return " ".join(block)


def release(directory: Path = I18N) -> list[Path]:
    """Build a ``.qm`` beside every ``.ts`` in ``directory`` (unless it is newer); every ``.qm``.

    A running app (or test) maps its ``.qm`` into memory: a file rewritten in place under
    it would crash it (SIGBUS). So a new ``.qm`` is written beside and renamed over the old.
    """
    built = []
    for ts in sorted(directory.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime_ns < ts.stat().st_mtime_ns:
            fresh = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
            subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
            os.replace(fresh, qm)
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        update()
    elif argv[1:] == ["release"]:
        release()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
