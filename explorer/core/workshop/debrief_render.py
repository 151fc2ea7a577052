"""The debrief's blocks (``explorer.core.workshop.debrief``) as Markdown and as HTML.

Both are rendered from the same blocks, so they never disagree. The HTML is also
what the PDF is printed from (``explorer.ui.pdf_export`` lays it out with
``QTextDocument``), so it keeps to the HTML and CSS that Qt's rich text knows:
a page break is ``page-break-before`` on the next heading, and table headers do
not wrap (a header broken inside a word reads as two words).
"""

from __future__ import annotations

import html

from explorer.core.markdown_escape import escape_inline
from explorer.core.vocabulary import ENGLISH, ExportLabels
from explorer.core.workshop.debrief import (
    Arguments,
    Bullets,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    blocks,
    debrief_title,
)
from explorer.core.workshop.session import WorkshopSession


# -- Markdown ---------------------------------------------------------------------------------------
def _md(text: str, line_start: bool = False) -> str:
    """Escape text typed by people (names, notes) or quoted from sources; keep **bold** of our own.

    The escaper is the one every Markdown export shares (``explorer.core.markdown_escape``).
    """
    bold = text.startswith("**") and text.endswith("**") and len(text) > 4
    inner = text[2:-2] if bold else text
    escaped = escape_inline(inner, line_start and not bold)
    return f"**{escaped}**" if bold else escaped


def to_markdown(
    session: WorkshopSession,
    now: float | None = None,
    arguments: Arguments | None = None,
    labels: ExportLabels = ENGLISH,
) -> str:
    lines: list[str] = []
    for block in blocks(session, now, arguments, labels):
        if isinstance(block, PageBreak):
            lines += ["---", ""]
        elif isinstance(block, Heading):
            lines += ["#" * block.level + " " + _md(block.text), ""]
        elif isinstance(block, Paragraph):
            text = "\n".join(_md(line, line_start=True) for line in block.text.splitlines())
            lines += [f"*{text}*" if block.muted else text, ""]
        elif isinstance(block, Bullets):
            lines += [f"- {_md(item)}" for item in block.items] + [""]
        elif isinstance(block, Table):
            lines.append("| " + " | ".join(_md(cell) for cell in block.header) + " |")
            lines.append("|" + "|".join("---" for _ in block.header) + "|")
            lines += ["| " + " | ".join(_md(cell) for cell in row) + " |" for row in block.rows]
            lines.append("")
        else:
            lines.append("> " + _md(block.text))
            if block.gloss:
                lines += [">", f"> *{_md(labels.translation)}:* {_md(block.gloss)}"]
            lines += [">", f"> — {_md(block.source)}", ""]
    return "\n".join(lines).rstrip() + "\n"


# -- HTML -------------------------------------------------------------------------------------------
_STYLE = """
body { font-family: sans-serif; line-height: 1.4; max-width: 52em; margin: 2em auto; color: #1b1f24; }
table { border-collapse: collapse; margin: 0.5em 0 1em 0; }
th, td { border: 1px solid #8a9098; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #e9ebee; white-space: nowrap; }
blockquote { margin: 0.5em 0 1em 0; padding: 0.3em 1em; border-left: 4px solid #0b57d0; background: #f4f6f8; }
.gloss { color: #333b44; }
.source { color: #555b62; }
.muted { color: #555b62; }
"""


def _keep_moves_whole(text: str) -> str:
    """ "A → B" never broken over two lines (no-break spaces around the arrow)."""
    return text.replace(" → ", "\u00a0→\u00a0")


def _html_inline(text: str) -> str:
    text = _keep_moves_whole(text)
    escaped = html.escape(text)
    if text.startswith("**") and text.endswith("**") and len(text) > 4:
        return f"<b>{html.escape(text[2:-2])}</b>"
    return escaped.replace("\n", "<br>")


def to_html(
    session: WorkshopSession,
    now: float | None = None,
    arguments: Arguments | None = None,
    labels: ExportLabels = ENGLISH,
) -> str:
    """A self-contained HTML page; also what the PDF is printed from (QTextDocument's subset)."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(labels.lang)}"><head><meta charset="utf-8">',
        f"<title>{html.escape(debrief_title(session, labels))}</title>",
        f"<style>{_STYLE}</style></head><body>",
    ]
    new_page = False
    for block in blocks(session, now, arguments, labels):
        if isinstance(block, PageBreak):
            new_page = True
        elif isinstance(block, Heading):
            css = ' style="page-break-before: always"' if new_page else ""
            new_page = False
            parts.append(f"<h{block.level}{css}>{html.escape(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            css = ' class="muted"' if block.muted else ""
            parts.append(f"<p{css}>{_html_inline(block.text)}</p>")
        elif isinstance(block, Bullets):
            parts.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in block.items) + "</ul>")
        elif isinstance(block, Table):
            head = "".join(f"<th>{html.escape(cell)}</th>" for cell in block.header)
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(_keep_moves_whole(cell))}</td>" for cell in row) + "</tr>"
                for row in block.rows
            )
            table = '<table border="1" cellspacing="0" cellpadding="4">'
            parts.append(f"{table}<thead><tr>{head}</tr></thead>{body}</table>")
        else:
            gloss = (
                f'<br><span class="gloss"><i>{html.escape(labels.translation)}:</i> '
                f"{html.escape(block.gloss)}</span>"
                if block.gloss
                else ""
            )
            parts.append(
                f"<blockquote>“{html.escape(block.text)}”{gloss}"
                f'<br><span class="source">— {html.escape(block.source)}</span></blockquote>'
            )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def export_text(
    session: WorkshopSession,
    fmt: str,
    now: float | None = None,
    arguments: Arguments | None = None,
    labels: ExportLabels = ENGLISH,
) -> str:
    """``md`` or ``html``; ``WorkshopError``-free: an unknown format is a ``ValueError``.

    ``labels``: the words shared with the interface, English by default (``ExportLabels``)."""
    if fmt == "md":
        return to_markdown(session, now, arguments, labels)
    if fmt == "html":
        return to_html(session, now, arguments, labels)
    raise ValueError(f"unknown debrief format {fmt!r} (md or html)")
