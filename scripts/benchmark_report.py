#!/usr/bin/env python3
"""Turns scripts/benchmark's measurements into the Markdown results of BENCHMARKS.md.

Reads RESULTS/<name>.json (hyperfine's --export-json) and RESULTS/<name>.rss (peak RSS in KB, from GNU time's %M)
for the names below, describes the machine, checks issue 6's targets, and prints the Markdown. With --write FILE it
also replaces what lies between the results markers of FILE, keeping every other line (the method and the
hand-written "What we changed and what it bought") as it is.

Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys

START = "<!-- results:start -->"
END = "<!-- results:end -->"
TARGET_PAGES = 1000
TARGET_CUSTOMERS = 10000
MB = 1024  # GNU time reports KB; the tables say MB for 1,024 KB.


class Measurement:
    def __init__(self, results, name):
        with open(os.path.join(results, f"{name}.json"), encoding="utf-8") as f:
            run = json.load(f)["results"][0]
        self.name = name
        self.median = run["median"]
        self.min = run["min"]
        self.max = run["max"]
        self.runs = len(run["times"])
        with open(os.path.join(results, f"{name}.rss"), encoding="utf-8") as f:
            self.rss_kb = int(f.read().split()[-1])

    @property
    def rss_mb(self):
        return self.rss_kb / MB


def seconds(value):
    return f"{value * 1000:,.1f} ms" if value < 1 else f"{value:,.2f} s"


def command_version(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, check=False)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError):
        return "not found"


def machine():
    """The facts a reader needs to compare these numbers with theirs."""
    cpu = "unknown"
    memory = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
                    break
    except OSError:
        pass
    system = platform.platform()
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            fields = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
            system = fields.get("PRETTY_NAME", system).strip('"')
    except OSError:
        pass
    return [
        ("Date", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        ("Commit", command_version(["git", "rev-parse", "--short", "HEAD"])),
        ("CPU", f"{cpu}, {os.cpu_count()} cores (nproc)"),
        ("Memory", memory),
        ("OS", f"{system}, Linux {platform.release()}"),
        ("Swift", command_version(["swift", "--version"])),
        ("Hugo", command_version(["hugo", "version"])),
        ("cmark", command_version(["cmark", "--version"])),
        ("hyperfine", command_version(["hyperfine", "--version"])),
    ]


def speed(ratio):
    """ours / Hugo as a reader says it: `3.2× faster` or `1.5× slower`."""
    return f"{1 / ratio:.1f}× faster" if ratio <= 1 else f"{ratio:.1f}× slower"


def report(results, pages, customer_sizes, runs, warmup):
    """The Markdown between the markers, and whether every target that was measured passed."""
    site = {tool: Measurement(results, f"site-{tool}") for tool in ("ours", "hugo", "cmark")}
    real = Measurement(results, "real-site")
    diff = Measurement(results, "rules-diff")
    checklists = {m: Measurement(results, f"checklist-{m}") for m in customer_sizes}

    lines = ["### Machine", "", "| | |", "| --- | --- |"]
    lines += [f"| {key} | {value} |" for key, value in machine()]
    warmups = {0: "no warm-up run", 1: "one warm-up run"}.get(warmup, f"{warmup} warm-up runs")
    lines += ["", f"### Results (median of {runs} timed run{'s' if runs != 1 else ''} after {warmups}; "
              "peak RSS from one more run)", "",
              "| benchmark | work | median | min | max | peak RSS | ours / Hugo | ours / cmark-only |",
              "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]

    def row(label, work, m, hugo_ratio="", cmark_ratio=""):
        lines.append(f"| {label} | {work} | {seconds(m.median)} | {seconds(m.min)} | {seconds(m.max)} | "
                     f"{m.rss_mb:,.1f} MB | {hugo_ratio} | {cmark_ratio} |")

    ours_vs_hugo = site["ours"].median / site["hugo"].median
    ours_vs_cmark = site["ours"].median / site["cmark"].median
    pages_work = f"3 × {pages:,} pages"
    row("synthetic site: `migration-docs build`", pages_work, site["ours"],
        f"**{ours_vs_hugo:.2f}** ({speed(ours_vs_hugo)})", f"**{ours_vs_cmark:.2f}**")
    row("synthetic site: Hugo", pages_work, site["hugo"], "1", f"{site['hugo'].median / site['cmark'].median:.2f}")
    row("synthetic site: `cmark` only (floor)", f"{3 * pages:,} files, one process", site["cmark"])
    row("real site: `migration-docs build`", "content/ and templates/", real)
    for m, measurement in checklists.items():
        row("`migration-docs checklist --format html`", f"{m:,} customers", measurement)
    row("`migration-docs rules diff`", "real rule book, one text changed", diff)
    stages_file = os.path.join(results, "site-ours.stages")
    if os.path.exists(stages_file):
        with open(stages_file, encoding="utf-8") as f:
            stages = f.read().strip().removeprefix("Stages: ")
        if stages:
            lines += ["", f"Where the synthetic site's build spends its time (`build --timings`, the checked run): {stages}"]

    targets = []

    def target(text, measured, passed, applies=True, why_not=""):
        targets.append((text, measured if applies else why_not, ("pass" if passed else "**FAIL**") if applies
                        else "not measured"))

    full_site = pages == TARGET_PAGES
    not_site = f"ran 3 × {pages:,} pages"
    target("synthetic site 3 × 1,000: at least 3× faster than Hugo", speed(ours_vs_hugo),
           ours_vs_hugo <= 1 / 3, full_site, not_site)
    target("synthetic site 3 × 1,000: at most 2× the cmark-only time", f"{ours_vs_cmark:.2f}×",
           ours_vs_cmark <= 2, full_site, not_site)
    target("synthetic site 3 × 1,000: peak memory under 100 MB", f"{site['ours'].rss_mb:,.1f} MB",
           site["ours"].rss_mb < 100, full_site, not_site)
    target("real site: under 50 ms wall", seconds(real.median), real.median < 0.050)
    at_target = checklists.get(TARGET_CUSTOMERS)
    no_target = "10,000 not run"
    target("10,000 checklists: under 1 s wall", seconds(at_target.median) if at_target else "",
           bool(at_target) and at_target.median < 1, bool(at_target), no_target)
    target("10,000 checklists: peak memory under 100 MB", f"{at_target.rss_mb:,.1f} MB" if at_target else "",
           bool(at_target) and at_target.rss_mb < 100, bool(at_target), no_target)
    smallest, largest = min(customer_sizes), max(customer_sizes)
    scaling = at_target is not None and largest > TARGET_CUSTOMERS
    if scaling:
        per_target = at_target.median / TARGET_CUSTOMERS
        per_largest = checklists[largest].median / largest
        growth = per_largest / per_target
        target(f"checklists: time linear ({TARGET_CUSTOMERS:,} → {largest:,}: time per customer grows by 25% "
               "at most)", f"{growth:.2f}× per customer", growth <= 1.25)
        rss_growth = checklists[largest].rss_mb / checklists[smallest].rss_mb
        target(f"checklists: memory flat ({smallest:,} → {largest:,}: peak RSS grows by 50% at most, stays "
               "under 100 MB)", f"{checklists[smallest].rss_mb:,.1f} → {checklists[largest].rss_mb:,.1f} MB",
               rss_growth <= 1.5 and checklists[largest].rss_mb < 100)
    else:
        target("checklists: time linear and memory flat up to 100,000", "", False, False, "100,000 not run")
    target("rule diff of the real rule book: under 20 ms", seconds(diff.median), diff.median < 0.020)

    lines += ["", "### Targets (issue 6)", "", "| target | measured | result |", "| --- | --- | --- |"]
    lines += [f"| {text} | {measured} | {result} |" for text, measured, result in targets]
    failed = [text for text, _, result in targets if result == "**FAIL**"]
    return "\n".join(lines) + "\n", failed


def write_between_markers(path, markdown):
    """Replaces the results between the markers, keeping the rest of the file byte for byte."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if len(pattern.findall(text)) != 1:
        raise SystemExit(f"{path}: error: needs exactly one '{START}' ... '{END}' pair around the results; "
                         "add them where the table goes")
    text = pattern.sub(lambda _: f"{START}\n{markdown}{END}", text)
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", required=True, help="folder of <name>.json and <name>.rss files")
    parser.add_argument("--pages", type=int, required=True, help="pages per language of the synthetic site")
    parser.add_argument("--customers", type=int, nargs="+", required=True, help="the batch sizes that ran")
    parser.add_argument("--runs", type=int, required=True, help="timed runs per benchmark")
    parser.add_argument("--warmup", type=int, default=1, help="warm-up runs before the timed ones")
    parser.add_argument("--small", action="store_true", help="a CI run: say that missed targets are not checked")
    parser.add_argument("--write", metavar="FILE", help="replace the results between the markers of FILE")
    args = parser.parse_args(argv)
    markdown, failed = report(args.results, args.pages, sorted(args.customers), args.runs, args.warmup)
    print(markdown)
    if args.write:
        write_between_markers(args.write, markdown)
        print(f"benchmark: results written to {args.write}", file=sys.stderr)
    if failed:
        print(f"benchmark: {len(failed)} target(s) missed" + (" (a small run does not check them)" if args.small else "")
              + ": " + "; ".join(failed), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
