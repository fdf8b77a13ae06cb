"""The dashboard in headless Chromium against a live loopback server on the seeds.

Checks that the page renders the seed's Japan-US agreement and its commitments, that a filter
narrows the table (and lands in the URL), that the evidence view highlights exactly the
evidence span, that an article POSTed while the page is open appears without a reload, that
the page says when the server is gone and comes back live when it returns, and that it makes
no request to another origin and breaks no Content-Security-Policy rule.
Run by scripts/browser-test, which installs what it needs.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from playwright.sync_api import expect, sync_playwright

TOKEN = "browser-test"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLE = """---
title: Indonesia and Australia sign a green hydrogen compact
published: 2025-11-20
publisher: Loopback Wire
---
JAKARTA, Nov 20 (Loopback Wire) - Indonesia and Australia signed a green hydrogen partnership
in Jakarta on Thursday. Australia will provide A$200 million for electrolyser projects in
Indonesia by 2030, and both countries will set up a joint hydrogen task force.
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, port, data):
        env = dict(os.environ, ACCORD_API_TOKEN=TOKEN, ACCORD_WRITE_BURST="1000")
        self.process = subprocess.Popen(
            [os.environ["ACCORD_BINARY"], "serve", "--host", "127.0.0.1", "--port", str(port),
             "--seeds", os.path.join(ROOT, "seeds"), "--data", data, "--log-level", "error",
             "--config", os.path.join(ROOT, "Config", "accord.json")],
            env=env)
        self.base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                with urllib.request.urlopen(self.base + "/readyz", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.05)
        raise SystemExit("the server did not become ready")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=15)

    def get(self, path):
        with urllib.request.urlopen(self.base + path, timeout=5) as r:
            return json.load(r)

    def post(self, path, text):
        request = urllib.request.Request(
            self.base + path, data=text.encode(), method="POST",
            headers={"Authorization": "Bearer " + TOKEN, "Content-Type": "text/markdown"})
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, json.load(r)


def main():
    failures = []

    def check(condition, what):
        print(("ok    " if condition else "FAIL  ") + what)
        if not condition:
            failures.append(what)

    port = free_port()
    data = tempfile.mkdtemp(prefix="accord-browser-")
    server = Server(port, data)
    try:
        agreements = server.get("/agreements")["data"]
        seed = next(a for a in agreements if set(a["parties"]) == {"JP", "US"})
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            problems = []
            page.on("console", lambda m: m.type == "error" and problems.append(m.text))
            page.on("pageerror", lambda e: problems.append(str(e)))
            foreign = []
            page.on("request", lambda r: r.url.startswith(server.base) or r.url.startswith("data:")
                    or foreign.append(r.url))

            page.goto(server.base + "/")
            card = page.locator(".card", has_text=seed["title"])
            expect(card).to_be_visible(timeout=10_000)
            check("Japan – United States" in card.inner_text(), "the Japan–US agreement shows its parties by name")
            check(seed["date"] in card.inner_text() and "Tokyo" in card.inner_text(), "… with its date and place")
            expect(page.locator("#live-text")).to_have_text("live", timeout=10_000)
            check(True, "the live indicator says live")
            rows = page.locator("#commitments tr")
            total = server.get("/commitments?limit=1")["total"]
            expect(rows).to_have_count(total, timeout=10_000)
            check(True, f"the commitments table lists all {total} commitments")

            # A filter narrows the table, and the URL says so.
            facets = server.get("/commitments?limit=1&facets=category")["facets"]["category"]
            category, count = min(facets.items(), key=lambda item: item[1])
            page.select_option("#f-category", category)
            expect(rows).to_have_count(count, timeout=10_000)
            check(count < total, f"filtering by category {category} narrows {total} rows to {count}")
            check(f"category={category}" in page.url, "the filter is in the URL")
            page.reload()
            expect(rows).to_have_count(count, timeout=10_000)
            check(page.locator("#f-category").input_value() == category, "a reloaded URL keeps the filter")
            page.click("#f-clear")
            expect(rows).to_have_count(total, timeout=10_000)

            # Evidence: the highlighted text is exactly the commitment's span of the article.
            commitment = server.get("/commitments?agreement=" + seed["id"] + "&limit=1")["data"][0]
            article = server.get("/articles/" + commitment["articleId"])
            start, end = commitment["evidence"]["start"], commitment["evidence"]["end"]
            expected = article["text"][start:end]  # Python indexes code points, as the API counts
            page.locator(f'button[data-evidence="{commitment["id"]}"]').first.click()
            mark = page.locator("#evidence-mark")
            expect(mark).to_be_visible(timeout=10_000)
            check(mark.inner_text().strip() == expected.strip(), "the evidence view highlights the exact span")
            check("evidence=" in page.url, "the open evidence is in the URL")
            page.keyboard.press("Escape")
            expect(page.locator("#evidence")).not_to_be_visible()
            # The URL is rewritten by the dialog's close handler, which may run a moment after it hides
            # on a loaded machine: wait for it (bounded), then check.
            try:
                page.wait_for_function("() => !location.href.includes('evidence=')", timeout=5_000)
            except Exception:
                pass
            check("evidence=" not in page.url, "Escape closes it")

            # A new article appears without a reload, through /events.
            status, created = server.post("/articles", ARTICLE)
            check(status == 201, "the new article is accepted")
            expect(page.locator(".card", has_text="green hydrogen")).to_be_visible(timeout=10_000)
            check(True, "the new agreement appears on the open page without a reload")

            # The server goes away and comes back: the page says so and recovers. (The failed
            # requests meanwhile are expected console errors; script errors still count.)
            console_errors = list(problems)
            server.stop()
            expect(page.locator("#live-text")).to_contain_text("reconnecting", timeout=10_000)
            check(True, "the indicator says reconnecting when the server is gone")
            expect(page.locator("#live-text")).to_contain_text("stale since", timeout=15_000)
            check(True, "… and stale since the last contact once polling fails too")
            server = Server(port, data)
            expect(page.locator("#live-text")).to_have_text("live", timeout=20_000)
            check(True, "the page is live again after the server restarts")
            problems[:] = console_errors + [m for m in problems[len(console_errors):] if "Failed to load" not in m]

            if os.environ.get("SCREENSHOTS") == "1":
                os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
                page.goto(server.base + "/?party=JP")
                expect(page.locator("#live-text")).to_have_text("live", timeout=10_000)
                page.wait_for_timeout(500)
                page.screenshot(path=os.path.join(ROOT, "docs", "dashboard-desktop.png"), full_page=True)
                phone = browser.new_page(viewport={"width": 360, "height": 740}, device_scale_factor=2)
                phone.goto(server.base + "/")
                expect(phone.locator("#live-text")).to_have_text("live", timeout=10_000)
                phone.wait_for_timeout(500)
                phone.screenshot(path=os.path.join(ROOT, "docs", "dashboard-phone.png"))
                width = phone.evaluate("document.documentElement.scrollWidth")
                check(width <= 360, f"no sideways scrolling at 360 px (page is {width} px wide)")
                print("screenshots written to docs/")

            check(not foreign, "no request leaves the server's origin" + (f": {foreign}" if foreign else ""))
            check(not problems, "no script error or CSP violation" + (f": {problems}" if problems else ""))
            browser.close()
    finally:
        server.stop()
        shutil.rmtree(data, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        sys.exit(1)
    print("browser test passed")


if __name__ == "__main__":
    main()
