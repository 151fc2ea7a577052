"""Live checks while writing: the open pack's files are watched, and a save reloads it.

Qt's own ``QFileSystemWatcher`` watches the pack folder (a file added or removed), each
scenario file and ``pack.yaml``, the pack's own source folders, and its translations. Editors save in
bursts (a temporary file, a rename, a second write), so changes are gathered for a
short quiet spell before one ``changed`` is sent; the window then reloads the pack
well within a second of the save. Many editors save by replacing the file, which ends
its watch, so the files are watched again after every reload.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from explorer.core.pack.translations import TRANSLATIONS_DIR

#: Quiet time after the last change before reloading (an editor's save is one burst).
QUIET_MS = 250


class PackWatcher(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUIET_MS)
        self._timer.timeout.connect(self.changed)
        self._watcher.fileChanged.connect(self._timer.start)
        self._watcher.directoryChanged.connect(self._timer.start)

    def watch(self, directory: Path | None) -> None:
        """Watch ``directory``'s pack files (and nothing else); ``None`` stops watching."""
        self.stop()
        if directory is None or not directory.is_dir():
            return
        paths = [directory, *(p for p in directory.iterdir() if p.suffix in {".yaml", ".yml"})]
        sources = directory / "sources"
        if sources.is_dir():
            paths.append(sources)
            for folder in (p for p in sources.iterdir() if p.is_dir()):
                paths += [folder, *(f for f in folder.iterdir() if f.is_file())]
        translations = directory / TRANSLATIONS_DIR  # a translator's save shows at once too
        if translations.is_dir() and not translations.is_symlink():
            paths.append(translations)
            for folder in (p for p in translations.iterdir() if p.is_dir()):
                paths += [folder, *(f for f in folder.iterdir() if f.suffix in {".yaml", ".yml"})]
        self._watcher.addPaths([str(p) for p in paths[:2000]])  # a pack is far smaller

    def stop(self) -> None:
        self._timer.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    def watched(self) -> list[str]:
        return self._watcher.files() + self._watcher.directories()
