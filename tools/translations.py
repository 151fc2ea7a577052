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

import os
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
