"""The site's addresses as crawlers and readers follow them: the sitemap against the sitemap protocol, every link
over HTTP with linkchecker, the 404 page at a nested address, the sidebar, the breadcrumb, heading permalinks and
the Service Center links."""
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlparse

import lxml.etree
import lxml.html
import pytest

from conftest import LANGUAGES, require, run, set_width

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def absolute_http(url):
    parts = urlparse(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def test_the_sitemap_follows_the_protocol_or_is_left_out_with_a_note(binary, site, out, tmp_path):
    sitemap = site / "sitemap.xml"
    if not sitemap.exists():
        result = run(binary, "build", "--output", tmp_path / "again")
        summary = result.stdout + result.stderr
        assert "sitemap" in summary.lower(), "no sitemap.xml was written and the build summary does not say why"
        return
    document = lxml.etree.parse(str(sitemap))
    root = document.getroot()
    assert root.tag == SITEMAP + "urlset", f"the sitemap's root is {root.tag}"
    urls = root.findall(SITEMAP + "url")
    assert 0 < len(urls) <= 50_000
    assert sitemap.stat().st_size <= 50 * 1024 * 1024
    problems = []
    for url in urls:
        loc = url.findtext(SITEMAP + "loc")
        if not absolute_http(loc):
            problems.append(f"<loc>{loc}</loc> is not an absolute http(s) URL")
        for link in url.findall(XHTML + "link"):
            if not absolute_http(link.get("href")):
                problems.append(f"<xhtml:link hreflang={link.get('hreflang')} href={link.get('href')!r}> is not absolute")
    assert not problems, "\n".join(sorted(set(problems))[:20])


def test_linkchecker_finds_no_broken_link_over_http(server):
    linkchecker = require("linkchecker")
    result = run(linkchecker, "--no-status", "--no-warnings", server, ok=(0, 1))
    assert result.returncode == 0, result.stdout[-4000:]


def test_the_404_page_keeps_its_styles_and_links_at_a_nested_address(driver, server):
    set_width(driver, 1366)
    driver.get(server + "en/no/such/page/")
    styled = driver.execute_script("return [...document.styleSheets].filter(s => { try { return s.cssRules.length > 0 } catch (e) { return false } }).length")
    assert styled >= 2, "the 404 page at a nested address loads none of its style sheets"
    broken = []
    for href in driver.execute_script("return [...document.querySelectorAll('a[href]')].map(a => a.href)"):
        try:
            urllib.request.urlopen(href).close()
        except urllib.error.HTTPError as error:
            broken.append(f"{href}: {error.code}")
    assert not broken, "\n".join(broken)


def language_pages(site, language):
    return sorted(p for p in (site / language).glob("*/index.html"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sidebar_lists_every_page_of_a_small_language(site, language):
    pages = language_pages(site, language)
    assert len(pages) <= 50
    problems = []
    for page in pages:
        document = lxml.html.fromstring(page.read_text())
        base = "file://" + str(page)
        listed = {urljoin(base, a.get("href")).removesuffix("index.html") for a in document.cssselect(".site-nav a[href]")}
        missing = [str(p.parent.name) for p in pages if "file://" + str(p.parent) + "/" not in listed]
        if missing:
            problems.append(f"{page.relative_to(site)}: the sidebar lacks {missing}")
    assert not problems, "\n".join(problems)


def test_the_breadcrumb_links_the_section(site):
    problems = []
    for language in LANGUAGES:
        for page in language_pages(site, language):
            items = lxml.html.fromstring(page.read_text()).cssselect(".breadcrumb li")
            if len(items) >= 3 and not items[-2].cssselect("a[href]"):
                problems.append(f"{page.relative_to(site)}: the breadcrumb's section '{items[-2].text_content()}' is not a link")
    assert not problems, "\n".join(problems)


def test_every_article_heading_has_a_keyboard_reachable_permalink(site):
    problems = []
    for language in LANGUAGES:
        for page in language_pages(site, language):
            for heading in lxml.html.fromstring(page.read_text()).cssselect("article h2[id], article h3[id]"):
                if not heading.cssselect(f'a[href="#{heading.get("id")}"]'):
                    problems.append(f"{page.relative_to(site)}: #{heading.get('id')} has no permalink")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.xfail(
    strict=True,
    reason="Blocked (issue 13): the Sinch Service Center's address is in no stored source and must not be invented; "
    "link it once the address is confirmed, then remove this mark (strict: the test fails the run as soon as it passes).",
)
def test_every_service_center_mention_is_a_link(site):
    problems = []
    for page in sorted(site.rglob("*.html")):
        document = lxml.html.fromstring(page.read_text())
        for element in document.cssselect("main *"):
            for text in [element.text, *(child.tail for child in element)]:
                if text and "Service Center" in text and not any(a.tag == "a" for a in [element, *element.iterancestors()]):
                    problems.append(f"{page.relative_to(site)}: '…{text.strip()[:60]}…' names the Service Center without a link")
    assert not problems, "\n".join(problems[:20])
