"""Load on the room server: many phones join and vote at once over loopback (a benchmark, not a test).

    .venv/bin/python bench/room_load.py [--phones 200] [--groups 6] [--changes 1]

Starts ``python -m explorer.room`` on a session of the bundled pack standing at
its first vote, then lets every simulated phone, all at once, do what a phone
does: load the page, read the state, join a group, vote, and change its vote
``--changes`` times. Each phone has an address of its own (127.0.1.N), as on a
room's Wi-Fi, so the per-address limits apply as they would there. Then it stops
the server and reads the saved session: every acknowledged ballot must be there
with its last acknowledged choice (none lost), and the tally must count each
phone once (none counted twice).

Prints the time from the first request to the last answer, the latency of
joins and ballots (p50, p95, max), and how many saves the server made (ballots
arriving while one is saved are saved together). As a baseline from the same
run: the same phones reading the state only, which needs no save.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from explorer.core.evidence.corpus import load_corpus  # noqa: E402
from explorer.core.pack.loader import load_pack  # noqa: E402
from explorer.core.paths import bundled_pack_dir  # noqa: E402
from explorer.core.workshop.files import load_session, save_session  # noqa: E402
from explorer.core.workshop.plan import agenda_item, new_plan  # noqa: E402
from explorer.core.workshop.session import Step, new_session  # noqa: E402


def make_session(path: Path, groups: int) -> list[str]:
    corpus = load_corpus()
    pack = load_pack(bundled_pack_dir(), corpus)
    scenario = pack.scenarios[0]
    plan = new_plan(
        "Load test",
        [agenda_item(pack, corpus, scenario.id)],
        [(f"Table {n + 1}", None, None) for n in range(groups)],
        corpus,
    )
    session = new_session(plan)
    session.go_to(Step.FIRST_VOTE, 0)
    save_session(path, session)
    return plan.agenda[0].card.choice_ids()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Phone:
    def __init__(self, url: str, number: int) -> None:
        address = f"127.0.{1 + number // 250}.{1 + number % 250}"
        self.client = httpx.AsyncClient(
            base_url=url + "/", transport=httpx.AsyncHTTPTransport(local_address=address), timeout=60.0
        )
        self.device = ""
        self.acknowledged: str | None = None
        self.latencies: dict[str, list[float]] = {"join": [], "ballot": [], "state": []}
        self.failures: list[str] = []

    async def timed(self, kind: str, method: str, path: str, **options: object) -> httpx.Response:
        started = time.perf_counter()
        answer = await self.client.request(method, path, **options)  # type: ignore[arg-type]
        self.latencies[kind].append(time.perf_counter() - started)
        return answer

    async def vote(self, number: int, groups: int, choices: list[str], changes: int) -> None:
        page = await self.client.get("")
        if page.status_code != 200:
            self.failures.append(f"page {page.status_code}")
            return
        await self.timed("state", "GET", "api/state")
        joined = await self.timed("join", "POST", "api/join", json={"group": f"g{1 + number % groups}"})
        if joined.status_code != 200:
            self.failures.append(f"join {joined.status_code}")
            return
        self.device = joined.json()["device"]
        for turn in range(1 + changes):
            choice = choices[(number + turn) % len(choices)]
            body = {"device": self.device, "item": 0, "round": 1, "choice": choice}
            answer = await self.timed("ballot", "POST", "api/ballot", json=body)
            if answer.status_code == 200:
                self.acknowledged = choice
            else:
                self.failures.append(f"ballot {answer.status_code}")

    async def read_only(self) -> None:
        await self.timed("state", "GET", "api/state")
        await self.timed("state", "GET", "api/state")


async def run_phones(
    url: str, phones: int, groups: int, choices: list[str], changes: int
) -> tuple[list[Phone], float]:
    crowd = [Phone(url, n) for n in range(phones)]
    started = time.perf_counter()
    await asyncio.gather(*(phone.vote(n, groups, choices, changes) for n, phone in enumerate(crowd)))
    elapsed = time.perf_counter() - started
    await asyncio.gather(*(phone.client.aclose() for phone in crowd))
    return crowd, elapsed


async def run_baseline(url: str, phones: int) -> tuple[list[Phone], float]:
    crowd = [Phone(url, 300 + n) for n in range(phones)]
    started = time.perf_counter()
    await asyncio.gather(*(phone.read_only() for phone in crowd))
    elapsed = time.perf_counter() - started
    await asyncio.gather(*(phone.client.aclose() for phone in crowd))
    return crowd, elapsed


def figures(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"p50 {percentile(ms, 0.5):6.1f} ms   p95 {percentile(ms, 0.95):6.1f} ms   max {max(ms):6.1f} ms"


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--phones", type=int, default=200)
    options.add_argument("--groups", type=int, default=6)
    options.add_argument("--changes", type=int, default=1, help="how many times each phone changes its vote")
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "load.workshop.json"
        choices = make_session(path, args.groups)
        server = subprocess.Popen(
            [sys.executable, "-m", "explorer.room", str(path), "--host", "127.0.0.1"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        crowd, elapsed = asyncio.run(run_phones(url, args.phones, args.groups, choices, args.changes))
        baseline, base_elapsed = asyncio.run(run_baseline(url, args.phones))
        server.send_signal(signal.SIGTERM)
        said, _ = server.communicate(timeout=30)
        session = load_session(path).session
    ballots = session.items[0].first_ballots
    acknowledged = {phone.device: phone.acknowledged for phone in crowd if phone.acknowledged}
    lost = [d for d, choice in acknowledged.items() if d not in ballots or ballots[d].choice != choice]
    counted = sum(sum(counts.values()) for counts in session.items[0].tally(1).values())
    joined = len(session.room.devices) if session.room else 0
    failures = [f for phone in crowd for f in phone.failures]
    print(f"room load: {args.phones} phones, {args.groups} groups, {1 + args.changes} ballots each, loopback")
    print(f"  all joined and voted in {elapsed:5.2f} s (target: within 10 s)")
    print(f"  joins    {figures([v for p in crowd for v in p.latencies['join']])}")
    print(f"  ballots  {figures([v for p in crowd for v in p.latencies['ballot']])}")
    print(f"  state    {figures([v for p in crowd for v in p.latencies['state']])}")
    print(f"  baseline: the same phones reading the state only, {base_elapsed:5.2f} s")
    print(f"           {figures([v for p in baseline for v in p.latencies['state']])}")
    print(f"  phones joined {joined}, acknowledged ballots {len(acknowledged)}, in the saved tally {counted}")
    print(f"  lost {len(lost)}, counted twice {max(0, counted - len(ballots))}, refused {len(failures)}")
    print(f"  {said.strip()} (one save per batch of joins and ballots)")
    ok = not lost and counted == len(ballots) == len(acknowledged) == args.phones and not failures
    print("  OK" if ok else f"  PROBLEM: {failures[:5]}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
