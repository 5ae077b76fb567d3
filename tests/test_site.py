"""The built site, read with beautifulsoup4 as a browser would receive it.

Builds the texts and the site once per test session (strict mode) into a temporary folder.
"""

from __future__ import annotations

import json
import re

import pytest

from build_scripts.errors import PROJECT_ROOT
from build_scripts.export import document_json
from build_scripts.glossary import CATEGORIES

from .sitekit import ids_of, local_target

REMOTE = re.compile(r"^(https?:)?//", re.I)


def test_every_internal_link_and_anchor_resolves(site, pages):
    broken = []
    for page, soup in pages.items():
        for tag, attribute in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for element in soup.find_all(tag, attrs={attribute: True}):
                reference = element[attribute]
                if REMOTE.match(reference) or reference.startswith(("mailto:", "data:", "javascript:")):
                    continue
                target, fragment = local_target(site, page, reference)
                if not target.exists():
                    broken.append(f"{page.relative_to(site)} → {reference}")
                elif fragment and target.suffix == ".html" and fragment not in ids_of(pages[target]):
                    broken.append(f"{page.relative_to(site)} → {reference} (no such anchor)")
    assert broken == []


def test_every_path_is_ascii(site):
    assert [str(p.relative_to(site)) for p in site.rglob("*") if not str(p.relative_to(site)).isascii()] == []


def test_every_anchor_is_ascii(pages):
    assert sorted({i for soup in pages.values() for i in ids_of(soup) if not i.isascii()}) == []


@pytest.mark.parametrize("document_id", ["wp2022", "review2025"])
def test_every_json_id_is_an_anchor_on_the_site(site, pages, edition, document_id):
    data = document_json(edition.documents[document_id])
    anchors = set().union(*(ids_of(soup) for path, soup in pages.items() if document_id in path.parts))
    wanted = {s["id"] for s in data["sections"] if s["heading"]} | {p["id"] for s in data["sections"] for p in s["paragraphs"]}
    assert wanted - anchors == set()


def test_every_paragraph_has_a_permalink_and_a_citation(pages, edition):
    paragraphs = [p for soup in pages.values() for p in soup.select("p[id]") if re.search(r"-p\d+$", p["id"])]
    assert len(paragraphs) == sum(len(d.paragraphs()) for d in edition.documents.values())
    for paragraph in paragraphs:
        link = paragraph.select_one("a.para-link")
        assert link and link["href"] == f"#{paragraph['id']}" and link.get("aria-label")
        assert paragraph["data-cite"].count("《") == 1


def test_no_page_loads_anything_remote(site, pages):
    remote = []
    for page, soup in pages.items():
        for element in soup.find_all(["script", "link", "img", "iframe", "source", "video", "audio"]):
            for attribute in ("src", "href", "srcset"):
                value = element.get(attribute)
                if value and REMOTE.match(value) and not (element.name == "link" and "canonical" in element.get("rel", [])):
                    remote.append(f"{page.relative_to(site)}: <{element.name} {attribute}={value}>")
    for sheet in site.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^)'\"]+)", sheet.read_text(encoding="utf-8")):
            remote.append(f"{sheet.relative_to(site)}: {url}")
        assert "@import" not in sheet.read_text(encoding="utf-8") or "//" not in sheet.read_text(encoding="utf-8")
    assert remote == []


