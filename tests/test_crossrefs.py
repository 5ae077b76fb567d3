"""Cross-references, the comparison page and the figures: data checks and the built site."""

from __future__ import annotations

import re
import shutil

import pytest
import yaml

from build_scripts.crossrefs import lead
from build_scripts.errors import PROJECT_ROOT, EditionError
from build_scripts.figures import number_in
from build_scripts.pipeline import build_edition

from .sitekit import ids_of, local_target

# --- the data -----------------------------------------------------------------------------


def test_every_proposal_maps_to_its_review_section_one_to_one(edition):
    refs = edition.crossrefs
    assert refs.proposals == {f"ch4-{n}": f"ch2-{n}" for n in range(1, 11)}
    assert sorted(refs.reports) == sorted(f"ch2-{n}" for n in range(1, 11))


def test_every_goal_is_listed_with_a_reason_and_ai_is_new(edition):
    goals = {g.goal: g for g in edition.crossrefs.goals}
    assert sorted(goals) == [f"ch3-{n}" for n in range(1, 9)]
    assert all(g.reason for g in goals.values())
    assert goals["ch3-5"].new and goals["ch3-5"].continues == ()
    assert goals["ch3-4"].continues == ("ch4-7",)


def test_shared_concepts_are_stated_where_the_data_says(edition):
    concepts = {c.id: c for c in edition.crossrefs.concepts}
    assert set(concepts) == {"four-principles", "four-jointly"}
    for concept in concepts.values():
        assert {m.document for m in concept.mentions} == {"wp2022", "review2025"}


def _copy(tmp_path):
    for folder in ("sources", "data"):
        shutil.copytree(PROJECT_ROOT / folder, tmp_path / folder)
    return tmp_path / "data" / "crossrefs.yaml"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d["proposals"].pop(), "every 2022 proposal"),
        (lambda d: d["proposals"][0].update(review="ch2-2"), "every 2025 section"),
        (lambda d: d["goals"].pop(), "every 2025 goal"),
        (lambda d: d["goals"][0].update(reason=""), "needs a reason"),
        (lambda d: d["goals"][0].update(continues=["ch4-11"]), "unknown proposals"),
        (lambda d: d["goals"][0].update(continues=[]), "mark it `new: true`"),
        (lambda d: d["concepts"][0]["mentions"][0].update(quote="不存在的话"), "the quote is not in"),
    ],
)
def test_broken_crossrefs_fail_the_build(tmp_path, change, problem):
    path = _copy(tmp_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(EditionError, match=re.escape(problem)):
        build_edition(tmp_path)


def test_every_figure_appears_in_the_paragraph_it_cites(edition):
    data = yaml.safe_load((PROJECT_ROOT / "data" / "figures.yaml").read_text(encoding="utf-8"))
    paragraphs = {f"{d}/{p.id}": p.text for d, doc in edition.documents.items() for _, p in doc.paragraphs()}
    assert len(data) >= 8
    for indicator in data:
        assert {v["source"].split("/")[0] for v in indicator["values"]} == {"wp2022", "review2025"}
        for value in indicator["values"]:
            assert str(value["text"]) in paragraphs[value["source"]], (indicator["id"], value)
            assert number_in(str(value["text"])) == float(value["value"])


def test_lead_is_a_verbatim_start_of_the_section(edition):
    for document in edition.documents.values():
        for section in document.sections:
            if section.paragraphs:
                quote = lead(section)
                assert quote and section.paragraphs[0].text.startswith(quote)


# --- the built site -----------------------------------------------------------------------


def _panel_links(soup, section_id):
    heading = soup.find(id=section_id)
    panel = heading.find_next("aside", class_="xref")
    return panel, [a["href"] for a in panel.select("a")]


def test_twenty_links_between_proposals_and_reviews_resolve(site, pages, edition):
    resolved = 0
    for proposal, report in edition.crossrefs.proposals.items():
        for source_page, section_id, target in (
            (site / "wp2022" / "ch4" / "index.html", proposal, report),
            (site / "review2025" / "ch2" / "index.html", report, proposal),
        ):
            soup = pages[source_page]
            panel, links = _panel_links(soup, section_id)
            first = links[0]
            path, anchor = local_target(site, source_page, first)
            assert anchor == target and anchor in ids_of(pages[path])
            quote = panel.select_one(".xref__quote").get_text()
            other = edition.documents["review2025" if section_id.startswith("ch4") else "wp2022"].section(target)
            assert quote in other.paragraphs[0].text
            resolved += 1
    assert resolved == 20


def test_every_goal_of_part_three_has_its_panel(site, pages, edition):
    soup = pages[site / "review2025" / "ch3" / "index.html"]
    for goal in edition.crossrefs.goals:
        panel, links = _panel_links(soup, goal.goal)
        assert len(links) == len(goal.continues)
        if goal.new:
            assert "新议题" in panel.get_text()


def test_comparison_page_links_all_twenty_anchors(site, pages, edition):
    page = site / "compare" / "index.html"
    soup = pages[page]
    targets = {local_target(site, page, a["href"])[1] for a in soup.select(".pair a")}
    assert set(edition.crossrefs.proposals) | set(edition.crossrefs.reports) <= targets
    assert len(soup.select(".pair")) == 10
    assert {f"compare-{n}" for n in range(1, 11)} <= ids_of(soup)


def test_figures_table_and_chart_are_on_the_site(site, pages, edition):
    soup = pages[site / "figures" / "index.html"]
    rows = soup.select("table tbody tr")
    assert len(rows) == len(edition.figures)
    assert soup.select_one("figure svg") is not None
    assert "currentColor" in str(soup.select_one("figure svg"))
    links = soup.select("table tbody a")
    assert len(links) == sum(len(i.values) for i in edition.figures)


def test_cross_reference_links_ask_for_instant_previews(pages, site):
    soup = pages[site / "wp2022" / "ch4" / "index.html"]
    links = soup.select("aside.xref a")
    assert links and all(a.has_attr("data-preview") for a in links)
    assert not soup.select("a.gloss[data-preview]")
