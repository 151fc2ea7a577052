"""Which of the computer's addresses phones in the room can reach: a pure choice over the interfaces.

The app lists its network interfaces (the desktop side reads them with Qt's
``QNetworkInterface``) and this module keeps the ones worth offering: an IPv4
address (short enough to retype from the screen) on an interface that is up,
not the loopback, not a link-local 169.254 address, and not a virtual adapter
(containers, virtual machines, VPN tunnels), which phones on the Wi-Fi cannot
reach. When several are left, the facilitator picks; Wi-Fi comes first, then
wired, then the rest, and private (LAN) addresses before public ones.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Literal

from explorer.core.workshop.ballots import format_token

InterfaceKind = Literal["wifi", "ethernet", "loopback", "virtual", "other"]

#: Names of virtual adapters on Linux, macOS and Windows (as their system names or their
#: human-readable names): container bridges, VM host adapters, VPN and overlay tunnels.
VIRTUAL_NAMES = re.compile(
    r"^(docker|br-|veth|virbr|vmnet|vboxnet|vnic|tun|tap|wg|zt|tailscale|utun|llw|awdl|anpi|bridge|"
    r"lxc|lxd|cni|flannel|cali|kube|podman|ham|gif|stf|ipsec|ppp)"
    r"|(virtual|vmware|virtualbox|hyper-v|vethernet|loopback|pseudo|tap-windows|wintun|tunnel)",
    re.IGNORECASE,
)
KIND_RANK = {"wifi": 0, "ethernet": 1, "other": 2}


@dataclass(frozen=True)
class Interface:
    """One network interface as the system reports it."""

    name: str  # the system's name (wlan0, en0, "Ethernet 2")
    label: str  # a human-readable name, or the same as ``name``
    kind: InterfaceKind
    addresses: tuple[str, ...]
    up: bool = True


@dataclass(frozen=True)
class RoomAddress:
    """An address the room server could listen on, with the interface it belongs to."""

    host: str
    interface: str
    label: str
    kind: InterfaceKind


def room_addresses(interfaces: list[Interface]) -> list[RoomAddress]:
    """The addresses phones could reach, the likeliest first; empty if there is none."""
    found: list[tuple[tuple[int, int, str], RoomAddress]] = []
    for interface in interfaces:
        if not interface.up or interface.kind in ("loopback", "virtual"):
            continue
        if VIRTUAL_NAMES.search(interface.name) or VIRTUAL_NAMES.search(interface.label):
            continue
        for text in interface.addresses:
            address = _usable_ipv4(text)
            if address is None:
                continue
            rank = (KIND_RANK[interface.kind], 0 if address.is_private else 1, interface.name)
            found.append((rank, RoomAddress(str(address), interface.name, interface.label, interface.kind)))
    found.sort(key=lambda pair: pair[0])
    return list(dict.fromkeys(address for _rank, address in found))


def _usable_ipv4(text: str) -> ipaddress.IPv4Address | None:
    try:
        address = ipaddress.ip_address(text.split("%")[0])
    except ValueError:
        return None
    if not isinstance(address, ipaddress.IPv4Address):
        return None  # phones are told an address to type: IPv4 is the one people can
    if address.is_loopback or address.is_link_local or address.is_unspecified or address.is_multicast:
        return None
    return address


def join_address(host: str, port: int, token: str) -> str:
    """The address phones open: short enough to retype (``http://192.168.1.20:8765/abcd-efgh-jkmn``)."""
    shown_port = "" if port == 80 else f":{port}"
    return f"http://{host}{shown_port}/{format_token(token)}"
