"""Drives a workshop session for the console and the presenter, saving after every action.

The controller is the only writer of the session: every facilitator action goes
through ``perform``, which runs it on the core state machine
(``explorer.core.workshop.session``) and saves the session atomically at once
(``explorer.core.workshop.files.Autosave``). A refused action is reported with
the core's own reason (``refused``), never as a traceback. What the room sees is
recomputed with ``room_view`` after each change and while a timer runs, and sent
out only when it differs (``roomChanged``), so the presenter never flickers.

Vote counts go through ``set_count`` (one cell), ``set_votes`` (a group's row) and
``clear_votes``; each change is kept in a ``VoteHistory`` with where it came from,
announced with ``voteChanged`` and undone with ``undo_vote`` (itself an action, so
saved). Counts from another source (phones) are meant to arrive the same way,
with their own ``source``.

Notes are typed a key at a time, so they are saved half a second after the last
key (and at once with any other action or on close) rather than on every key.

The session is encoded on the GUI thread right after each action (a snapshot) and
written on the app's writer thread (``saving.BackgroundSaver``), in order: the
window never waits for the disk, and ``saved`` / ``saveFailed`` arrive when the
write is done. Closing (``retry_save``) waits for the writes under way and writes
the session at once, so the console knows before it closes whether it is on disk.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from explorer.core import file_lock
from explorer.core.store import StoreError
from explorer.core.workshop.files import (
    Autosave,
    LoadedSession,
    encode_session,
    save_session,
    write_session,
)
from explorer.core.workshop.room_view import RoomView, room_view
from explorer.core.workshop.session import Round, Step, WorkshopError, WorkshopSession, describe
from explorer.core.workshop.vote_history import KEYBOARD, Tally, VoteChange, VoteHistory
from explorer.ui.plain_text import arg
from explorer.ui.saving import BackgroundSaver
from explorer.ui.tasks import wait_for_saves

NOTES_DELAY_MS = 500
TICK_MS = 250


class WorkshopController(QObject):
    changed = Signal()  # the session changed: console views refresh
    roomChanged = Signal(object)  # RoomView: what the room now sees
    refused = Signal(str)  # an action the session would not take, and why
    saved = Signal(str)  # the file saved to
    saveFailed = Signal(str)  # why the last save did not reach the disk
    voteChanged = Signal(object, bool)  # VoteChange, and whether it was an undo

    def __init__(
        self,
        loaded: LoadedSession,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._saver = BackgroundSaver(self)
        self._autosave = Autosave(loaded.session, loaded.path, self._write)
        self._loaded = loaded  # holds the file's lock while the session runs here
        self.read_only = loaded.read_only
        self.open_message = loaded.message
        #: Why the last save failed, while the session in memory is ahead of its file ("" if not).
        self.unsaved = ""
        self._clock = clock
        self._last_room: RoomView | None = None
        self._notes_pending = False
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self.flush)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._emit_room)
        self.history = VoteHistory()
        self._update_tick()

    # -- reading ------------------------------------------------------------------------------
    @property
    def session(self) -> WorkshopSession:
        """The session, for reading; change it only through the controller's actions."""
        return self._autosave.session

    @property
    def path(self) -> Path:
        return self._autosave.path

    def now(self) -> float:
        return self._clock()

    def room(self) -> RoomView:
        return room_view(self.session, self._clock())

    def describe(self) -> str:
        return describe(self.session)

    # -- acting -------------------------------------------------------------------------------
    def perform(self, action: Callable[[WorkshopSession], Any]) -> bool:
        """Run a facilitator action and save; False (and ``refused``) if it was not allowed."""
        if self.read_only:
            self.refused.emit(
                arg(
                    self.tr("This session is open read-only (%1). Save a copy to go on."),
                    self.open_message or self.tr("it could not be written"),
                )
            )
            return False
        self._notes_timer.stop()
        self._notes_pending = False
        try:
            self._autosave.perform(action)
        except WorkshopError as error:
            self.refused.emit(str(error))
            return False
        except (StoreError, OSError) as error:
            # The action happened; only its encoding failed. Say so, keep going, retry next time.
            self._save_failed(error)
        self._changed()
        return True

    def _write(self, path: Path, payload: bytes) -> None:
        """Queue the write of a session snapshot; ``saved`` or ``saveFailed`` once it is done."""

        def ended(error: BaseException | None) -> None:
            # A failed write: the action happened; say so, keep going, retry next time.
            if error is None:
                self._saved()
            else:
                self._save_failed(error)

        self._saver.save(str(path), lambda: write_session(path, payload), ended)

    def _save_failed(self, error: BaseException) -> None:
        self.unsaved = str(error)
        self.saveFailed.emit(arg(self.tr("Not saved: %1"), error))

    def _saved(self) -> None:
        self.unsaved = ""
        self.saved.emit(str(self.path))

    def retry_save(self) -> bool:
        """Make sure the session is on disk now (on close); True if it is.

        Waits for the writes under way; then, if the last one failed or has not said
        how it ended yet, writes the session once more, here and now.
        """
        if (self.unsaved or self._saver.pending) and not self.read_only:
            try:
                path, payload = self.path, encode_session(self.session)
            except StoreError as error:
                self._save_failed(error)
            else:
                failed = self._saver.finish(lambda: write_session(path, payload))
                if failed is None:
                    self._saved()
                else:
                    self._save_failed(failed)
        return not self.unsaved

    def release(self) -> None:
        """The session is no longer run here: give its file's lock back, once its writes are done."""
        wait_for_saves()
        self._loaded.close()

    def _changed(self) -> None:
        self._update_tick()
        self.changed.emit()
        self._emit_room()

    def _emit_room(self) -> None:
        view = self.room()
        if view != self._last_room:
            self._last_room = view
            self.roomChanged.emit(view)

    def _update_tick(self) -> None:
        # A timer left running on an earlier item still shows (the room view says where).
        running = any(item.timer.running for item in self.session.items)
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()

    def next(self) -> bool:
        return self.perform(lambda s: s.next(self.now()))

    def previous(self) -> bool:
        return self.perform(lambda s: s.previous(self.now()))

    def go_to_item(self, index: int) -> bool:
        return self.perform(lambda s: s.go_to_item(index, self.now()))

    def go_to(self, step: Step, item: int, page: int = 0) -> bool:
        return self.perform(lambda s: s.go_to(step, item, page, self.now()))

    def toggle_blank(self) -> bool:
        return self.perform(lambda s: s.toggle_blank(self.now()))

    def toggle_timer(self) -> bool:
        return self.perform(lambda s: s.toggle_timer(self.now()))

    def adjust_timer(self, seconds: float) -> bool:
        return self.perform(lambda s: s.adjust_timer(seconds, self.now()))

    def reset_timer(self) -> bool:
        return self.perform(lambda s: s.reset_timer(self.now()))

    def reveal(self) -> bool:
        return self.perform(lambda s: s.reveal(self.now()))

    def end_workshop(self) -> bool:
        """Mark the session finished (the room sees the end); it is no longer offered for resuming."""
        return self.perform(lambda s: s.end(self.now()))

    def set_timer_pinned(self, pinned: bool) -> bool:
        return self.perform(lambda s: s.set_timer_pinned(pinned, self.now()))

    # -- votes --------------------------------------------------------------------------------
    def counts(self, round_number: Round, group_id: str) -> Tally | None:
        """A copy of a group's counts in a round of the current item (None: not entered)."""
        record = self.session.record()
        tally = record.votes(round_number).get(group_id) if record is not None else None
        return dict(tally) if tally is not None else None

    def set_count(
        self, round_number: Round, group_id: str, choice_id: str, count: int, source: str = KEYBOARD
    ) -> bool:
        """One cell: the group's count for one choice (its other choices stay, or count 0)."""
        agenda = self.session.agenda_item()
        order = agenda.card.choice_ids() if agenda is not None else []
        tally = self.counts(round_number, group_id) or dict.fromkeys(order, 0)
        tally[choice_id] = count
        return self.set_votes(round_number, group_id, tally, choice_id, source)

    def set_votes(
        self,
        round_number: Round,
        group_id: str,
        counts: dict[str, int],
        choice_id: str = "",
        source: str = KEYBOARD,
    ) -> bool:
        """A group's counts of a round, all choices at once."""
        before = self.counts(round_number, group_id)
        if not self.perform(lambda s: s.set_votes(round_number, group_id, counts, self.now())):
            return False
        self._vote_changed(round_number, group_id, before, choice_id, source)
        return True

    def clear_votes(self, round_number: Round, group_id: str, source: str = KEYBOARD) -> bool:
        before = self.counts(round_number, group_id)
        if not self.perform(lambda s: s.clear_votes(round_number, group_id, self.now())):
            return False
        self._vote_changed(round_number, group_id, before, "", source)
        return True

    def _vote_changed(
        self, round_number: Round, group_id: str, before: Tally | None, choice_id: str, source: str
    ) -> None:
        after = self.counts(round_number, group_id)
        change = VoteChange(self.session.item, round_number, group_id, before, after, choice_id, source)
        self.history.record(change)
        self.voteChanged.emit(change, False)

    def undo_vote(self) -> bool:
        """Put the counts back as they were before the last change (and save)."""
        change = self.history.undo()
        if change is None:
            self.refused.emit(self.tr("There is no vote change to undo."))
            return False
        if change.item != self.session.item:
            self.history.restore(change)
            self.refused.emit(
                self.tr("The last vote change was made at another scenario; go back there to undo it.")
            )
            return False

        def put_back(session: WorkshopSession) -> None:
            if change.before is None:
                session.clear_votes(change.round, change.group_id, self.now())
            else:
                session.set_votes(change.round, change.group_id, change.before, self.now())

        if not self.perform(put_back):
            self.history.restore(change)
            return False
        self.voteChanged.emit(change, True)
        return True

    def set_notes(self, text: str, item: int | None = None) -> None:
        """Keep the facilitator's notes; saved shortly after the last key (see ``flush``)."""
        if self.read_only:
            return
        try:
            self.session.set_notes(text, item)
        except WorkshopError as error:
            self.refused.emit(str(error))
            return
        self._notes_pending = True
        self._notes_timer.start()

    def flush(self) -> None:
        """Save notes still waiting for their delay (on close, and before anything slow)."""
        self._notes_timer.stop()
        if not self._notes_pending:
            return
        self._notes_pending = False
        try:
            self._autosave.save()  # queued; ``saved`` or ``saveFailed`` follow
        except StoreError as error:
            self._save_failed(error)

    def save_copy(self, path: Path) -> bool:
        """Write the session to a new file and carry on there (the way out of read-only)."""
        try:
            save_session(path, self.session)
        except (StoreError, OSError) as error:
            self.saveFailed.emit(arg(self.tr("Not saved: %1"), error))
            return False
        self._autosave.path = path
        self._loaded.close()
        try:
            held = file_lock.lock(path)
        except OSError:
            held = None
        self._loaded = LoadedSession(self.session, path, lock=held)
        self.read_only = False
        self.open_message = ""
        self.unsaved = ""
        self.saved.emit(str(path))
        self._changed()
        return True
