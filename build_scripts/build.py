"""Command line: build the texts and write the generated files, or report on them.

    python -m build_scripts.build                 # write docs/downloads/ (and generated pages)
    python -m build_scripts.build --check         # build in memory only; exit 1 on any problem
    python -m build_scripts.build --report        # what the fixes changed, how variants were decided
    python -m build_scripts.build --draft-decisions   # YAML for variant places still undecided

Like MkDocs, everything is gathered first and written last: a build that fails writes nothing.
Files are written to a temporary folder beside the target and moved into place only when all
of them are ready. Bad input prints one line, ``path:line: message``, and exits with 1.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from . import collation, search_worker
from .cleaning import FORM_FIXES, explain
from .errors import PROJECT_ROOT, EditionError
from .export import downloads
from .pages import pages
from .pipeline import Edition, build_edition, clean_witnesses
from .sources import locator, read_sources

DOCS = PROJECT_ROOT / "docs"
DOWNLOADS = DOCS / "downloads"
#: Folders under docs/ that hold only generated files (cleared of stale files on each build).
GENERATED_DIRS = ("downloads", "wp2022", "review2025", ".generated")


def write_atomically(files: dict[Path, str]) -> None:
    """Write every file or none: stage them in temporary files, then move them into place."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, content in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists() and target.read_text(encoding="utf-8") == content:
                continue  # unchanged: keep its timestamp, so `mkdocs serve` rebuilds only for real changes
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(content)
            os.chmod(temporary, 0o644)  # mkstemp makes 0600; published files must be world-readable
            staged.append((Path(temporary), target))
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, target in staged:
        os.replace(temporary, target)


def output_files(edition: Edition, docs_dir: Path = DOCS, root: Path = PROJECT_ROOT) -> dict[Path, str]:
    """Every file the build writes, by path: downloads and generated pages."""
    files: dict[Path, str] = {}
    for document_id, document in edition.documents.items():
        for name, content in downloads(document, edition.records[document_id]).items():
            files[docs_dir / "downloads" / name] = content
    for name, content in pages(edition, root).items():
        files[docs_dir / name] = content
    files[root / search_worker.TARGET] = search_worker.patched_worker()
    return files


def remove_stale(files: dict[Path, str], docs_dir: Path) -> None:
    """Delete files in the generated folders that this build did not write."""
    for folder in GENERATED_DIRS:
        for path in (docs_dir / folder).glob("**/*"):
            if path.is_file() and path not in files:
                path.unlink()


def cleaning_report(root: Path = PROJECT_ROOT) -> str:
    """Per fix, the places it changed in each source and in all; for the editor and the notes."""
    lines = ["fix                              places  source"]
    totals: Counter[str] = Counter()
    for source in read_sources(root / "data" / "sources.yaml", root):
        _, changes = explain(source.text, source.form)
        for change in changes:
            totals[change.fix] += change.places
            lines.append(f"{change.fix:<32} {change.places:>6}  {source.path.name}")
    lines.append("")
    lines.append("totals:")
    order = [fix.__name__ for form in FORM_FIXES.values() for fix in form]
    for name in dict.fromkeys(order):
        if totals[name]:
            lines.append(f"{name:<32} {totals[name]:>6}")
    return "\n".join(lines)


def record_report(edition: Edition) -> str:
    """How the variants were decided and how many corrections and queries there are."""
    lines = []
    for document_id, records in edition.records.items():
        kinds = Counter(record.kind for record in records)
        choices = Counter(record.choice for record in records if record.kind == "variant")
        lines.append(
            f"{document_id}: {kinds['variant']} variant places (A {choices['A']}, B {choices['B']}, "
            f"neither {choices['neither']}); {kinds['correction']} corrections; {kinds['query']} queries"
        )
    return "\n".join(lines)


def draft_decisions(root: Path = PROJECT_ROOT) -> str:
    """YAML for every variant place of the 2022 paper that has no decision yet."""
    sources = [s for s in read_sources(root / "data" / "sources.yaml", root) if s.document == "wp2022"]
    witnesses = clean_witnesses(sources, locator(sources))
    path = root / "data" / "collation" / "wp2022.yaml"
    b_parts = next(iter(witnesses.others.values()))
    places, _ = collation.find_places(witnesses.blocks, witnesses.section_of, b_parts, path)
    decided = collation.load_decisions(path) if path.exists() else []
    open_places = [p for p in places if not any(d.a == p.a and d.b == p.b and p.before.endswith(d.context) for d in decided)]
    return collation.draft(open_places)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m build_scripts.build", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="build in memory, write nothing")
    parser.add_argument("--report", action="store_true", help="print what the fixes and decisions did")
    parser.add_argument("--draft-decisions", action="store_true", help="print YAML for undecided variants")
    parser.add_argument("--root", type=Path, default=PROJECT_ROOT, help="project folder (default: this one)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        if args.draft_decisions:
            print(draft_decisions(root), end="")
            return 0
        edition = build_edition(root)
        if args.report:
            print(cleaning_report(root))
            print()
            print(record_report(edition))
        elif not args.check:
            docs_dir = root / DOCS.relative_to(PROJECT_ROOT)
            files = output_files(edition, docs_dir, root)
            write_atomically(files)
            remove_stale(files, docs_dir)
    except EditionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
