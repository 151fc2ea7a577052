"""The text of a received document: PDF, HTML, Markdown or plain text.

PDF text comes from poppler's ``pdftotext`` (Debian's ``poppler-utils``): it is the
extractor the bundled sources were made with, it keeps page breaks as form feeds
(which the edition draft needs to find running headers and page numbers), and it
costs the frozen build nothing, since it runs as a separate program. ``-layout`` mode
is used: it keeps every character the document prints (the default mode silently
removes hyphens at line ends, so the stored text would no longer be what the document
says) and it keeps the vertical gaps between paragraphs as blank lines, which is how
the edition draft finds paragraphs (``-raw`` loses them). Its cost: a two-column page
comes out line by line across both columns; such a source needs its edition by hand.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Received documents that can be imported, by suffix.
KINDS = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}
PAGE_BREAK = "\f"


class ExtractionError(ValueError):
    """A document whose text cannot be extracted; the message says what to do."""


@dataclass
class Extracted:
    text: str
    #: What the document says about itself (PDF info, HTML <title> and lang), when it says it.
    title: str = ""
    date: str = ""
    language: str = ""
    tool: str = ""
    notes: list[str] = field(default_factory=list)


def _run(command: list[str], timeout: float = 120) -> str:
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ExtractionError(f"{command[0]} failed: {error}") from error
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ExtractionError(
            f"{command[0]} could not read the file: {reason[-1] if reason else done.returncode}"
        )
    return done.stdout.decode("utf-8", "replace")


def _pdf(path: str) -> Extracted:
    if shutil.which("pdftotext") is None:
        raise ExtractionError(
            "importing a PDF needs poppler's pdftotext (Debian/Ubuntu: apt install poppler-utils)"
        )
    text = _run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"])
    extracted = Extracted(text, tool="pdftotext (poppler)")
    if shutil.which("pdfinfo"):
        try:
            info = _run(["pdfinfo", "-enc", "UTF-8", path], timeout=30)
        except ExtractionError:
            info = ""
        for line in info.splitlines():
            key, _, value = line.partition(":")
            if key == "Title":
                extracted.title = value.strip()
            elif key == "CreationDate" and not extracted.date:
                extracted.date = value.strip()
    if not text.replace(PAGE_BREAK, "").strip():
        raise ExtractionError(
            "the PDF has no text layer (a scan?); run OCR on it first, then import the result"
        )
    return extracted


_BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "tr",
        "table",
        "ul",
        "ol",
        "dd",
        "dt",
        "figcaption",
        "pre",
        "br",
        "hr",
    ]
)
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg"})


class _HtmlText(HTMLParser):
    """Text of an HTML page, one paragraph per block element, scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.language = ""
        self._skipping = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.language = (dict(attrs).get("lang") or "")[:2].lower()
        if tag == "title":
            self._in_title = True
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def _html(raw: bytes) -> Extracted:
    parser = _HtmlText()
    parser.feed(_decode(raw))
    parser.close()
    paragraphs = [re.sub(r" +", " ", part).strip() for part in "".join(parser.parts).split("\n\n")]
    text = "\n\n".join(p for p in paragraphs if p) + "\n"
    return Extracted(text, title=parser.title.strip(), language=parser.language, tool="html.parser (Python)")


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def _markdown(raw: bytes) -> Extracted:
    """The words of a Markdown file without its markup: what a reader sees."""
    lines, title = [], ""
    for line in _decode(raw).splitlines():
        heading = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading:
            line = heading.group(1)
            title = title or line
        line = re.sub(r"^\s{0,3}(>\s?|[-*+]\s+|\d+[.)]\s+)", "", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_MARK.sub(r"\2", line)
        lines.append("" if re.fullmatch(r"\s*([-*_]\s*){3,}", line) else line)
    return Extracted("\n".join(lines).strip() + "\n", title=title, tool="Markdown markup removed")


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def extract(path: str, kind: str, raw: bytes) -> Extracted:
    """The text of the received file ``path`` (its bytes: ``raw``) of a kind from ``KINDS``."""
    if kind == "pdf":
        return _pdf(path)
    if kind == "html":
        return _html(raw)
    if kind == "markdown":
        return _markdown(raw)
    text = _decode(raw).replace("\r\n", "\n")
    return Extracted(text if text.endswith("\n") else text + "\n", tool="plain text")
