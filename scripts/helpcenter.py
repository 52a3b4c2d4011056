"""Shared by scripts/publish-zendesk and scripts/publish-intercom: reading an export, the state file that maps
our page ids to the platform's article ids, filling link placeholders, and JSON over HTTPS.

An export (`migration-docs build --format zendesk|intercom`) holds article bodies whose links to other articles
carry placeholders (`@@article:<page-id>@@`), because article ids exist only once the platform has created the
articles. Publishing is therefore two passes: create every article that has no id yet (recording each id in the
state file at once, so an interrupted run never creates an article twice), then write every body with every
placeholder filled.

Python 3 standard library only.
"""

import base64
import json
import os
import re
import sys
import urllib.error
import urllib.request

PLACEHOLDER = re.compile(r"@@article:([a-z0-9]+(?:-[a-z0-9]+)*)@@")


class PublishError(Exception):
    """A problem that stops the run, with a sentence that says what to do, and the exit status: 1 by default,
    69 (EX_UNAVAILABLE) when the service cannot be reached."""

    def __init__(self, message, status=1):
        super().__init__(message)
        self.status = status


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise PublishError(f"{path}: no such file; build the export first with migration-docs build --format ...")
    except json.JSONDecodeError as error:
        raise PublishError(f"{path}:{error.lineno}:{error.colno}: not valid JSON: {error.msg}.")


def load_manifest(export, platform):
    manifest = load_json(os.path.join(export, "manifest.json"))
    if manifest.get("platform") != platform:
        raise PublishError(
            f"{export}/manifest.json: this export is for {manifest.get('platform')!r}, not {platform}; "
            f"build it with --format {platform}.")
    return manifest


class State:
    """Page id to article id (and, for Zendesk, the locales already created), kept in a JSON file.

    Written after every change, through a temporary file and a rename, so a run killed at any moment leaves a
    state that matches what the platform has.
    """

    def __init__(self, path):
        self.path = path
        self.articles = {}
        if os.path.exists(path):
            self.articles = load_json(path).get("articles", {})

    def article_id(self, page_id):
        entry = self.articles.get(page_id)
        return entry["id"] if entry else None

    def record(self, page_id, article_id, locales=()):
        entry = self.articles.setdefault(page_id, {"id": article_id, "locales": []})
        entry["id"] = article_id
        for locale in locales:
            if locale not in entry["locales"]:
                entry["locales"].append(locale)
        entry["locales"].sort()
        self.save()

    def locales(self, page_id):
        return self.articles.get(page_id, {}).get("locales", [])

    def save(self):
        temporary = self.path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump({"articles": self.articles}, f, indent=2, sort_keys=True)
            f.write("\n")
        os.replace(temporary, self.path)


def fill(text, state, strict):
    """Replaces every placeholder with its article id; with strict, a page without an id is an error."""

    def replace(match):
        article_id = state.article_id(match.group(1))
        if article_id is None:
            if strict:
                raise PublishError(f"a link points to the page '{match.group(1)}', which is not in the export's manifest.")
            return match.group(0)
        return str(article_id)

    return PLACEHOLDER.sub(replace, text)


def fill_object(value, state, strict):
    if isinstance(value, str):
        return fill(value, state, strict)
    if isinstance(value, dict):
        return {key: fill_object(item, state, strict) for key, item in value.items()}
    if isinstance(value, list):
        return [fill_object(item, state, strict) for item in value]
    return value


class Client:
    """JSON requests to one API, with one Authorization header."""

    def __init__(self, base_url, authorization, extra_headers=None):
        self.base_url = base_url.rstrip("/")
        self.headers = {
            "Authorization": authorization,
            "Accept": "application/json",
            "Content-Type": "application/json",
            **(extra_headers or {}),
        }
        self.requests = 0

    def send(self, method, path, body=None):
        data = json.dumps(body).encode("utf-8") if body is not None else None
        request = urllib.request.Request(self.base_url + path, data=data, method=method, headers=self.headers)
        self.requests += 1
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                payload = response.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace")[:500]
            raise PublishError(f"{method} {path} failed with HTTP {error.code}: {detail}")
        except urllib.error.URLError as error:
            raise PublishError(f"{method} {path} could not reach {self.base_url}: {error.reason}.", status=69)
        return json.loads(payload) if payload else {}


def basic(user, secret):
    return "Basic " + base64.b64encode(f"{user}:{secret}".encode("utf-8")).decode("ascii")


def require_environment(*names):
    missing = [name for name in names if not os.environ.get(name)]
    if missing:
        raise PublishError(f"set {', '.join(missing)} in the environment (see README, 'Publish to your help center').")
    return [os.environ[name] for name in names]


def main(run):
    """Runs a publisher, printing a PublishError as one line and exiting 1 (69 when the service is unreachable)."""
    try:
        run()
    except PublishError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(error.status)
