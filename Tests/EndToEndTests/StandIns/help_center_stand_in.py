#!/usr/bin/env python3
"""A loopback stand-in for Zendesk's Help Center API or Intercom's Articles API, for the publish scripts' tests.

It never talks to the real services. Every request is checked against the API reference (method and path,
authentication header, content type, the fields each endpoint takes and requires, locales, ids that must exist)
and a request that breaks a rule gets HTTP 400 and an entry in the report's "errors". After every request the
report (--report FILE) holds the requests so far, the errors, and each article's title and body per locale.

    help_center_stand_in.py zendesk|intercom --report FILE --token T [--email E] [--section N] [--locales a,b,c]

Prints the port it listens on (on 127.0.0.1) as its first line.

References checked (2026-12-04):
- Zendesk: developer.zendesk.com/api-reference/help_center/help-center-api/articles (Create Article:
  POST /api/v2/help_center/{locale}/sections/{section_id}/articles; locale, title and permission_group_id
  mandatory, user_segment_id given, null for everyone) and .../translations (Create Translation:
  POST /api/v2/help_center/articles/{article_id}/translations, locale and title mandatory; Update Translation:
  PUT /api/v2/help_center/articles/{article_id}/translations/{locale}); API token authentication is HTTP Basic
  with "{email}/token:{api_token}".
- Intercom: developers.intercom.com, Create an article (POST /articles; title and author_id required; state
  published or draft; parent_type collection or section; translated_content of type article_translated_content
  whose locales hold article_content) and Update an article (PUT /articles/{id}); Bearer token and the
  Intercom-Version header.
"""

import argparse
import base64
import json
import re
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

ZENDESK_ARTICLE_FIELDS = {
    "title", "body", "locale", "permission_group_id", "user_segment_id", "draft", "author_id", "comments_disabled",
    "content_tag_ids", "label_names", "position", "promoted", "section_id",
}
ZENDESK_TRANSLATION_FIELDS = {"locale", "title", "body", "draft", "outdated"}
INTERCOM_CONTENT_FIELDS = {"type", "title", "description", "body", "author_id", "state"}
INTERCOM_ARTICLE_FIELDS = {"title", "description", "body", "author_id", "state", "parent_id", "parent_type", "translated_content"}
INTERCOM_LOCALES = {
    "ar", "bg", "bs", "ca", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "he", "hr", "hu", "id", "it", "ja",
    "ko", "lt", "lv", "mn", "nb", "nl", "pl", "pt", "ro", "ru", "sl", "sr", "sv", "tr", "vi", "pt-BR", "zh-CN", "zh-TW",
}


class Rejected(Exception):
    pass


