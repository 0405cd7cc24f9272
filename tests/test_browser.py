"""A councillor uses the search page in a real browser (Debian's chromium, driven by Playwright)."""

from __future__ import annotations

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def kinds_shown(page) -> list[str]:
    return [e.get_attribute("data-kind") for e in page.locator(".item-passage").all()]


def test_councillor_asks_clicks_the_citation_and_sees_the_passage(server, page, tmp_path):
    page.goto(server)
    page.fill("input[name=q]", "how much Partners in Practice funding did we get for 2020/21?")
    page.click("button[type=submit]")
    first = page.locator("li.item-result").first  # results come grouped by agenda item
    citation = first.locator("a.item-cite")
    assert "002_0c58d18dfcc19434.txt" in citation.inner_text()
    assert "Partners in Practice Programme Update" in citation.inner_text()
    assert "£1,207,908" in first.locator("mark.answer").first.inner_text()
    page.screenshot(path=str(tmp_path / "results.png"), full_page=True)

    citation.click()
    page.wait_for_load_state()
    assert "/documents/002_0c58d18dfcc19434.txt" in page.url
    target = page.locator(".passage:target")
    assert "£1,207,908" in target.inner_text()
    assert "£1,207,908" in page.locator("mark.answer").first.inner_text()
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.screenshot(path=str(tmp_path / "source.png"))


def test_page_is_usable_at_phone_width(server, browser, tmp_path):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(f"{server}/?q=Bite+Size+Briefing")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    context.close()


def test_filter_state_lives_in_the_url(server, page):
    page.goto(server)
    page.fill("input[name=q]", "report be noted")
    page.click("summary")
    page.select_option("select[name=kind]", "resolution")
    page.click("button[type=submit]")
    url = page.url
    assert "kind=resolution" in url
    shown = kinds_shown(page)
    assert shown and set(shown) == {"resolution"}
    citations = page.locator("a.cite").all_inner_texts()

    page.goto("about:blank")
    page.goto(url)
    assert page.locator("a.cite").all_inner_texts() == citations
    assert page.locator("select[name=kind]").input_value() == "resolution"


def test_following_a_search_gives_a_feed_link(server, page):
    page.goto(f"{server}/?q=neglect+strategy")
    page.click("text=Follow this search")
    page.wait_for_load_state()
    assert "/saved-searches/" in page.url
    href = page.locator("a.feed").get_attribute("href")
    assert href.endswith(".atom")


def test_an_operator_typed_in_the_box_filters_like_the_form(server, page):
    page.goto(server)
    page.fill("input[name=q]", "Bite Size Briefing kind:resolution")
    page.click("button[type=submit]")
    kinds = kinds_shown(page)
    assert kinds and set(kinds) == {"resolution"}
    assert page.locator("b.word").first.inner_text().lower() in {"bite", "size", "briefing", "briefings"}


def test_a_bad_operator_says_what_is_valid_and_links_the_tips(server, page):
    page.goto(f"{server}/?q=colour%3Ablue+funding")
    assert "unknown operator colour:" in page.locator(".error").inner_text()
    page.click(".error a")
    assert page.url.endswith("/help")
    assert "committee:" in page.locator("table").inner_text()


def test_clicking_a_facet_narrows_the_results(server, page):
    page.goto(f"{server}/?q=neglect+strategy&k=10")
    facet = page.locator("a.facet[data-facet=kind]", has_text="minutes")
    count = int(facet.locator("xpath=following-sibling::span").inner_text())
    facet.click()
    page.wait_for_load_state()
    assert "kind=minutes" in page.url and "q=neglect+strategy" in page.url
    kinds = kinds_shown(page)
    assert kinds and set(kinds) == {"minutes"}
    narrowed = page.locator("a.facet[data-facet=kind]")
    assert narrowed.all_inner_texts() == ["minutes"]  # every minutes passage that matched still matches
    assert int(narrowed.locator("xpath=following-sibling::span").inner_text()) >= count


def test_a_grouped_result_opens_its_paper_at_the_passage(server, page):
    page.goto(f"{server}/?q=neglect+strategy")
    item = page.locator("li.item-result").first
    assert "Lancashire Getting to Good Plan" in item.locator("a.item-cite").inner_text()
    second = item.locator(".item-passage").nth(1)
    quoted = second.locator("blockquote").inner_text()
    second.locator("a.passage-cite").click()
    page.wait_for_load_state()
    assert "/documents/003_b60ef20dbfde3d98.txt" in page.url
    target = page.locator(".passage:target")
    assert " ".join(target.inner_text().split()) == " ".join(quoted.split())
    assert page.locator("mark.answer").first.inner_text() in target.inner_text()

    page.go_back()
    page.click("a.switch")  # back to single passages
    assert "group=passage" in page.url and page.locator("li.result").count() == 5


def test_nonsense_gets_an_honest_no_match_page(server, page, tmp_path):
    page.goto(server)
    page.fill("input[name=q]", "spaceship koala")
    page.click("button[type=submit]")
    assert "Nothing in the papers matches" in page.locator(".no-match").inner_text()
    assert page.locator("li.result, li.item-result").count() == 0
    page.screenshot(path=str(tmp_path / "no-match.png"))
    page.click("a.closest")
    assert "strict=false" in page.url
    assert "may not answer" in page.locator(".weak").inner_text()
    assert page.locator("li.item-result").count() > 0
