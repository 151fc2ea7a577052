"""A source's date as its metadata writes it: the days it may mean, and the words to show it in.

Metadata dates are free text, written as the document allows: "2018-03-23", "2021",
"19 February 2026", "after 2020". The timeline checks read each as the range of days
it may mean (``date_range``); the source viewer and every reference show it in the
reader's language (``date_words``), so that a Dutch window says "na 2020" and
"19 februari 2026", not the English of the metadata file.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explorer.core.vocabulary import MONTHS, ExportLabels, fill

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})")
_MONTH_YEAR = re.compile(r"([A-Za-z]+)\s+(\d{4})")
_YEAR = re.compile(r"\b(\d{4})\b")
_MONTHS = {name.lower(): n for n, name in enumerate(MONTHS, start=1)}  # the metadata's English
# What ``date_words`` rewrites: a whole date in one of the forms above, perhaps after
# "after" or "before". Anything else ("Thursday 19 February", "spring 2021") is shown as written.
_WHOLE = re.compile(
    r"^(?:(?P<bound>after|before)\s+)?"
    r"(?:(?P<iso>\d{4}(?:-\d{2}(?:-\d{2})?)?)|(?:(?P<day>\d{1,2})\s+)?(?P<month>[A-Za-z]+)\s+(?P<year>\d{4}))$",
    re.IGNORECASE,
)


def date_range(text: str) -> tuple[date, date] | None:
    """The first and last day a loosely written date may mean; None if there is no year in it."""
    text = text.strip()
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(g) if g else None for g in iso.groups())
        return _span(year or 0, month, day)
    found = _DAY_MONTH_YEAR.search(text)
    if found and found.group(2).lower() in _MONTHS:
        return _span(int(found.group(3)), _MONTHS[found.group(2).lower()], int(found.group(1)))
    found = _MONTH_YEAR.search(text)
    if found and found.group(1).lower() in _MONTHS:
        return _span(int(found.group(2)), _MONTHS[found.group(1).lower()], None)
    found = _YEAR.search(text)
    if not found:
        return None
    year = int(found.group(1))
    if text.lower().startswith("after"):
        return date(year + 1, 1, 1), date.max
    if text.lower().startswith("before"):
        return date.min, date(year - 1, 12, 31)
    return _span(year, None, None)


def _span(year: int, month: int | None, day: int | None) -> tuple[date, date] | None:
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            following = date(year + month // 12, month % 12 + 1, 1)  # the next month's first day
            return date(year, month, 1), following - timedelta(days=1)
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


def date_words(text: str, labels: ExportLabels) -> str:
    """``text`` in the words of ``labels``: "23 maart 2018" for "2018-03-23" in Dutch.

    Day, month and year in that order in every language the app speaks; a date this module
    does not read whole, or not as a real day, comes back as written.
    """
    whole = _WHOLE.match(text.strip())
    if whole is None:
        return text
    if whole["iso"]:
        year, month, day = (*(int(part) for part in whole["iso"].split("-")), 0, 0)[:3]
    else:
        month = _MONTHS.get(whole["month"].lower(), -1)
        year, day = int(whole["year"]), int(whole["day"] or 0)
    if month == -1 or _span(year, month or None, day or None) is None:
        return text
    words = str(year)
    if month:
        words = f"{labels.months[month - 1]} {words}"
    if day:
        words = f"{day} {words}"
    bound = (whole["bound"] or "").lower()
    if bound == "after":
        return fill(labels.translate("Export", "after %1"), words)
    if bound == "before":
        return fill(labels.translate("Export", "before %1"), words)
    return words