class StandIn:
    def __init__(self, arguments):
        self.arguments = arguments
        self.requests = []
        self.errors = []
        self.articles = {}
        self.next_id = 1000

    def report(self):
        with open(self.arguments.report, "w", encoding="utf-8") as f:
            json.dump({"requests": self.requests, "errors": self.errors, "articles": self.articles}, f, indent=2, sort_keys=True)

    def handle(self, method, path, headers, raw):
        self.requests.append({"method": method, "path": path})
        try:
            if headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
                raise Rejected("Content-Type must be application/json")
            try:
                body = json.loads(raw or b"null")
            except json.JSONDecodeError as error:
                raise Rejected(f"the body is not JSON: {error}")
            if self.arguments.platform == "zendesk":
                return self.zendesk(method, path, headers, body)
            return self.intercom(method, path, headers, body)
        except Rejected as error:
            self.errors.append(f"{method} {path}: {error}")
            return 400, {"error": str(error)}
        finally:
            self.report()

    # Zendesk

    def zendesk(self, method, path, headers, body):
        expected = "Basic " + base64.b64encode(f"{self.arguments.email}/token:{self.arguments.token}".encode()).decode()
        if headers.get("Authorization") != expected:
            raise Rejected("the Authorization header is not HTTP Basic with {email}/token:{api_token}")
        locales = self.arguments.locales.split(",")
        if match := re.fullmatch(r"/api/v2/help_center/([a-z-]+)/sections/(\d+)/articles(\.json)?", path):
            self.require(method == "POST", method, path)
            locale, section = match.group(1), int(match.group(2))
            if locale not in locales:
                raise Rejected(f"the locale {locale} is not one of the help center's ({', '.join(locales)})")
            if section != self.arguments.section:
                raise Rejected(f"section {section} does not exist")
            article = self.wrapped(body, "article", ZENDESK_ARTICLE_FIELDS)
            for field, kind in [("title", str), ("locale", str), ("permission_group_id", int)]:
                if not isinstance(article.get(field), kind):
                    raise Rejected(f"article.{field} is mandatory")
            if article["locale"] != locale:
                raise Rejected("article.locale differs from the locale of the path")
            if "user_segment_id" not in article or not (article["user_segment_id"] is None or isinstance(article["user_segment_id"], int)):
                raise Rejected("article.user_segment_id must be given, an id or null for everyone")
            self.next_id += 1
            self.articles[str(self.next_id)] = {locale: {"title": article["title"], "body": article.get("body", "")}}
            return 201, {"article": {"id": self.next_id, "locale": locale, "title": article["title"]}}
        if match := re.fullmatch(r"/api/v2/help_center/articles/(\d+)/translations(\.json)?", path):
            self.require(method == "POST", method, path)
            article = self.existing(match.group(1))
            translation = self.wrapped(body, "translation", ZENDESK_TRANSLATION_FIELDS)
            locale = translation.get("locale")
            if locale not in locales:
                raise Rejected(f"translation.locale {locale!r} is not one of the help center's")
            if locale in article:
                raise Rejected(f"the article already has a {locale} translation; update it with PUT")
            if not isinstance(translation.get("title"), str):
                raise Rejected("translation.title is mandatory")
            article[locale] = {"title": translation["title"], "body": translation.get("body", "")}
            return 201, {"translation": {"locale": locale}}
        if match := re.fullmatch(r"/api/v2/help_center/articles/(\d+)/translations/([a-z-]+)(\.json)?", path):
            self.require(method == "PUT", method, path)
            article = self.existing(match.group(1))
            locale = match.group(2)
            if locale not in article:
                raise Rejected(f"the article has no {locale} translation")
            translation = self.wrapped(body, "translation", ZENDESK_TRANSLATION_FIELDS - {"locale"})
            article[locale].update({key: translation[key] for key in ("title", "body") if key in translation})
            return 200, {"translation": {"locale": locale}}
        raise Rejected("no such endpoint")

    # Intercom

    def intercom(self, method, path, headers, body):
        if headers.get("Authorization") != f"Bearer {self.arguments.token}":
            raise Rejected("the Authorization header is not Bearer {token}")
        if not headers.get("Intercom-Version"):
            raise Rejected("the Intercom-Version header is missing")
        if path == "/articles":
            self.require(method == "POST", method, path)
            article = self.intercom_article(body, creating=True)
            self.next_id += 1
            self.articles[str(self.next_id)] = article
            return 200, {"id": str(self.next_id), "type": "article"}
        if match := re.fullmatch(r"/articles/(\d+)", path):
            self.require(method == "PUT", method, path)
            self.existing(match.group(1))
            self.articles[match.group(1)] = self.intercom_article(body, creating=False)
            return 200, {"id": match.group(1), "type": "article"}
        raise Rejected("no such endpoint")

    def intercom_article(self, body, creating):
        if not isinstance(body, dict):
            raise Rejected("the body must be an article object")
        unknown = set(body) - INTERCOM_ARTICLE_FIELDS
        if unknown:
            raise Rejected(f"unknown fields {sorted(unknown)}")
        if creating:
            if not isinstance(body.get("title"), str) or not isinstance(body.get("author_id"), int):
                raise Rejected("title and author_id are required")
        self.intercom_content(body, "article")
        if body.get("parent_type") not in (None, "collection", "section"):
            raise Rejected("parent_type must be collection or section")
        if "parent_id" in body and not isinstance(body["parent_id"], int):
            raise Rejected("parent_id must be a number")
        contents = {"default": {"title": body.get("title"), "body": body.get("body", "")}}
        translated = body.get("translated_content") or {}
        if translated and translated.get("type") != "article_translated_content":
            raise Rejected("translated_content.type must be article_translated_content")
        for locale, content in translated.items():
            if locale == "type":
                continue
            if locale not in INTERCOM_LOCALES:
                raise Rejected(f"translated_content has an unknown locale {locale!r}")
            if not isinstance(content, dict) or content.get("type") != "article_content":
                raise Rejected(f"translated_content.{locale} must be article_content")
            if set(content) - INTERCOM_CONTENT_FIELDS:
                raise Rejected(f"translated_content.{locale} has unknown fields")
            self.intercom_content(content, f"translated_content.{locale}")
            contents[locale] = {"title": content.get("title"), "body": content.get("body", "")}
        return contents

    @staticmethod
    def intercom_content(content, name):
        if content.get("state") not in (None, "published", "draft"):
            raise Rejected(f"{name}.state must be published or draft")
        for field in ("title", "description", "body"):
            if field in content and not isinstance(content[field], str):
                raise Rejected(f"{name}.{field} must be a string")

    # Shared

    @staticmethod
    def require(condition, method, path):
        if not condition:
            raise Rejected(f"{method} is not allowed on {path}")

    def existing(self, article_id):
        if article_id not in self.articles:
            raise Rejected(f"article {article_id} does not exist")
        return self.articles[article_id]

    @staticmethod
    def wrapped(body, name, allowed):
        if not isinstance(body, dict) or set(body) != {name} or not isinstance(body[name], dict):
            raise Rejected(f"the body must be {{\"{name}\": {{...}}}}")
        unknown = set(body[name]) - allowed
        if unknown:
            raise Rejected(f"unknown {name} fields {sorted(unknown)}")
        return body[name]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("platform", choices=["zendesk", "intercom"])
    parser.add_argument("--report", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--email", default="")
    parser.add_argument("--section", type=int, default=0)
    parser.add_argument("--locales", default="pt-br,en-us,es")
    arguments = parser.parse_args()
    stand_in = StandIn(arguments)
    stand_in.report()

    class Handler(BaseHTTPRequestHandler):
        def respond(self):
            length = int(self.headers.get("Content-Length") or 0)
            status, payload = stand_in.handle(self.command, self.path, self.headers, self.rfile.read(length))
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = respond

        def log_message(self, *_):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
