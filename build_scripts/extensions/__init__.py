"""Python-Markdown extensions of the edition (usable by MkDocs and by Zensical alike)."""
