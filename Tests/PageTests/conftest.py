"""Fixtures for the page tests: they build the real site and the example checklists once per run, serve the
site over HTTP and drive a real Chromium, so every test looks at the outputs the way a reader or an agent does.

Run by scripts/test (`python3 -m pytest Tests/PageTests`). MIGRATION_DOCS_BIN names the binary to test; without
it the debug build's is used. A missing tool fails the run: these tests never skip.
"""
import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".yaml", ".yml", ".json", ".csv"))
LANGUAGES = ("pt-BR", "en", "es")


def require(tool):
    """The path of an external program, or a failed test naming what to install."""
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is missing; run scripts/setup (it installs every tool these tests use).", pytrace=False)
    return path


def run(*args, ok=(0,)):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if result.returncode not in ok:
        pytest.fail(f"{' '.join(map(str, args))} exited {result.returncode}:\n{result.stderr}", pytrace=False)
    return result


@pytest.fixture(scope="session")
def binary():
    path = os.environ.get("MIGRATION_DOCS_BIN")
    if not path:
        bin_dir = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        path = os.path.join(bin_dir, "migration-docs")
    if not os.access(path, os.X_OK):
        pytest.fail(f"no migration-docs binary at {path}; run swift build first.", pytrace=False)
    return path


@pytest.fixture(scope="session")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("outputs")


@pytest.fixture(scope="session")
def site(binary, out):
    """The site as `migration-docs build` writes it, without --base-url (the default a newcomer gets)."""
    folder = out / "site"
    run(binary, "build", "--content", ROOT / "content", "--templates", ROOT / "templates", "--output", folder)
    return folder


@pytest.fixture(scope="session")
def gitbook(binary, out):
    folder = out / "gitbook"
    run(binary, "build", "--format", "gitbook", "--content", ROOT / "content", "--templates", ROOT / "templates",
        "--output", folder)
    return folder


@pytest.fixture(scope="session")
def rules():
    return json.loads((ROOT / "content" / "rules.json").read_text())


def _checklists(binary, out, fmt):
    folder = out / f"checklists-{fmt}"
    # batch.csv holds deliberately bad rows: exit 65 with the good customers written is its expected result.
    run(binary, "checklist", *EXAMPLES, "--format", fmt, "--templates", ROOT / "templates", "--output", folder, ok=(0, 65))
    files = sorted(folder.iterdir())
    assert files, f"no {fmt} checklists were written"
    return files


@pytest.fixture(scope="session")
def checklist_html(binary, out):
    return _checklists(binary, out, "html")


@pytest.fixture(scope="session")
def checklist_json(binary, out):
    return {p.stem: json.loads(p.read_text()) for p in _checklists(binary, out, "json")}


@pytest.fixture(scope="session")
def checklist_pdf(binary, out):
    require("chromium")
    return _checklists(binary, out, "pdf")


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as a static host does, 404.html for any missing address (GitHub Pages, Netlify, S3)."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="session")
def server(site):
    """The built site over HTTP on 127.0.0.1 and a free port; stopped when the session ends."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(_SiteHandler, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def site_pages(site):
    """Every HTML page of the site, as paths relative to its root (404.html included)."""
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html") if "pagefind" not in p.parts)


@pytest.fixture(scope="session")
def driver():
    require("chromium")
    chromedriver = require("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("selenium is missing; run scripts/setup.", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    yield browser
    browser.quit()


def set_width(browser, width, height=844):
    """Sets the layout viewport to exactly width CSS pixels (--window-size would leave a phone at 500)."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    actual = browser.execute_script("return window.innerWidth")
    assert actual == width, f"the browser's innerWidth is {actual}, not {width}"


def set_media(browser, media="", scheme="light"):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]})


@pytest.fixture(scope="session")
def axe_source():
    try:
        import axe_playwright_python
    except ImportError:
        pytest.fail("axe-playwright-python (which carries axe.min.js) is missing; run scripts/setup.", pytrace=False)
    path = Path(axe_playwright_python.__file__).parent / "axe.min.js"
    if not path.exists():
        pytest.fail(f"no axe.min.js at {path}", pytrace=False)
    return path.read_text()
