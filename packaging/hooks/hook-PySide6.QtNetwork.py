"""PySide6.QtNetwork without its plugins.

The app uses QtNetwork for ``QLocalServer``/``QLocalSocket`` (a second launch hands
over to the first) and ``QNetworkInterface`` (room voting lists the addresses phones
could reach; its server is Python's, ``explorer/room``). Neither needs a plugin. The
stock hook also collects the TLS backends and the network-information plugins, and
the GLib one of those pulls GIO, GObject, libmount, libblkid and libselinux into the
build, so this hook keeps the module and its libraries and leaves the plugins out
(about 1.5 MB off the one-file executable).
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, target) for source, target in binaries if "plugins" not in Path(target).parts]
