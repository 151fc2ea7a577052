"""Markdown from a pack, rendered for a ``QTextBrowser``: raw HTML escaped, citations kept as links.

Pack text is written by facilitators, so nothing they type may become markup the
app did not intend: the HTML block and inline patterns are removed (so ``<b>``
shows as text) and images are not loaded. ``[words](cite:id)`` stays a link of
the app's own ``cite:`` scheme, given a tooltip that shows the quote (and its
English translation) before the reader follows it. A web or mail link is marked
as leaving the app (an arrow or envelope and the host, the full address on
hover; ``explorer.ui.links`` asks before opening it); any other link
(``javascript:``, ``file:``, a path) is shown as its words only.

Tooltips come from the ``title`` attribute, which Qt shows as rich text when it
looks like HTML: every title goes through ``plain_text.tooltip``.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as etree
from collections.abc import Callable
from functools import cache

import markdown
from markdown.extensions.sane_lists import SaneListExtension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE
from PySide6.QtCore import QCoreApplication, QUrl

from explorer.core.pack.budget import markdown_problem
from explorer.ui.links import CITE_SCHEME, LinkKind, full_address, link_kind
from explorer.ui.plain_text import arg, tooltip

__all__ = ["CITE_SCHEME", "Describe", "render_markdown"]

#: Gives the tooltip text for a citation id, or "" for none.
Describe = Callable[[str], str]


def _attribute(value: str) -> str:
    """``value`` for ``Element.set``: Markdown's serializer leaves ``&lt;`` and the like unescaped
    (taking them for entities the author wrote), so every ``&`` is escaped here first."""
    return value.replace("&", "&amp;")


def _href(link: etree.Element) -> str:
    # Markdown hides the entities of an obfuscated ``<a@b.c>`` behind a placeholder.
    return html.unescape(link.get("href", "").replace(AMP_SUBSTITUTE, "&"))


class _Links(Treeprocessor):
    """Citation links get a tooltip; external ones a mark; every other link loses its address."""

    describe: Describe | None = None

    def run(self, root: etree.Element) -> None:
        translate = QCoreApplication.translate
        for link in list(root.iter("a")):
            href = _href(link)
            kind = link_kind(href)
            title = link.get("title", "")
            if kind is LinkKind.CITATION:
                link.set("class", "cite")
                if self.describe is not None:
                    title = self.describe(href.removeprefix(f"{CITE_SCHEME}:")) or title
            elif kind in (LinkKind.WEB, LinkKind.MAIL):
                url = QUrl(href)
                link.set("href", _attribute(full_address(url)))
                link.set("class", "external")
                title = arg(translate("markdown", "Outside the explorer: %1"), full_address(url))
                # The host as the browser gets it (punycode), not a look-alike in another script.
                host = url.host(QUrl.ComponentFormattingOption.FullyEncoded)
                mark = etree.SubElement(link, "small")
                mark.text = "\u2009✉" if kind is LinkKind.MAIL else f"\u2009⇗\u2009{host}"
            elif kind is not LinkKind.STAGE:
                link.tag = "span"  # the words stay; nothing to click
                link.attrib.clear()
                continue
            if title:
                link.set("title", _attribute(tooltip(title)))
            else:
                link.attrib.pop("title", None)


class _Renderer:
    def __init__(self) -> None:
        # An extension object, not its name: a name makes Markdown scan every installed
        # package's entry points (importlib.metadata), which costs tens of milliseconds.
        self._md = markdown.Markdown(extensions=[SaneListExtension()], output_format="html")
        # Raw HTML is shown as text, never interpreted.
        self._md.preprocessors.deregister("html_block")
        self._md.inlinePatterns.deregister("html")
        # No images: a pack must not make the app load files or URLs.
        self._md.inlinePatterns.deregister("image_link")
        self._md.inlinePatterns.deregister("image_reference")
        self._md.inlinePatterns.deregister("short_image_ref")
        self._links = _Links(self._md)
        self._md.treeprocessors.register(self._links, "cite_links", 1)

    def render(self, text: str, describe: Describe | None) -> str:
        self._links.describe = describe
        try:
            return self._md.reset().convert(text)
        finally:
            self._links.describe = None


@cache
def _renderer() -> _Renderer:
    return _Renderer()


def render_markdown(text: str, describe: Describe | None = None) -> str:
    """HTML for ``text``; ``describe(citation_id)`` supplies each citation link's tooltip.

    Text over the Markdown budget (too long, too many ``[``, nested too deep: see
    ``explorer.core.pack.budget``) would make Python-Markdown take seconds or recurse
    out of stack, so it is shown as plain paragraphs instead. A loaded pack never gets
    here (the loader refuses such a scenario); text pieced together elsewhere (a
    session's card, notes plus prompts) can.
    """
    if markdown_problem(text) is not None:
        return "".join(f"<p>{html.escape(part)}</p>" for part in text.split("\n\n"))
    return _renderer().render(text, describe)
