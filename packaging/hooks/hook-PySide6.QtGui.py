"""PySide6.QtGui without the plugins a desktop widgets app does not use.

PyInstaller's own hook collects every plugin type of QtGui, and each plugin drags
its libraries along (the GTK theme pulls GTK, cairo and GLib; Wayland and EGL-FS
pull their Qt modules; VNC pulls QtNetwork). Filtering in the spec would be too
late: the libraries are found from the plugins during analysis, so the choice is
made here, before that. This hook replaces the stock one (``hookspath`` wins).

Kept: the xcb platform (X11, and Wayland desktops through XWayland), offscreen
(CI and ``explorer self-test``) and minimal; Windows and macOS platforms and
styles; compose and ibus input (typing accents); the xdg-desktop-portal theme
(native file dialogs); SVG image and icon plugins only if the app ships SVG.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

_ROOT = Path(__file__).resolve().parents[2]
_USES_SVG = any((_ROOT / "explorer").rglob("*.svg")) or any((_ROOT / "resources").rglob("*.svg"))
_SVG = {"qsvg", "qsvgicon"} if _USES_SVG else set()

#: plugin directory -> plugin base names kept (None: all of them).
KEEP = {
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "platforminputcontexts": None,
    "xcbglintegrations": None,
    "platformthemes": {"qxdgdesktopportal"},
    "styles": None,
    "imageformats": _SVG,
    "iconengines": _SVG,
}


def _base(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def _wanted(destination: str, file_name: str) -> bool:
    parts = Path(destination).parts
    if "plugins" not in parts:
        return True
    kind = "/".join(parts[parts.index("plugins") + 1 :])
    keep = KEEP.get(kind, set())
    return keep is None or _base(file_name) in keep


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, target) for source, target in binaries if _wanted(target, Path(source).name)]
