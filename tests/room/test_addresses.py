"""Choosing the address phones can reach, the join address, and its QR code."""

from __future__ import annotations

import segno

from explorer.room.addresses import Interface, RoomAddress, join_address, room_addresses
from explorer.room.qr import qr_modules


def test_loopback_link_local_virtual_and_down_interfaces_are_skipped() -> None:
    interfaces = [
        Interface("lo", "lo", "loopback", ("127.0.0.1", "::1")),
        Interface("docker0", "docker0", "ethernet", ("172.17.0.1",)),
        Interface("vboxnet0", "vboxnet0", "ethernet", ("192.168.56.1",)),
        Interface("eth1", "VirtualBox Host-Only Network", "ethernet", ("192.168.57.1",)),
        Interface("tun0", "tun0", "other", ("10.8.0.2",)),
        Interface("virbr0", "virbr0", "virtual", ("192.168.122.1",)),
        Interface("eth2", "eth2", "ethernet", ("169.254.10.20", "fe80::1%eth2")),
        Interface("eth3", "eth3", "ethernet", ("192.168.9.9",), up=False),
        Interface("wlan0", "Wi-Fi", "wifi", ("192.168.1.23", "2001:db8::5", "fe80::2%wlan0")),
    ]
    assert room_addresses(interfaces) == [RoomAddress("192.168.1.23", "wlan0", "Wi-Fi", "wifi")]


def test_several_addresses_are_offered_wifi_first_then_wired_then_public() -> None:
    interfaces = [
        Interface("eth0", "Ethernet", "ethernet", ("145.97.1.7", "10.0.0.5")),
        Interface("en0", "Wi-Fi", "wifi", ("172.20.10.2",)),
        Interface("usb0", "usb0", "other", ("192.168.42.10",)),
    ]
    assert [a.host for a in room_addresses(interfaces)] == [
        "172.20.10.2",
        "10.0.0.5",
        "145.97.1.7",
        "192.168.42.10",
    ]


def test_no_usable_interface_gives_no_address() -> None:
    assert room_addresses([Interface("lo", "lo", "loopback", ("127.0.0.1",))]) == []
    assert room_addresses([Interface("eth0", "eth0", "ethernet", ("not an address", "::1"))]) == []


def test_join_address_and_its_qr_code() -> None:
    address = join_address("192.168.1.23", 8765, "abcdefghjkmn")
    assert address == "http://192.168.1.23:8765/abcd-efgh-jkmn"
    assert join_address("10.0.0.5", 80, "abcdefghjkmn") == "http://10.0.0.5/abcd-efgh-jkmn"
    modules = qr_modules(address)
    expected = segno.make(address, error="m", micro=False, boost_error=False)
    assert len(modules) == len(modules[0]) == expected.symbol_size(border=0)[0]
    assert modules == [[bool(m) for m in row] for row in expected.matrix]
    # The finder pattern of a QR code: a dark 7×7 ring in the top-left corner.
    assert all(modules[0][:7]) and all(modules[6][:7]) and not any(modules[1][1:6])
