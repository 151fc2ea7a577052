"""Serve a saved session's room without the desktop: ``python -m explorer.room SESSION --host ADDRESS``.

Turns room voting on in the session (keeping its token if it had one), prints
the join address, and serves until interrupted. Used by the tests that kill the
server mid-vote and by the load benchmark; a facilitator can use it to try the
phone page on a network before a workshop.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from explorer.core.workshop.ballots import enable_room
from explorer.core.workshop.plan import WorkshopError
from explorer.room.addresses import join_address
from explorer.room.host import AutosaveHost
from explorer.room.server import RoomServerError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m explorer.room", description=__doc__.splitlines()[0])
    parser.add_argument("session", type=Path, help="a .workshop.json session file")
    parser.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="the port (default: any free one)")
    options = parser.parse_args(argv)
    try:
        host = AutosaveHost.open(options.session)
        token = host.perform(enable_room)
        address = host.server.start(options.host, options.port)
    except (WorkshopError, RoomServerError, OSError) as error:
        print(f"{options.session}: {error}", file=sys.stderr)
        return 1
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_args: stop.set())
    print(join_address(address[0], address[1], token), flush=True)
    stop.wait()
    host.stop()
    print(f"saved {host.saves} times", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
