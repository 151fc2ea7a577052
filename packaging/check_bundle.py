"""CI: the frozen app bundles none of the tools that only the checks use, nor working files.

    .venv/bin/python packaging/check_bundle.py dist/explorer-folder/explorer

The virtual environment CI builds in has also run the tests, so it holds pytest and its
dependencies; optional imports in the app's own dependencies (Markdown's code-highlighting
extension tries Pygments, AnyIO's asyncio backend tries pytest) would carry them into
the build, 1.8 MB of the one-file executable that a user's build from a fresh clone does
not have. ``packaging/explorer.spec`` excludes them; this proves it held. Nor may the
pack's data carry the stores' working files (a last good copy such as ``review.json.bak``,
a lock, a save's hidden temporary file), which a reviewer's checkout has beside it: the
one-folder build's data folder is searched for them. Exit 1 if any is bundled.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PyInstaller.archive.readers import CArchiveReader

from explorer.core.store import is_side_file

#: Top-level packages only the checks use (tests, lint, types, dead code).
CHECK_TOOLS = {"pytest", "_pytest", "pytestqt", "hypothesis", "pygments", "mypy", "ruff", "vulture", "httpx"}


def bundled_packages(executable: str) -> set[str]:
    archive = CArchiveReader(executable).open_embedded_archive("PYZ.pyz")
    return {name.split(".")[0] for name in archive.toc}


def side_files(executable: str) -> list[str]:
    """The stores' side files among a one-folder build's data (``_internal/explorer/_data``)."""
    data = Path(executable).parent / "_internal" / "explorer" / "_data"
    return sorted(
        str(path.relative_to(data)) for path in data.rglob("*") if path.is_file() and is_side_file(path)
    )


def main(executable: str) -> int:
    found = sorted(bundled_packages(executable) & CHECK_TOOLS)
    if found:
        print(f"{executable} bundles tools only the checks use: {', '.join(found)}", file=sys.stderr)
        return 1
    stray = side_files(executable)
    if stray:
        print(f"{executable} bundles working files beside its data: {', '.join(stray)}", file=sys.stderr)
        return 1
    print(f"{executable}: no check tools and no working files bundled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
