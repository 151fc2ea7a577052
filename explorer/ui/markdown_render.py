"""Markdown from a pack, rendered for a ``QTextBrowser``: raw HTML escaped, citations kept as links.

Pack text is written by facilitators, so nothing they type may become markup the
app did not intend: the HTML block and inline patterns are removed (so ``<b>``
shows as text) and images are not loaded. ``[words](cite:id)`` stays a link of
the app's own ``cite:`` scheme, given a tooltip that shows the quote (and its
English translation) before the reader follows it.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Callable
from functools import cache

import markdown
from markdown.extensions.sane_lists import SaneListExtension
from markdown.treeprocessors import Treeprocessor

CITE_SCHEME = "cite"

#: Gives the tooltip text for a citation id, or "" for none.
Describe = Callable[[str], str]


class _CiteLinks(Treeprocessor):
    """Marks ``cite:`` links with a class and a tooltip."""

    describe: Describe | None = None

    def run(self, root: etree.Element) -> None:
        for link in root.iter("a"):
            href = link.get("href", "")
            if href.startswith(f"{CITE_SCHEME}:"):
                link.set("class", "cite")
                if self.describe is not None:
                    title = self.describe(href.removeprefix(f"{CITE_SCHEME}:"))
                    if title:
                        link.set("title", title)


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
        self._cites = _CiteLinks(self._md)
        self._md.treeprocessors.register(self._cites, "cite_links", 1)

    def render(self, text: str, describe: Describe | None) -> str:
        self._cites.describe = describe
        try:
            return self._md.reset().convert(text)
        finally:
            self._cites.describe = None


@cache
def _renderer() -> _Renderer:
    return _Renderer()


def render_markdown(text: str, describe: Describe | None = None) -> str:
    """HTML for ``text``; ``describe(citation_id)`` supplies each citation link's tooltip."""
    return _renderer().render(text, describe)
