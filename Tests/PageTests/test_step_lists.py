"""The guide's process steps are one numbered list, every step's details inside its own item, in the site and in
the GitBook export (rendered back to HTML through the cmark CLI, as GitBook would render it)."""
import re

import lxml.html
import pytest

from conftest import LANGUAGES, require, run


def plain(markdown):
    """The words of an inline Markdown snippet, without emphasis or code marks."""
    return re.sub(r"\s+", " ", re.sub(r"[*_`]|\[|\]\([^)]*\)", "", markdown)).strip()


def straight(text):
    """Text with curly quotes and apostrophes written straight."""
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


def step_list(document, rules, language):
    """The <ol> holding the first process step's title, and that list's following sibling lists."""
    first = plain(rules["process_steps"][0]["title"][language])
    for ol in document.iter("ol"):
        if first in re.sub(r"\s+", " ", ol.text_content()):
            return ol
    raise AssertionError(f"no <ol> holds the first step, {first!r}")


def assert_one_list(ol, rules, language, where):
    steps = rules["process_steps"]
    items = [child for child in ol if child.tag == "li"]
    assert len(items) == len(steps), (
        f"{where}: the step list has {len(items)} items, the rule book {len(steps)} steps; "
        f"the list breaks after step {len(items)}")
    following = ol.getnext()
    assert following is None or following.tag != "ol", f"{where}: another <ol start=…> follows the step list"
    for number, (item, step) in enumerate(zip(items, steps), start=1):
        # The site's smart punctuation curls apostrophes and quotes ("can't" → "can’t"): compare them straight.
        text = straight(re.sub(r"\s+", " ", item.text_content()))
        detail = straight(plain(step["detail"][language]))[:40]
        assert detail in text, f"{where}: step {number}'s details are not inside its <li>"



@pytest.mark.parametrize("language", LANGUAGES)
def test_the_site_renders_the_steps_as_one_list_with_details_inside_each_item(site, rules, language):
    found = 0
    for page in sorted((site / language).glob("*/index.html")):
        document = lxml.html.fromstring(page.read_text())
        first = plain(rules["process_steps"][0]["title"][language])
        if not any(first in ol.text_content() for ol in document.iter("ol")):
            continue
        found += 1
        assert_one_list(step_list(document, rules, language), rules, language, str(page.relative_to(site)))
    assert found, f"no {language} page lists the process steps"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_gitbook_export_renders_the_steps_as_one_list_with_details_inside_each_item(gitbook, rules, language):
    cmark = require("cmark")
    found = 0
    for page in sorted((gitbook / language).glob("*.md")):
        html = run(cmark, page).stdout
        document = lxml.html.fromstring(f"<div>{html}</div>")
        first = plain(rules["process_steps"][0]["title"][language])
        if not any(first in ol.text_content() for ol in document.iter("ol")):
            continue
        found += 1
        assert_one_list(step_list(document, rules, language), rules, language, str(page.relative_to(gitbook)))
    assert found, f"no {language} GitBook page lists the process steps"
