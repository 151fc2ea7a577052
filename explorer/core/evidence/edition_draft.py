"""A first reading edition of an extracted text, for the author to check.

What PDF extraction damages, this undoes, in the edition's own marks (see
``explorer.core.evidence.edition``): lines are joined into paragraphs; a word split
by a hyphen at a line end is rejoined with a hidden hyphen (``Neder¬landen``);
running headers and footers and page numbers are recognised, left out and declared
as omissions; a paragraph that runs on over a page break is rejoined across the page
furniture with a segment break; footnotes are set apart at the end. The draft is only
a proposal: ``build_edition`` proves it against the original before it is kept.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from explorer.core.evidence.document_facts import find_date
from explorer.core.evidence.edition import HIDDEN_HYPHEN, SEGMENT_BREAK, Omission

PAGE_BREAK = "\f"
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|pagina|seite|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?"
    r"(?:\s*(?:/|of|van|sur|von)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_FOOTNOTE = re.compile(r"^(\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+\S")
_SENTENCE_END = re.compile(r"[.!?:;”\"’)\]]$")
#: How many lines at the top and at the bottom of a page may be page furniture.
_EDGE_LINES = 2


@dataclass
class Draft:
    """An edition file's text and what it leaves out."""

    source: str
    omissions: list[Omission]
    #: Per omitted text: how many times it was left out.
    omitted_counts: dict[str, int] = field(default_factory=dict)
    hyphens_rejoined: int = 0
    paragraphs_rejoined_across_pages: int = 0
    footnotes: int = 0
    blocks: int = 0


