"""The glossary: data checks, pinyin, the term matcher, and the Markdown extension."""

from __future__ import annotations

import json
from pathlib import Path

import markdown
import pytest

from build_scripts.errors import EditionError
from build_scripts.glossary import CATEGORIES, Matcher, generated_pinyin, load_glossary, strip_tones
from build_scripts.glossary_page import glossary_json

# --- the data -----------------------------------------------------------------------------


def test_glossary_has_enough_entries_in_every_category(edition):
    entries = edition.glossary.entries
    assert len(entries) >= 80
    assert {e.category for e in entries} == set(CATEGORIES)


def test_every_entry_occurs_in_the_texts(edition):
    missing = [e.id for e in edition.glossary.entries if not sum(edition.glossary.occurrences[e.id].values())]
    assert missing == []


def test_every_entry_is_complete(edition):
    for entry in edition.glossary.entries:
        assert entry.english and entry.definition and entry.pinyin, entry.id
        assert len(entry.definition) <= 120, entry.id


@pytest.mark.parametrize(
    ("term", "pinyin"),
    [("网络主权", "wǎngluò zhǔquán"), ("数字鸿沟", "shùzì hónggōu"), ("IPv6", "IPv6"), ("5G", "5G")],
)
def test_generated_pinyin(term, pinyin):
    assert generated_pinyin(term) == pinyin


def test_pinyin_overrides_replace_what_pypinyin_got_wrong(edition):
    overridden = [(e, form) for e in edition.glossary.entries for form in e.overridden]
    assert overridden, "the glossary records no pypinyin errors"
    for entry, form in overridden:
        assert entry.form_pinyin[form] != generated_pinyin(form), f"{entry.id}: override of {form} changes nothing"


def test_toneless_pinyin():
    assert strip_tones("Běidǒu lǜsè") == "Beidou lvse"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "g.yaml"
    path.write_text(text, encoding="utf-8")
    return path


ENTRY = "- id: {id}\n  term: {term}\n  aliases: [{aliases}]\n  category: {category}\n  english: x\n  definition: y\n"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (ENTRY.format(id="a", term="北斗", aliases="", category="weapon"), "unknown category 'weapon'"),
        (ENTRY.format(id="Bei Dou", term="北斗", aliases="", category="technology"), "must be lowercase ASCII"),
        (
            ENTRY.format(id="a", term="北斗", aliases="", category="technology")
            + ENTRY.format(id="b", term="北斗系统", aliases="北斗", category="technology"),
            "'北斗' already belongs to a",
        ),
        ("- id: a\n  term: 北斗\n  category: technology\n  english: x\n", "needs a text value for 'definition'"),
    ],
)
def test_bad_glossary_data_is_refused_with_its_line(tmp_path, text, problem):
    with pytest.raises(EditionError) as error:
        load_glossary(_write(tmp_path, text))
    assert problem in str(error.value) and ":" in str(error.value).split(" ")[0]


# --- the matcher --------------------------------------------------------------------------

FORMS = {"网络空间命运共同体": "a", "命运共同体": "b", "网络主权": "c", "IPv6": "d", "5G": "e", "北斗": "f", "上合组织": "g"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("携手构建网络空间命运共同体", ["网络空间命运共同体"]),  # the longer term wins
        ("人类命运共同体", ["命运共同体"]),
        ("尊重网络主权原则", ["网络主权"]),  # inside unspaced Chinese
        ("推广IPv6技术", ["IPv6"]),
        ("IPv6+网络底座", ["IPv6"]),
        ("IPv60", []),  # not at an ASCII word edge
        ("xIPv6", []),
        ("建成45G网络", []),
        ("5G基站", ["5G"]),
        ("北斗三号与北斗", ["北斗", "北斗"]),
        ("上海合作组织", []),  # no partial matches
    ],
)
def test_matcher(text, found):
    assert [m.form for m in Matcher(FORMS).find(text)] == found


# --- the extension ------------------------------------------------------------------------


@pytest.fixture
def render(tmp_path):
    entries = [
        {
            "id": "wangluo-zhuquan",
            "term": "网络主权",
            "forms": ["网络主权"],
            "form_pinyin": {"网络主权": "wǎngluò zhǔquán"},
            "pinyin": "wǎngluò zhǔquán",
            "english": "cyber sovereignty",
            "category": "concept",
            "definition": '主权在网络空间的延伸 <b>&</b> "引号"',
        },
        {
            "id": "ipv6",
            "term": "IPv6",
            "forms": ["IPv6"],
            "form_pinyin": {"IPv6": "IPv6"},
            "pinyin": "IPv6",
            "english": "Internet Protocol version 6",
            "category": "technology",
            "definition": "互联网协议第六版。",
        },
    ]
    data = tmp_path / "glossary.json"
    data.write_text(json.dumps({"entries": entries}, ensure_ascii=False), encoding="utf-8")

    def run(source: str, mode: str = "first") -> str:
        config = {"build_scripts.extensions.glossary": {"data": str(data), "link": "/glossary.md", "mode": mode}}
        return markdown.markdown(source, extensions=["attr_list", "tables", "build_scripts.extensions.glossary"], extension_configs=config)

    return run


def test_extension_marks_first_occurrence_per_section(render):
    html = render("尊重网络主权，网络主权。\n\n## 小节\n\n网络主权。")
    assert html.count('class="gloss"') == 2
    assert 'data-pinyin="wǎngluò zhǔquán"' in html and 'href="/glossary.md#wangluo-zhuquan"' in html
    assert 'aria-describedby="gloss-def-wangluo-zhuquan"' in html


def test_extension_marks_every_occurrence_when_asked(render):
    assert render("网络主权，网络主权。", mode="all").count('class="gloss"') == 2


@pytest.mark.parametrize(
    "source",
    ["## 网络主权", "[网络主权](x.md)", "`网络主权`", "| a |\n| - |\n| 网络主权 |"],
    ids=["heading", "link", "code", "table"],
)
def test_extension_never_marks_headings_links_code_or_tables(render, source):
    assert 'class="gloss' not in render(source)


def test_extension_leaves_attribute_lists_alone(render):
    html = render('网络主权。\n{: #p1 data-cite="网络主权" }')
    assert 'data-cite="网络主权"' in html and 'id="p1"' in html and html.count('class="gloss"') == 1


def test_latin_terms_only_at_word_edges(render):
    html = render("推广IPv6，不是IPv6x。")
    assert html.count("gloss--latin") == 1


def test_definitions_render_as_text_never_markup(render):
    html = render("网络主权")
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in html and "<b>" not in html
    assert '<div class="gloss-defs" data-search-exclude="" hidden="hidden">' in html


def test_glossary_json_is_what_the_extension_reads(edition):
    data = json.loads(glossary_json(edition.glossary))
    assert len(data["entries"]) == len(edition.glossary.entries)
    assert all(set(e["form_pinyin"]) == set(e["forms"]) for e in data["entries"])
