"""axe-core 4.x in Chromium on every page and checklist, in the light and the dark colour scheme, at phone and
desktop width: no serious or critical violation."""
import json

import pytest

from conftest import set_media, set_width


def audit(driver, axe_source):
    driver.execute_script(axe_source)
    result = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)), e => done(String(e)));""")
    violations = json.loads(result)
    return [v for v in violations if v["impact"] in ("serious", "critical")]


def test_axe_core_is_version_4(driver, axe_source, server):
    driver.get(server)
    driver.execute_script(axe_source)
    assert driver.execute_script("return axe.version").startswith("4.")


@pytest.mark.parametrize("scheme", ("light", "dark"))
@pytest.mark.parametrize("width", (390, 1366))
def test_no_page_or_checklist_has_a_serious_accessibility_violation(driver, axe_source, server, site_pages,
                                                                   checklist_html, width, scheme):
    driver.set_script_timeout(60)
    problems = []
    for url in [server + page for page in site_pages] + [p.as_uri() for p in checklist_html]:
        set_width(driver, width)
        set_media(driver, scheme=scheme)
        driver.get(url)
        for violation in audit(driver, axe_source):
            targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
            problems.append(f"{url}: {violation['impact']} {violation['id']}: {violation['help']} at {targets}")
    set_media(driver)
    assert not problems, "\n".join(problems)