def _shape(line: str) -> str:
    """A line with its numbers blanked: a running header with a page number has one shape."""
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _furniture(pages: list[list[str]]) -> dict[tuple[int, int], str]:
    """(page, line) → why the line is page furniture, for the lines at each page's edges."""
    edges: list[list[tuple[int, str]]] = []  # per page: (line index, "top"/"bottom")
    for lines in pages:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        top = [(i, "top") for i in filled[:_EDGE_LINES]]
        bottom = [(i, "bottom") for i in filled[-_EDGE_LINES:] if i not in filled[:_EDGE_LINES]]
        edges.append(top + bottom)
    found: dict[tuple[int, int], str] = {}
    if len(pages) < 2:
        return found
    seen_on: dict[tuple[str, str], set[int]] = defaultdict(set)
    for page, entries in enumerate(edges):
        for index, where in entries:
            seen_on[(_shape(pages[page][index]), where)].add(page)
    needed = max(2, (len(pages) + 1) // 2) if len(pages) >= 4 else 2
    for page, entries in enumerate(edges):
        # From each edge inwards: a line is furniture only if the lines outside it are too.
        for side in ("top", "bottom"):
            ordered = [index for index, where in entries if where == side]
            for index in ordered if side == "top" else reversed(ordered):
                text = " ".join(pages[page][index].split())
                if _PAGE_NUMBER.match(text):
                    found[(page, index)] = "page number"
                elif len(seen_on[(_shape(text), side)]) >= needed:
                    found[(page, index)] = "running header" if side == "top" else "running footer"
                else:
                    break
    return found


def _join_lines(lines: list[str], counter: list[int]) -> str:
    """One paragraph's lines as one line; a hyphen at a line end before a lower-case letter is hidden."""
    text = ""
    for line in (" ".join(line.split()) for line in lines):
        if not text:
            text = line
        elif re.search(r"[^\W\d_]-$", text) and line[:1].islower():
            text = text[:-1] + HIDDEN_HYPHEN + line
            counter[0] += 1
        elif text.endswith("-"):
            text += line  # a hyphen that belongs: ``VN-`` / ``Vredesoperaties``
        else:
            text += " " + line
    return text


@dataclass
class _Paragraph:
    text: str
    page: int
    footnote: str = ""


def _paragraphs(
    pages: list[list[str]], furniture: dict[tuple[int, int], str], counter: list[int]
) -> list[_Paragraph]:
    found: list[_Paragraph] = []
    for page, lines in enumerate(pages):
        current: list[str] = []
        for index, line in enumerate([*lines, ""]):
            if (page, index) in furniture or not line.strip():
                if current:
                    found.append(_Paragraph(_join_lines(current, counter), page))
                    current = []
                continue
            current.append(line)
    return found


def _mark_footnotes(paragraphs: list[_Paragraph]) -> None:
    """Paragraphs at a page's end that start with a number a word earlier on carries as a reference."""
    body_so_far = ""
    by_page: dict[int, list[_Paragraph]] = defaultdict(list)
    for paragraph in paragraphs:
        by_page[paragraph.page].append(paragraph)
    for page in sorted(by_page):
        items = by_page[page]
        for paragraph in reversed(items[1:]):  # the page's first paragraph is never a footnote
            match = _FOOTNOTE.match(paragraph.text)
            if not match:
                break
            number = match.group(1)
            page_body = " ".join(p.text for p in items if not p.footnote and p is not paragraph)
            if not re.search(rf"[^\s\d]{re.escape(number)}(?=[\s.,;:)]|$)", body_so_far + " " + page_body):
                break
            paragraph.footnote = number
        body_so_far += " " + " ".join(p.text for p in items if not p.footnote)


def _kind(text: str, first: bool) -> str:
    if len(text) <= 80 and find_date(text) and not text.endswith("."):
        return "meta"  # a dateline: "Den Haag, 23 maart 2018"
    if (
        len(text) <= 100
        and not re.search(r"[.,;:]$", text)
        and HIDDEN_HYPHEN not in text
        and re.search(r"[^\W\d_]", text)
    ):
        return "title" if first else "heading"
    return "paragraph"


def _safe_line(text: str) -> bool:
    """Whether the text can stand as an edition line (``%`` starts a comment, ``@a`` a header)."""
    return not (text.startswith("%") or re.match(r"^@[a-z]", text))


def draft_edition(text: str, note: str = "") -> Draft:
    """A reading edition of ``text`` (pages separated by form feeds), with its omissions."""
    raw_pages = text.split(PAGE_BREAK)
    if len(raw_pages) > 1 and not raw_pages[-1].strip():
        raw_pages = raw_pages[:-1]
    pages = [page.split("\n") for page in raw_pages]
    furniture = _furniture(pages)
    counter = [0]
    paragraphs = _paragraphs(pages, furniture, counter)
    _mark_footnotes(paragraphs)

    # A paragraph cut by a page break (no sentence end, the next page going on in lower case)
    # is one paragraph: rejoined across whatever stands between, with a segment break.
    body: list[_Paragraph] = []
    rejoined = 0
    for paragraph in (p for p in paragraphs if not p.footnote):
        previous = body[-1] if body else None
        if (
            previous is not None
            and previous.page < paragraph.page
            and not _SENTENCE_END.search(previous.text)
            and paragraph.text[:1].islower()
        ):
            if re.search(r"[^\W\d_]-$", previous.text):
                previous.text = previous.text[:-1] + HIDDEN_HYPHEN + SEGMENT_BREAK + paragraph.text
                counter[0] += 1
            else:
                previous.text += f" {SEGMENT_BREAK} " + paragraph.text
            previous.page = paragraph.page
            rejoined += 1
            continue
        body.append(paragraph)
    footnotes = [p for p in paragraphs if p.footnote]

    lines = [f"% {note}" if note else "% Reading edition drafted from the extracted text; check it.", ""]
    count = 0
    for index, paragraph in enumerate(body):
        if not _safe_line(paragraph.text):
            raise ValueError(
                f"a paragraph starts with a character the edition format reserves: {paragraph.text[:40]!r}"
            )
        lines += [f"@{_kind(paragraph.text, index == 0)}", paragraph.text, ""]
        count += 1
    for paragraph in footnotes:
        lines += [f"@footnote n={paragraph.footnote}", paragraph.text, ""]
        count += 1

    counts: Counter[str] = Counter()
    reasons: dict[str, str] = {}
    for (page, index), reason in sorted(furniture.items()):
        omitted = " ".join(pages[page][index].split())
        counts[omitted] += 1
        reasons.setdefault(omitted, reason)
    omissions = [Omission(text, reasons[text]) for text in counts]
    return Draft(
        "\n".join(lines),
        omissions,
        dict(counts),
        hyphens_rejoined=counter[0],
        paragraphs_rejoined_across_pages=rejoined,
        footnotes=len(footnotes),
        blocks=count,
    )


def plain_edition(text: str, note: str = "") -> Draft:
    """The fallback: every paragraph as extracted, nothing joined or left out (always faithful)."""
    return draft_edition(text.replace(PAGE_BREAK, "\n\n"), note)
