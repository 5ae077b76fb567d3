"""Python-Markdown extension: a visible permalink on every paragraph that has an id.

The generated pages give each paragraph its stable id (``{: #ch4-1-p2 }``). Like the ``toc``
extension's heading permalinks, this adds ``<a class="para-link" href="#ch4-1-p2">`` at the end
of such a paragraph, shown on hover or keyboard focus by the edition's stylesheet. The link
shows the paragraph's number within its section (``¶2``, drawn by CSS from ``data-n`` so that
it stays out of copied text and the search index), and its label says the same to screen readers.

Usage in ``mkdocs.yml``::

    markdown_extensions:
      - build_scripts.extensions.paragraph_links
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

PARAGRAPH_ID = re.compile(r"^(?P<section>[a-z0-9-]+)-p(?P<number>\d+)$")


class ParagraphLinkProcessor(Treeprocessor):
    """Append a permalink to each ``<p>`` whose id names a paragraph."""

    def run(self, root: ET.Element) -> None:
        """Walk the tree and add the links in place."""
        for paragraph in root.iter("p"):
            match = PARAGRAPH_ID.match(paragraph.get("id", ""))
            if not match:
                continue
            link = ET.SubElement(paragraph, "a")
            link.set("class", "para-link")
            link.set("href", f"#{paragraph.get('id')}")
            link.set("aria-label", f"第{match.group('number')}段的固定链接")
            link.set("data-n", match.group("number"))


class ParagraphLinksExtension(Extension):
    """Register the processor after ``attr_list`` has set the ids."""

    def extendMarkdown(self, md: Markdown) -> None:
        """Add the tree processor with a priority below attr_list's (8)."""
        md.treeprocessors.register(ParagraphLinkProcessor(md), "paragraph_links", 4)


def makeExtension(**kwargs: object) -> ParagraphLinksExtension:
    """Entry point used by ``markdown.Markdown(extensions=[...])``."""
    return ParagraphLinksExtension(**kwargs)
