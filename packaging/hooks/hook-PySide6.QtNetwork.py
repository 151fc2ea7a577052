"""PySide6.QtNetwork for its list of network interfaces only: none of its plugins.

Room voting asks ``QNetworkInterface`` which addresses phones could reach; the
server itself is Python's (``explorer/room``). The stock hook also collects the
TLS backends and the network-information plugins, which bring nothing the app
uses, so this hook keeps the module and its libraries and leaves the plugins out.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, target) for source, target in binaries if "plugins" not in Path(target).parts]
