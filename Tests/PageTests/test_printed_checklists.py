"""Printed checklists, read page by page as an agent holding loose sheets does: every page names the customer and
its place in the document, no page is wasted, nothing a reader needs is split or left alone on a page."""
import re
import subprocess
from functools import lru_cache

import lxml.html

from conftest import require

MM = 72 / 25.4
# base.css: @page { margin: 18mm 16mm 20mm }. Words inside the margins are running headers and footers.
TOP, BOTTOM = 18 * MM, 20 * MM
PAGE_OF = re.compile(r"(?:Page|Página)\s+(\d+)\s+(?:of|de)\s+(\d+)")


@lru_cache(maxsize=None)
def page_count(pdf):
    info = subprocess.run([require("pdfinfo"), pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


@lru_cache(maxsize=None)
def page_text(pdf, number, layout=False):
    """The page's text in reading order, or with -layout as it stands on the page, line by line."""
    options = ["-layout"] if layout else []
    return subprocess.run([require("pdftotext"), *options, "-f", str(number), "-l", str(number), pdf, "-"],
                          capture_output=True, text=True, check=True).stdout


@lru_cache(maxsize=None)
def page_words(pdf, number):
    """(yMin, yMax, word) of every word on the page, and the page's height, in points."""
    xml = subprocess.run([require("pdftotext"), "-bbox", "-f", str(number), "-l", str(number), pdf, "-"],
                         capture_output=True, check=True).stdout
    document = lxml.html.fromstring(xml)
    page = next(document.iter("page"))
    words = [(float(w.get("ymin")), float(w.get("ymax")), w.text_content()) for w in page.iter("word")]
    return words, float(page.get("height"))


def flat(text):
    return re.sub(r"\s+", " ", text).strip()


def customer(pdf, checklist_json):
    return checklist_json[pdf.stem]


def body_lines(pdf, number, data):
    """The page's lines without its running header and footer (the lines naming the company, WABA or page)."""
    lines = [line.strip() for line in page_text(str(pdf), number).splitlines() if line.strip()]
    return [line for line in lines if data["waba_id"] not in line and not PAGE_OF.search(line)
            and line != data["company"]]


def fill(pdf, number):
    """How much of the page area, from its top, the page's content reaches: 0.0 to 1.0."""
    words, height = page_words(str(pdf), number)
    inside = [w for w in words if w[0] >= TOP - 1 and w[1] <= height - BOTTOM + 1]
    if not inside:
        return 0.0
    return (max(w[1] for w in inside) - TOP) / (height - TOP - BOTTOM)


def starts_number_section(pdf, number, data):
    lines = body_lines(pdf, number, data)
    return bool(lines) and any(phone in lines[0] for phone in data["numbers"])


def test_every_example_prints(checklist_pdf, checklist_json):
    assert {p.stem for p in checklist_pdf} == set(checklist_json)


def test_every_printed_page_names_the_company_the_waba_id_and_its_page_number(checklist_pdf, checklist_json):
    problems = []
    for pdf in checklist_pdf:
        data = customer(pdf, checklist_json)
        total = page_count(str(pdf))
        for number in range(1, total + 1):
            text = flat(page_text(str(pdf), number))
            missing = [what for what, value in (("the company", flat(data["company"])), ("the WABA ID", data["waba_id"]))
                       if value not in text]
            pages = [(int(a), int(b)) for a, b in PAGE_OF.findall(text)]
            if (number, total) not in pages:
                missing.append(f"'page {number} of {total}'")
            if missing:
                problems.append(f"{pdf.name} page {number}/{total} lacks {', '.join(missing)}")
    assert not problems, "\n".join(problems)


def test_no_printed_page_is_under_a_quarter_full_unless_a_number_section_starts_after_it(checklist_pdf, checklist_json):
    problems = []
    for pdf in checklist_pdf:
        data = customer(pdf, checklist_json)
        total = page_count(str(pdf))
        for number in range(1, total + 1):
            used = fill(pdf, number)
            forced_break_follows = number < total and starts_number_section(pdf, number + 1, data)
            if used < 0.25 and not forced_break_follows:
                problems.append(f"{pdf.name} page {number}/{total} is {used:.0%} full: {body_lines(pdf, number, data)[:6]}")
    assert not problems, "\n".join(problems)


def signature_labels(html):
    document = lxml.html.fromstring(html.read_text())
    return {flat(p.text_content()).rstrip(":").strip() for p in document.cssselect(".signatures p")}


def test_no_printed_page_holds_only_sign_off_lines(checklist_pdf, checklist_html, checklist_json):
    html = {p.stem: p for p in checklist_html}
    problems = []
    for pdf in checklist_pdf:
        data = customer(pdf, checklist_json)
        labels = signature_labels(html[pdf.stem])
        assert labels, f"{html[pdf.stem].name} has no sign-off lines"
        for number in range(1, page_count(str(pdf)) + 1):
            lines = [line.rstrip(":").strip() for line in body_lines(pdf, number, data)]
            if lines and all(line in labels for line in lines):
                problems.append(f"{pdf.name} page {number} holds only sign-off lines: {lines}")
    assert not problems, "\n".join(problems)


def test_the_ticket_answers_are_printed_on_one_page(checklist_pdf, checklist_json):
    problems = []
    for pdf in checklist_pdf:
        data = customer(pdf, checklist_json)
        first, last = flat(data["ticket"][0]["question"]), flat(data["ticket"][-1]["question"])
        pages = [n for n in range(1, page_count(str(pdf)) + 1)
                 if first in flat(page_text(str(pdf), n)) or last in flat(page_text(str(pdf), n))]
        if len(pages) != 1:
            problems.append(f"{pdf.name}: the ticket answers run over pages {pages}")
    assert not problems, "\n".join(problems)


def test_printed_steps_carry_their_numbers(checklist_pdf, checklist_html):
    html = {p.stem: p for p in checklist_html}
    problems = []
    for pdf in checklist_pdf:
        document = lxml.html.fromstring(html[pdf.stem].read_text())
        text = "\n".join(page_text(str(pdf), n, layout=True) for n in range(1, page_count(str(pdf)) + 1))
        for ol in document.cssselect("ol.steps"):
            for index, item in enumerate(ol.cssselect(":scope > li"), start=1):
                title = flat(item.cssselect("strong")[0].text_content())
                if not re.search(rf"(?m)^\s*{index}\.\s+{re.escape(title[:20])}", re.sub(r" +", " ", text)):
                    problems.append(f"{pdf.name}: step '{title}' is printed without its number {index}")
    assert not problems, "\n".join(problems[:20])
