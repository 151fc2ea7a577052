"""What a document says about itself: its language, its date, its title (a first guess).

The guesses pre-fill a new source's metadata; the author checks them. Language is
told apart by counting the commonest short words of Dutch, French, English and
German, which is enough for whole documents and needs no model.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_STOPWORD_TEXT = {
    "nl": "de het een en van in is dat op te zijn met voor "
    "niet aan er om ook als bij door naar dit wordt worden of uit",
    "fr": "le la les des et est un une du dans que qui pour "
    "pas sur au par ce sont avec plus se ne aux cette ont",
    "en": "the of and to in is that for it as with was on be by this are not or from at which have an",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus",
}
_STOPWORDS = {language: words.split() for language, words in _STOPWORD_TEXT.items()}

_WORDS = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """``nl``, ``fr``, ``en`` or ``de``; ``""`` when the text has too few of their common words."""
    counts = Counter(word.lower() for word in _WORDS.findall(text[:200_000]))
    scores = {lang: sum(counts[word] for word in words) for lang, words in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else ""


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "januari january janvier januar jan",
            "februari february février februar feb",
            "maart march mars märz mar",
            "april avril apr",
            "mei may mai",
            "juni june juin jun",
            "juli july juillet jul",
            "augustus august août aug",
            "september septembre sep sept",
            "oktober october octobre oct okt",
            "november novembre nov",
            "december décembre dezember dec dez",
        ],
        start=1,
    )
    for name in names.split()
}
_ISO = re.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b")
_DAY_MONTH_YEAR = re.compile(r"\b([0-3]?\d)(?:er)?\.?\s+([^\W\d_]{3,10})\.?\s+((?:19|20)\d\d)\b")
_MONTH_DAY_YEAR = re.compile(r"\b([^\W\d_]{3,10})\.?\s+([0-3]?\d),?\s+((?:19|20)\d\d)\b")
_PDF_DATE = re.compile(r"^(?:D:)?((?:19|20)\d\d)(\d\d)(\d\d)")


def find_date(text: str, declared: str = "") -> str:
    """The first date the document's text states (``YYYY-MM-DD``), else a declared one (PDF info)."""
    head = text[:20_000]
    found: list[tuple[int, str]] = []
    for match in _ISO.finditer(head):
        found.append((match.start(), match.group(0)))
    for match in _DAY_MONTH_YEAR.finditer(head):
        month = _MONTHS.get(match.group(2).lower())
        if month and 1 <= int(match.group(1)) <= 31:
            found.append((match.start(), f"{match.group(3)}-{month:02d}-{int(match.group(1)):02d}"))
    for match in _MONTH_DAY_YEAR.finditer(head):
        month = _MONTHS.get(match.group(1).lower())
        if month and 1 <= int(match.group(2)) <= 31:
            found.append((match.start(), f"{match.group(3)}-{month:02d}-{int(match.group(2)):02d}"))
    if found:
        return min(found)[1]
    pdf = _PDF_DATE.match(declared.strip())
    if pdf:
        return f"{pdf.group(1)}-{pdf.group(2)}-{pdf.group(3)}"
    iso = _ISO.search(declared)
    return iso.group(0) if iso else ""


def guess_title(text: str, declared: str = "") -> str:
    """The document's declared title, else its first line of words."""
    if declared.strip():
        return " ".join(declared.split())
    for line in text.splitlines():
        words = " ".join(line.split())
        if len(_WORDS.findall(words)) >= 1 and not words.isdigit():
            return words[:200]
    return ""


def suggest_id(title: str, date: str, fallback: str) -> str:
    """A source id from the title's first words and the year: ``kamerbrief-2018``."""
    words = [w.lower() for w in _WORDS.findall(title) if len(w) > 3][:3]
    # Accents decomposed and dropped: ``opérations`` gives ``operations``.
    ascii_words = [unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in words]
    ascii_words = [re.sub(r"[^a-z0-9]", "", w) for w in ascii_words]
    stem = "-".join(w for w in ascii_words if w) or re.sub(r"[^a-z0-9]+", "-", fallback.lower()).strip("-")
    year = date[:4]
    return (f"{stem}-{year}" if year else stem)[:60].strip("-") or "source"
