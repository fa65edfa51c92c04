"""What a person sees: pages load without console errors, Persian and Arabic read right to left."""

from __future__ import annotations


def test_document_list_page(page, live_server, screenshot):
    page.goto(live_server + "/")
    assert page.locator("table.list tbody tr").count() == 5
    screenshot(page, "documents")
    assert page.console_errors == []


def test_persian_article_is_rtl_with_highlight_toggles(page, live_server, screenshot):
    page.goto(live_server + "/")
    page.locator('td[lang=fa] a[href*="003_"]').click()
    page.wait_for_url("**/documents/*")
    article = page.locator("#article-text")
    direction = article.evaluate("el => getComputedStyle(el).direction")
    assert direction == "rtl"
    page.locator("summary").click()
    assert page.locator("details.removed li").count() > 0
    box = page.locator(".toggles input[data-kind=entities]")
    box.uncheck()
    assert "hide-entities" in page.evaluate("document.body.className")
    screenshot(page, "article-fa")
    assert page.console_errors == []


def test_phone_width_has_no_horizontal_scroll(browser, live_server, screenshot):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(live_server + "/documents/004_8d11bf5806d1ab79")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1
    screenshot(page, "article-ar-phone")
    context.close()


def test_cross_script_search(page, live_server, screenshot):
    page.goto(live_server + "/search")
    page.fill("input[name=q]", "الکاظمی")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("#hit-count")
    assert page.locator("li.hit").count() == 5
    assert page.locator("p.snippet mark").first.inner_text() in ("الكاظمي", "الکاظمی")
    screenshot(page, "search")
    assert page.console_errors == []
