"""Kill the app in the middle of a stream of workshop actions, many times: nothing entered is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.files import load_session, save_session
from explorer.core.workshop.session import Step, new_session
from tests.core.workshop_helpers import two_group_plan

#: Resumes the session file and keeps acting on it, one autosaved action at a time,
#: printing how many actions are done (as the console would have shown them).
FACILITATOR = """
import sys
from pathlib import Path
from explorer.core.workshop.files import Autosave, load_session

path, start = Path(sys.argv[1]), int(sys.argv[2])
autosave = Autosave(load_session(path).session, path)


def act(session, k):
    kind = k % 5
    if kind == 0:
        session.set_votes(1, "g1", {"qualitative-presence": k})
    elif kind == 1:
        session.set_votes(1, "g2", {"civilian-experts": k})
    elif kind == 2:
        session.next()
    elif kind == 3:
        session.toggle_timer()
    else:
        session.previous()
    session.set_notes(f"action {k}", item=0)


while True:
    k = len(autosave.session.log) - start
    autosave.perform(lambda session: act(session, k))
    print(k + 1, flush=True)
"""


def test_killed_during_a_session_resumes_with_nothing_lost(
    good_pack: LoadedPack, corpus: Corpus, tmp_path: Path
) -> None:
    path = tmp_path / "seminar.workshop.json"
    session = new_session(two_group_plan(good_pack, corpus, items=1))
    session.go_to(Step.FIRST_VOTE, 0)
    save_session(path, session)
    start = len(session.log)
    done = 0
    for round_number in range(15):
        process = subprocess.Popen(
            [sys.executable, "-c", FACILITATOR, str(path), str(start)], stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        reported = done
        deadline = time.monotonic() + 30
        while reported < done + 3 + round_number and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            reported = int(line)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        loaded = load_session(path)
        assert not loaded.from_backup and not loaded.read_only
        resumed = loaded.session
        actions = len(resumed.log) - start
        assert actions >= reported, f"round {round_number}: {reported} reported, {actions} on disk"
        # The file is one consistent moment: the last action and its notes belong together.
        assert resumed.items[0].notes == f"action {actions - 1}"
        last_g1 = max(k for k in range(actions) if k % 5 == 0)
        assert resumed.items[0].first_vote["g1"]["qualitative-presence"] == last_g1
        assert resumed.step in (Step.FIRST_VOTE, Step.DISCUSSION)
        done = actions
        for leftover in tmp_path.glob("*.tmp"):  # a kill between write and rename leaves one, harmless
            leftover.unlink()
    assert done >= 15 * 3
