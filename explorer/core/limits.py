"""What a stored journal or session may hold: bounded strings, numbers in range, sane dates.

The types are ``Annotated`` msgspec constraints, so a whole file is validated in C in
one pass when it is loaded (``explorer.core.store.load``'s check); they only apply
on decoding, never when the app builds its own objects. The bounds are far beyond
any real journal or workshop and exist so that a damaged or hostile file is refused
at the door instead of failing later, on a repaint or on the next save.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import msgspec

#: A name, an id, a title: one line of text.
Name = Annotated[str, msgspec.Meta(max_length=2_000)]
#: A non-empty id.
Id = Annotated[str, msgspec.Meta(min_length=1, max_length=500)]
#: A rationale, a note, a quote, a context: long text.
Text = Annotated[str, msgspec.Meta(max_length=2_000_000)]
#: An offset into a source document.
Offset = Annotated[int, msgspec.Meta(ge=0, le=1_000_000_000)]
#: A small whole number (minutes, a page, an index).
Small = Annotated[int, msgspec.Meta(ge=-1, le=1_000_000)]
#: Seconds of a timer or of time spent (up to a year; finite by construction of the bounds).
MAX_SECONDS = 3.2e7
Seconds = Annotated[float, msgspec.Meta(ge=-1e7, le=MAX_SECONDS)]


def capped_seconds(seconds: float) -> float:
    """Time spent as a stored file may hold it: a session resumed a year later counts at most
    ``MAX_SECONDS``, rather than writing a file that would not load again."""
    return min(MAX_SECONDS, seconds)


#: A moment as Unix time, 1970 to 3000: every platform's ``localtime`` can show it.
EARLIEST, LATEST = 0.0, 32_503_680_000.0
Epoch = Annotated[float, msgspec.Meta(ge=EARLIEST, le=LATEST)]
#: At most this many items in any list or table of a stored file.
MAX_ITEMS = 100_000


def check_stamp(stamp: str) -> None:
    """``ValueError`` unless ``stamp`` is empty or an ISO 8601 time the app can show in local time."""
    if not stamp:
        return
    if len(stamp) > 40:
        raise ValueError("a date is too long")
    moment = datetime.fromisoformat(stamp)  # ValueError on anything else
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    # The year is checked before any conversion: year 1 east of UTC overflows when converted.
    if not 1971 <= moment.year <= 2998:
        raise ValueError(f"the date {stamp} is out of range (1971–2998)")
    moment.astimezone()  # what the journal view does on every repaint
