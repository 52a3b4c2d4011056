"""The site and the checklists in a real Chromium at phone (390 px), small laptop (1000 px) and desktop (1366 px)
width: what a reader sees, measured on the rendered page rather than on its HTML."""

import pytest

from conftest import set_media, set_width

PHONE, LAPTOP, DESKTOP = 390, 1000, 1366

# Every word whose glyphs are laid out on more than one line: a word broken in the middle ("Clo|ud API").
# Words with a hyphen, slash, dot, underscore or @ may break at it; those are URLs, paths and compounds.
BROKEN_WORDS = r"""
const broken = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const parent = node.parentElement;
  if (!parent || parent.closest('script, style, [hidden]') || !parent.getClientRects().length) continue;
  for (const match of node.data.matchAll(/\S+/g)) {
    const word = match[0].replace(/^[("“«¿¡]+|[)"”»:;,.!?]+$/g, '');
    if (word.length < 2 || /[-\/._@()\[\]<>=\u2010-\u2014]/.test(word)) continue;
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
    if (tops.size > 1) broken.push(word);
  }
}
return broken;
"""


def open_page(driver, url, width):
    set_width(driver, width)
    set_media(driver)
    driver.get(url)
    driver.execute_script("return document.fonts.ready")


def overflow(driver):
    return driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")


@pytest.fixture(scope="module")
def urls(server, site_pages):
    return [server + page for page in site_pages]


@pytest.fixture(scope="module")
def checklist_urls(checklist_html):
    return [p.as_uri() for p in checklist_html]


@pytest.mark.parametrize("width", (PHONE, LAPTOP, DESKTOP))
def test_no_page_or_checklist_scrolls_sideways(driver, urls, checklist_urls, width):
    problems = []
    for url in urls + checklist_urls:
        open_page(driver, url, width)
        if (extra := overflow(driver)) > 0:
            problems.append(f"{url} is {extra} px wider than the {width} px screen")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("width", (PHONE, DESKTOP))
def test_no_word_breaks_across_lines(driver, urls, checklist_urls, width):
    problems = []
    for url in urls + checklist_urls:
        open_page(driver, url, width)
        if broken := driver.execute_script(BROKEN_WORDS):
            problems.append(f"{url} at {width} px breaks {sorted(set(broken))[:12]}")
    assert not problems, "\n".join(problems)


def test_the_outline_comes_before_the_article_on_a_phone(driver, urls):
    problems = []
    for url in urls:
        open_page(driver, url, PHONE)
        positions = driver.execute_script("""
            const outline = document.querySelector('.outline'), first = document.querySelector('article h2');
            return outline && first ? [outline.getBoundingClientRect().top, first.getBoundingClientRect().top] : null;""")
        if positions and positions[0] > positions[1]:
            problems.append(f"{url}: the outline starts at {positions[0]:.0f} px, after the article's first heading at {positions[1]:.0f} px")
    assert not problems, "\n".join(problems)


def test_the_language_chooser_heading_fits_a_phone(driver, server):
    open_page(driver, server, PHONE)
    height = driver.execute_script("return document.querySelector('h1').getBoundingClientRect().height")
    assert height <= 844 * 0.2, f"the chooser's h1 is {height:.0f} px tall on an 844 px phone screen"


def test_the_article_is_not_squeezed_on_a_small_laptop(driver, urls):
    problems = []
    for url in urls:
        open_page(driver, url, LAPTOP)
        width = driver.execute_script("const a = document.querySelector('article'); return a && a.getBoundingClientRect().width")
        if width and width < 560:
            problems.append(f"{url}: the article is {width:.0f} px wide on a {LAPTOP} px screen")
    assert not problems, "\n".join(problems)


def test_last_updated_appears_once_per_page(driver, urls):
    problems = []
    for url in urls:
        open_page(driver, url, DESKTOP)
        count = driver.execute_script("return [...document.querySelectorAll('time')].filter(t => t.getClientRects().length).length")
        if count > 1:
            problems.append(f"{url} shows the last-updated date {count} times")
    assert not problems, "\n".join(problems)


def test_a_checklist_on_a_phone_gives_the_criterion_column_room(driver, checklist_urls):
    problems = []
    for url in checklist_urls:
        open_page(driver, url, PHONE)
        widths = driver.execute_script(
            "return [...document.querySelectorAll('table.criteria td:first-child')].map(td => td.getBoundingClientRect().width)")
        if widths and min(widths) < 0.45 * (PHONE - 32):
            problems.append(f"{url}: the criterion column is {min(widths):.0f} px wide")
    assert not problems, "\n".join(problems)


def test_printed_checklist_signature_lines_are_even_and_beside_their_labels(driver, checklist_urls):
    problems = []
    for url in checklist_urls:
        set_width(driver, 794, 1123)
        driver.get(url)
        set_media(driver, "print")
        groups = driver.execute_script("""
            return [...document.querySelectorAll('.signatures')].map(group => [...group.querySelectorAll('p')].map(p => {
              const line = p.querySelector('.line').getBoundingClientRect(), label = p.getBoundingClientRect();
              const text = document.createRange(); text.selectNodeContents(p.firstChild);
              return {width: line.width, below: line.top - text.getBoundingClientRect().bottom};
            }));""")
        for group in groups:
            widths = [p["width"] for p in group]
            if max(widths) - min(widths) > 2:
                problems.append(f"{url}: signature lines of {sorted(round(w) for w in widths)} px")
            if any(p["below"] > 0 for p in group):
                problems.append(f"{url}: a signature line drops below its label")
    set_media(driver)
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("scheme", ("light", "dark"))
def test_the_site_follows_the_reader_s_colour_scheme(driver, server, scheme):
    set_width(driver, DESKTOP)
    driver.get(server + "en/")
    set_media(driver, scheme=scheme)
    luminance = driver.execute_script("""
        const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
        const [pr, pg, pb] = getComputedStyle(document.documentElement).backgroundColor.match(/\\d+/g).map(Number);
        const c = (document.body.style && getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)') ? [r, g, b] : [pr, pg, pb];
        return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;""")
    set_media(driver)
    assert (luminance < 0.3) == (scheme == "dark"), f"in the {scheme} scheme the page background's luminance is {luminance:.2f}"