def test_search_index_carries_segmented_chinese_words(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["zh"]
    text = "\u200b".join(doc["text"] for doc in index["docs"])
    words = set(re.split(r"[\s\u200b]+", text))
    assert {"网络主权", "数字鸿沟", "北斗", "网络空间命运共同体"} <= words
    assert text.count("\u200b") > 10000


def test_search_uses_the_fixed_worker(site, pages):
    page = pages[site / "wp2022" / "ch4" / "index.html"]
    config = json.loads(page.select_one("#__config").string)
    assert config["search"].endswith("workers/search.edition.min.js")
    worker = (site / "wp2022" / "ch4" / config["search"]).resolve()
    assert "<=t.length" in worker.read_text(encoding="utf-8") or "<=" in worker.read_text(encoding="utf-8")


def test_every_reading_page_has_a_table_of_contents_and_neighbours(site, pages):
    """Pages with subsections list them beside the text; every page links to its neighbours."""
    for document_id in ("wp2022", "review2025"):
        for page_path in [site / document_id / "index.html", *(site / document_id).glob("*/index.html")]:
            soup = pages[page_path]
            headings = soup.select("article h2[id]")
            toc = {a["href"].split("#")[-1] for a in soup.select("nav.md-nav--secondary a.md-nav__link")}
            assert {h["id"] for h in headings} <= toc, page_path
            assert soup.select("nav.md-footer__inner a"), page_path


def test_box_references_link_to_their_boxes(pages, site):
    soup = pages[site / "wp2022" / "ch2" / "index.html"]
    links = [a["href"] for a in soup.select("p a[href*='boxes']")]
    assert "../boxes/#box1" in links and "../boxes/#box2" in links


def test_about_page_lists_every_decision_linked_to_its_paragraph(pages, site, edition):
    soup = pages[site / "about" / "index.html"]
    rows = soup.select("table tbody tr")
    total = sum(len(records) for records in edition.records.values())
    assert len(rows) >= total
    linked = {a["href"].split("#")[1] for a in soup.select("table tbody tr td a[href*='#']")}
    assert {r.target for records in edition.records.values() for r in records} <= linked


def test_interface_speaks_chinese_with_english_summaries(pages, site):
    assert pages[site / "index.html"].html["lang"].startswith("zh")
    for name in ("index.html", "about/index.html"):
        assert "English" in pages[site / name].get_text()


def test_generated_pages_say_so_in_their_first_line():
    for path in (PROJECT_ROOT / "docs").glob("*/*.md"):
        if path.parent.name in ("wp2022", "review2025"):
            assert path.read_text(encoding="utf-8").startswith("<!-- Generated by build_scripts/pages.py")


# --- glossary on the site -----------------------------------------------------------------


def reading_pages(site, pages):
    return {path: soup for path, soup in pages.items() if path.parent.parent.name in ("wp2022", "review2025")}


def test_every_chapter_page_has_marked_terms_and_none_in_headings_or_links(site, pages):
    chapters = reading_pages(site, pages)
    assert len(chapters) >= 10
    for path, soup in chapters.items():
        article = soup.select_one("article")
        assert article.select("p a.gloss[data-pinyin]"), path
        assert not article.select("h1 a.gloss, h2 a.gloss, h3 a.gloss, a a.gloss, .gloss a.gloss")


def test_marks_point_at_glossary_entries_that_exist(site, pages):
    glossary_ids = ids_of(pages[site / "glossary" / "index.html"])
    for soup in pages.values():
        for mark in soup.select("a.gloss"):
            assert mark["href"].split("#")[1] in glossary_ids
            assert soup.find(id=mark["aria-describedby"]) is not None


def test_glossary_page_is_sorted_by_pinyin_under_initial_letters(site, pages, edition):
    soup = pages[site / "glossary" / "index.html"]
    letters = [h.get_text(strip=True).rstrip("¶") for h in soup.select("h2.gloss-letter")]
    assert letters[:3] == sorted(letters[:3]) and len(letters) >= 15
    entries = soup.select("section.ge")
    assert len(entries) == len(edition.glossary.entries)
    by_id = {e.id: e for e in edition.glossary.entries}
    keys = [by_id[h["id"]].sort_key for h in entries]
    assert keys == sorted(keys)
    assert {h["data-category"] for h in entries} == set(CATEGORIES)
    assert soup.select_one(".gloss-filter[data-categories]")


def test_glossary_entries_link_to_every_section_where_they_occur(site, pages, edition):
    soup = pages[site / "glossary" / "index.html"]
    for entry in edition.glossary.entries[:20]:
        links = soup.find(id=entry.id).select(".ge-where a")
        assert len(links) == len(edition.glossary.occurrences[entry.id])


def test_glossary_terms_are_in_the_search_dictionary(edition):
    words = set((PROJECT_ROOT / "docs" / ".generated" / "jieba-userdict.txt").read_text(encoding="utf-8").split())
    assert {e.term for e in edition.glossary.entries if re.search("[\u4e00-\u9fff]", e.term)} <= words
