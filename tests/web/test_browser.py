"""The pages in a real headless Chromium (Debian's /usr/bin/chromium, driven
by Playwright): open home, search and narrow by a facet, open a document,
follow a highlighted actor; check that the hostile document's script never
runs and its text shows as written. Each page is screenshotted and checked
by its text, not its pixels."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.web.conftest import ATTRIBUTE, IMG, SCRIPT, Site

from communique.web.app import create_app
from communique.web.loopback import CHROMIUM, CHROMIUM_ARGS, serving

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason=f"no Chromium at {CHROMIUM} (install it: apt-get install -y chromium)",
)


@pytest.fixture(scope="module")
def base_url(site: Site) -> Iterator[str]:
    with serving(create_app(site.db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS), headless=True)
        yield b
        b.close()


class Watch:
    """What a page did that it should not: dialogs, script errors, CSP
    violations, requests to anywhere but our server."""

    def __init__(self, page: Any, base_url: str) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []

        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on(
            "console",
            lambda msg: self.errors.append(msg.text) if msg.type == "error" else None,
        )
        page.on(
            "request",
            lambda req: None if req.url.startswith(base_url) else self.foreign.append(req.url),
        )

    def assert_clean(self) -> None:
        assert self.dialogs == [], self.dialogs
        assert self.errors == [], self.errors
        assert self.foreign == [], self.foreign


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    p = context.new_page()
    p.set_default_timeout(10_000)
    watch = Watch(p, base_url)
    yield p, watch
    context.close()


def shot(page: Any, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 1000
    return path


def test_home(page: tuple[Any, Watch], base_url: str, tmp_path: Path) -> None:
    p, watch = page
    p.goto(base_url + "/")
    assert p.locator("h1").inner_text() == "The dossier"
    assert "10 documents from 9 files" in p.locator("main").inner_text()
    assert p.locator("figure.chart svg rect").count() >= 5
    assert "resolution (2)" in p.locator("ul.legend").inner_text()
    shot(p, tmp_path, "home")
    watch.assert_clean()


def test_search_with_a_facet_then_open_a_document(
    page: tuple[Any, Watch], base_url: str, tmp_path: Path
) -> None:
    p, watch = page
    p.goto(base_url + "/search")
    p.fill("#q", "water")
    p.press("#q", "Enter")
    p.wait_for_url("**/search?q=water*")
    everything = p.locator("#h-results").inner_text()
    assert "matching clause" in everything
    assert p.locator("ol.hits mark").count() > 0
    p.locator("aside.facets a", has_text="resolution").first.click()
    p.wait_for_url("**type=resolution*")
    narrowed = p.locator("#h-results").inner_text()
    assert narrowed != everything
    badges = p.locator("ol.hits .badge").all_inner_texts()
    assert badges and set(badges) == {"resolution"}
    shot(p, tmp_path, "search")
    p.locator("ol.hits h3 a").first.click()
    p.wait_for_url("**/document/**")
    assert p.locator("#h-operative").inner_text() == "Operative clauses"
    assert p.locator("li.clause:target").count() == 1  # the matching clause is the anchor
    shot(p, tmp_path, "document")
    watch.assert_clean()


def test_follow_a_highlighted_actor(
    page: tuple[Any, Watch], base_url: str, site: Site, tmp_path: Path
) -> None:
    p, watch = page
    p.goto(f"{base_url}/document/{site.hostile.id}")
    p.locator("a.ann-actor", has_text="Republic of Valdoria").click()
    p.wait_for_url("**/actor/VAL")
    assert "Republic of Valdoria" in p.locator("h1").inner_text()
    assert "Republic of Valdoria" in p.locator("main").inner_text()
    shot(p, tmp_path, "actor")
    watch.assert_clean()


def test_hostile_document_runs_nothing_and_reads_as_written(
    page: tuple[Any, Watch], base_url: str, site: Site, tmp_path: Path
) -> None:
    p, watch = page
    p.goto(f"{base_url}/document/{site.hostile.id}")
    for clause in p.locator("li.clause p").all():
        clause.hover()  # an injected onmouseover would fire here
    text = p.locator("main").inner_text()
    stored = [c.text for c in site.hostile.clauses]
    for words in stored:
        assert words in text, words
    assert SCRIPT in text and IMG in text and ATTRIBUTE in text
    assert p.title().startswith(f"FINAL COMMUNIQUE OF THE HOSTILE TEST MEETING {SCRIPT}")
    assert p.locator("main script, main img, [onmouseover], [onerror]").count() == 0
    assert p.evaluate("() => document.scripts.length") == 0
    shot(p, tmp_path, "hostile")
    p.goto(f"{base_url}/search?q=respect")
    assert SCRIPT in p.locator("ol.hits").inner_text()
    watch.assert_clean()


def test_keyboard_skip_link(page: tuple[Any, Watch], base_url: str) -> None:
    p, _ = page
    p.goto(base_url + "/")
    p.keyboard.press("Tab")
    assert p.evaluate("() => document.activeElement.textContent") == "Skip to content"
    p.keyboard.press("Enter")
    assert p.evaluate("() => document.activeElement.id") == "main"


def test_phone_width_has_no_sideways_scroll(browser: Any, base_url: str, site: Site) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    p = context.new_page()
    for url in (
        "/",
        "/search?q=water",
        f"/document/{site.resolution_id}",
        "/documents",
        "/mandates",
        f"/meeting/{site.disputed_meeting_id}",
        f"/compare?a={site.resolution_id}&b={site.other_resolution_id}",
        "/phrases?q=water",
    ):
        p.goto(base_url + url)
        width = p.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 362, (url, width)
    context.close()


def test_mandates_board(page: tuple[Any, Watch], base_url: str, tmp_path: Path) -> None:
    p, watch = page
    p.goto(base_url + "/")
    p.locator("header nav a", has_text="Mandates").click()
    p.wait_for_url("**/mandates")
    assert p.locator("h1").inner_text() == "Mandates"
    headings = p.locator(".board h2").all_inner_texts()
    assert [h.split(" (")[0] for h in headings] == [
        "Open",
        "Reported",
        "Reiterated",
        "Superseded",
        "Lapsed",
    ]
    text = p.locator("main").inner_text()
    assert "the Secretary-General" in text
    assert SCRIPT in text  # a mandate's clause as printed, markup shown as text
    assert p.locator("main script").count() == 0
    shot(p, tmp_path, "mandates")
    p.select_option("#status", "reported")
    p.locator("form.filters button").click()
    p.wait_for_url("**/mandates?*status=reported*")
    assert [h.split(" (")[0] for h in p.locator(".board h2").all_inner_texts()] == ["Reported"]
    watch.assert_clean()


def test_meeting_with_a_disagreement(
    page: tuple[Any, Watch], base_url: str, site: Site, tmp_path: Path
) -> None:
    p, watch = page
    p.goto(base_url + "/meetings")
    p.locator(f'a[href="/meeting/{site.disputed_meeting_id}"]').click()
    p.wait_for_url(f"**/meeting/{site.disputed_meeting_id}")
    disputes = p.locator("section.disputes").inner_text()
    assert "sources disagree" in disputes
    assert "25 September 2019" in disputes and "26 September 2019" in disputes
    assert p.locator("section.disputes a").count() >= 2  # each value names its source
    shot(p, tmp_path, "meeting")
    watch.assert_clean()


def test_compare_two_documents(
    page: tuple[Any, Watch], base_url: str, site: Site, tmp_path: Path
) -> None:
    p, watch = page
    p.goto(f"{base_url}/document/{site.resolution_id}")
    p.locator("#h-compare ~ ul a").first.click()
    p.wait_for_url("**/compare?a=*")
    p.goto(base_url + "/compare")
    p.fill("#a", site.resolution_id)
    p.fill("#b", site.other_resolution_id)
    p.locator("form.filters button").click()
    p.wait_for_url("**/compare?a=*&b=*")
    assert "4/12-POL" in p.locator("h1").inner_text()
    assert p.locator("table.comparison del").count() > 0
    assert p.locator("table.comparison ins").count() > 0
    assert p.locator("table.comparison del").first.inner_text().strip()
    shot(p, tmp_path, "compare")
    watch.assert_clean()


def test_phrase_history(page: tuple[Any, Watch], base_url: str, tmp_path: Path) -> None:
    p, watch = page
    p.goto(base_url + "/phrases")
    p.fill("#q", "Marrow Basin")
    p.press("#q", "Enter")
    p.wait_for_url("**/phrases?q=Marrow*")
    assert "contain “Marrow Basin”" in p.locator("main").inner_text()
    assert p.locator("figure.chart svg rect").count() >= 2
    assert p.locator("ul.occurrences li a").count() >= 1
    shot(p, tmp_path, "phrases")
    watch.assert_clean()
