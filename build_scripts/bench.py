"""``make bench``: how long the build takes and how heavy the site is, as medians over runs.

Measures, each as the median of ``--runs`` runs of the real commands in fresh processes:

* the text pipeline (``python -m build_scripts.build``: sources → docs/);
* the MkDocs build of the site (``mkdocs build --strict``);
* both in sequence, as ``make site`` runs them;
* the floor: the same MkDocs build of the same pages without this project's Markdown
  extensions and theme overrides;

and, on the built site: the largest page's HTML, the bytes a first visit to a chapter page
loads (HTML, CSS, JS and icons it references; the search index excluded), and the search index.
Goals (issue 3): build within 1.5× the floor, text pipeline under 0.5 s, largest page under
120 KB, first visit under 350 KB, search index under 1 MB. Benchmarks, not tests: timings vary.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bs4 import BeautifulSoup

from .errors import PROJECT_ROOT

ENV = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "NO_MKDOCS_2_WARNING": "1"}
CHAPTER_PAGE = Path("wp2022") / "ch3" / "index.html"  # the longest chapter: the worst case
GOALS = {"ratio": 1.5, "texts": 0.5, "largest": 120_000, "first_visit": 350_000, "index": 1_000_000}


def timed(command: list[str]) -> float:
    """Run *command* in the project folder and return its wall time in seconds."""
    start = time.perf_counter()
    subprocess.run(command, cwd=PROJECT_ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def floor_config() -> Path:
    """Write a copy of mkdocs.yml without the project's extensions and overrides; return its path."""
    text = (PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"^  - build_scripts\.extensions\..*\n(?:^    .*\n)*", "", text, flags=re.M)
    text = re.sub(r"^  custom_dir: .*\n", "", text, flags=re.M)
    config = PROJECT_ROOT / f".bench-floor-{os.getpid()}.yml"
    config.write_text(text, encoding="utf-8")
    return config


def first_visit_files(site: Path, page: Path) -> set[Path]:
    """*page* and the stylesheets, scripts, icons, search worker and its language files it loads.

    The search worker and lunr's language support start on page load (seen in a browser);
    the search index they then fetch is left out, as the goal says.
    """
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    files = {page}
    for element, attribute in (("link", "href"), ("script", "src"), ("img", "src")):
        for tag in soup.find_all(element, attrs={attribute: True}):
            rel = tag.get("rel", [])
            if element == "link" and not ({"stylesheet", "icon"} & set(rel)):
                continue
            files.add((page.parent / tag[attribute].split("?")[0]).resolve())
    config = soup.select_one("#__config")
    worker = re.search(r'"search":\s*"([^"]+)"', config.string if config else "")
    if worker:
        files.add((page.parent / worker.group(1)).resolve())
        lunr = site / "assets" / "javascripts" / "lunr" / "min"
        files |= {lunr / "lunr.stemmer.support.min.js", lunr / "lunr.zh.min.js"}
    return {path for path in files if path.is_file()}


def weigh(files: set[Path]) -> tuple[int, int]:
    """Raw bytes and gzip-compressed bytes (what a compressing server sends) of *files*."""
    raw = [path.read_bytes() for path in files]
    return sum(map(len, raw)), sum(len(gzip.compress(data, 6)) for data in raw)


def median_time(command: list[str], runs: int) -> float:
    """Return the median wall time of *runs* runs of *command*."""
    return statistics.median(timed(command) for _ in range(runs))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures with their goals."""
    parser = argparse.ArgumentParser(prog="python -m build_scripts.bench")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    python = sys.executable
    texts_cmd = [python, "-m", "build_scripts.build"]
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        mkdocs_cmd = [python, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)]
        subprocess.run(texts_cmd, cwd=PROJECT_ROOT, env=ENV, check=True)
        texts = median_time(texts_cmd, args.runs)
        post_cmd = [python, "-m", "build_scripts.postbuild", str(site)]
        build = statistics.median(timed(mkdocs_cmd) + timed(post_cmd) for _ in range(args.runs))
        both = statistics.median(timed(texts_cmd) + timed(mkdocs_cmd) + timed(post_cmd) for _ in range(args.runs))
        config = floor_config()
        try:
            floor = median_time([*mkdocs_cmd[:4], "--config-file", str(config), *mkdocs_cmd[4:]], args.runs)
        finally:
            config.unlink()
        subprocess.run(mkdocs_cmd, cwd=PROJECT_ROOT, env=ENV, check=True)
        subprocess.run(post_cmd, cwd=PROJECT_ROOT, env=ENV, check=True)
        largest = max((p.stat().st_size, p) for p in site.rglob("*.html"))
        first_visit, first_visit_gzip = weigh(first_visit_files(site, site / CHAPTER_PAGE))
        index = (site / "search" / "search_index.json").stat().st_size
    rows = [
        ("text pipeline (sources → docs/)", f"{texts:.2f} s", f"< {GOALS['texts']} s", texts < GOALS["texts"]),
        ("MkDocs build and post-build", f"{build:.2f} s", "", True),
        ("both (make site)", f"{both:.2f} s", f"≤ {GOALS['ratio']} × floor", both <= GOALS["ratio"] * floor),
        ("floor: same pages, no project extensions", f"{floor:.2f} s", "", True),
        ("ratio both / floor", f"{both / floor:.2f}", f"≤ {GOALS['ratio']}", both / floor <= GOALS["ratio"]),
        (f"largest page ({largest[1].relative_to(site)})", f"{largest[0] / 1000:.1f} KB", "< 120 KB", largest[0] < GOALS["largest"]),
        (f"first visit to {CHAPTER_PAGE.parent}/ (raw)", f"{first_visit / 1000:.1f} KB", "< 350 KB", first_visit < GOALS["first_visit"]),
        (
            f"first visit to {CHAPTER_PAGE.parent}/ (gzip transfer)",
            f"{first_visit_gzip / 1000:.1f} KB",
            "< 350 KB",
            first_visit_gzip < GOALS["first_visit"],
        ),
        ("search index", f"{index / 1000:.1f} KB", "< 1000 KB", index < GOALS["index"]),
    ]
    print(f"medians of {args.runs} runs on {os.cpu_count()} cores")
    for name, value, goal, met in rows:
        print(f"{name:<48} {value:>10}  {goal:<16} {'ok' if met else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
