"""What a reader of issue 22 sees, in a real Chromium over a real server: three interface
languages with a mirrored layout, charts with data, entity chips that resolve, facets that
change the results, no sideways scrolling on a phone, and API docs that need no internet."""

from __future__ import annotations

import re

import pytest

LANGS = ("en", "ar", "fa")
PERSIAN_DIGIT = re.compile("[۰-۹]")


def first_story(page, live_server) -> str:
    page.goto(live_server + "/")
    return page.locator("#stories tbody tr a").first.get_attribute("href")


def test_language_switch_mirrors_the_layout_and_is_remembered(page, live_server, screenshot):
    page.goto(live_server + "/")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    brand_ltr = page.locator("a.brand").bounding_box()
    page.locator("header .langs a.ui-fa").click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.lang") == "fa"
    assert page.evaluate("document.documentElement.dir") == "rtl"
    brand_rtl = page.locator("a.brand").bounding_box()
    assert brand_rtl["x"] > brand_ltr["x"] + 300  # the brand moved to the right
    assert page.locator("header nav a").first.inner_text() == "رویدادها"
    page.goto(live_server + "/documents")  # no ?ui=: the cookie remembers
    assert page.evaluate("document.documentElement.lang") == "fa"
    assert page.locator("h1").first.inner_text() == "اسناد"
    # Persian readers get the Jalali calendar, with the stored date on hover
    day = page.locator("#documents time").first
    assert PERSIAN_DIGIT.search(day.inner_text())
    assert re.match(r"\d{4}-\d{2}", day.get_attribute("title"))
    screenshot(page, "documents-fa")
    page.goto(live_server + "/?ui=ar")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.locator("header nav a").first.inner_text() == "القصص"
    page.goto(live_server + "/?ui=en")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert page.console_errors == []


def test_calendar_choice(page, live_server):
    page.goto(live_server + "/documents?ui=en&cal=hijri")
    assert "AH" in page.locator("#documents time").first.inner_text()
    page.goto(live_server + "/documents?cal=jalali")
    text = page.locator("#documents time").first.inner_text()
    assert re.search(r"13\d\d|14\d\d", text), text


def test_story_and_entity_charts_render_with_data(page, live_server, screenshot):
    page.goto(live_server + first_story(page, live_server))
    bars = page.locator("#coverage-chart ~ figure svg.chart.bars rect")
    assert bars.count() > 0
    assert page.locator("figure.chart ul.legend li").count() >= 1
    page.locator("details.chart-table summary").first.click()
    assert page.locator("details.chart-table table tbody tr").count() > 0
    screenshot(page, "story-charts")
    page.goto(live_server + "/entities")
    page.locator("#entities a", has_text="Mustafa al-Kadhimi").click()
    page.wait_for_url("**/entities/*")
    assert page.locator("#mentions-chart ~ figure svg.chart.bars rect").count() > 0
    assert page.locator("svg.chart.network circle").count() >= 2
    box = page.locator("svg.chart.network").bounding_box()
    assert box["width"] > 100 and box["height"] > 100
    assert page.console_errors == []


def test_every_entity_chip_resolves(page, live_server):
    story = first_story(page, live_server)
    hrefs: set[str] = set()
    page.goto(live_server + story)
    hrefs |= {a.get_attribute("href") for a in page.locator("a.chip").all()}
    hrefs |= {a.get_attribute("href") for a in page.locator("h3 a.speaker").all()}
    doc = page.locator("section.outlet h3 a").first.get_attribute("href")
    page.goto(live_server + doc)
    doc_chips = {a.get_attribute("href") for a in page.locator("#entity-chips a.chip").all()}
    assert doc_chips, "a document with names shows their chips"
    hrefs |= doc_chips
    hrefs |= {a.get_attribute("href") for a in page.locator("a.mark-link").all()}
    assert len(hrefs) >= 3
    for href in sorted(hrefs):
        response = page.request.get(live_server + href)
        assert response.status == 200, href


def test_breadcrumbs_twins_and_html_error_pages(page, live_server):
    page.goto(live_server + first_story(page, live_server))
    assert page.locator("nav.crumbs a").count() >= 2
    for twin in page.locator("a.twin").all():
        assert page.request.get(live_server + twin.get_attribute("href")).status == 200
    response = page.goto(live_server + "/stories/no-such-story?ui=fa")
    assert response.status == 404
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.locator("h1").inner_text() == "یافت نشد"
    assert page.request.get(live_server + "/api/v1/stories/no-such-story").status == 404


def test_facets_change_the_results(page, live_server):
    page.goto(live_server + "/documents?ui=en")
    every = page.locator("#documents tbody tr").count()
    page.locator('.facet[data-facet=lang] a[href*="lang=fa"]').click()
    page.wait_for_url("**lang=fa**")
    rows = page.locator("#documents tbody tr")
    assert 0 < rows.count() < every
    assert page.locator("#documents tbody td[lang=fa]").count() == rows.count()
    page.goto(live_server + "/?lang=fa")  # the home page takes ?lang= too
    fa_stories = page.locator("#stories tbody tr").count()
    page.goto(live_server + "/?lang=en")
    assert (
        fa_stories >= 1
        and page.locator("#stories tbody tr").count() != fa_stories
        or (page.locator("#story-count").inner_text() != "")
    )
    page.goto(live_server + "/entities")
    everyone = page.locator("#entities tbody tr").count()
    page.locator('.facet[data-facet=type] a[href*="type=PER"]').click()
    page.wait_for_url("**type=PER**")
    people = page.locator("#entities tbody tr").count()
    assert 0 < people < everyone


def test_quote_and_search_facets_change_the_results(page, live_server):
    page.goto(live_server + "/quotes?ui=en")
    said = page.locator("ul.quotes li.quote")
    every = said.count()
    page.locator('.facet[data-facet=lang] a[href*="lang=fa"]').click()
    page.wait_for_url("**lang=fa**")
    assert 0 < said.count() < every
    assert page.locator("ul.quotes li.quote p.said[lang=fa]").count() == said.count()
    page.goto(live_server + "/search?ui=en&q=الکاظمی")
    hits = page.locator("li.hit")
    found = hits.count()
    page.locator('.facet[data-facet=lang] a[href*="lang=ar"]').click()
    page.wait_for_url("**lang=ar**")
    assert 0 < hits.count() < found
    assert page.locator("li.hit > a[lang=ar]").count() == hits.count()


def test_outlets_by_story_heat_map_has_data(page, live_server):
    page.goto(live_server + "/?ui=en")
    heat = page.locator("table#heat")
    assert heat.locator("thead th.outlet-name").count() >= 1
    covered = heat.locator("td.on a")
    assert covered.count() >= 1
    href = covered.first.get_attribute("href")  # a cell lists that outlet's articles
    page.goto(live_server + href)
    assert page.locator("#documents tbody tr").count() >= 1


@pytest.mark.parametrize("ui", LANGS)
def test_no_horizontal_scroll_on_a_phone(browser, live_server, ui, screenshot):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server + "/")
    story = page.locator("#stories tbody tr a").first.get_attribute("href")
    page.goto(live_server + "/entities")
    entity = page.locator("#entities tbody tr a").first.get_attribute("href")
    page.goto(live_server + "/documents")
    document = page.locator("#documents tbody tr a").first.get_attribute("href")
    paths = ["/", "/documents", "/entities", "/quotes", "/search?q=الکاظمی", story, entity]
    paths.append(document)
    for path in paths:
        page.goto(f"{live_server}{path}{'&' if '?' in path else '?'}ui={ui}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 391, (path, width)
    page.goto(f"{live_server}/?ui={ui}")
    # a list table reflows into cards: its header row is hidden, each cell labelled
    assert page.locator("#stories thead").evaluate("el => el.getBoundingClientRect().height") <= 1
    screenshot(page, f"stories-phone-{ui}")
    context.close()


@pytest.mark.parametrize("ui", LANGS)
def test_a_table_wider_than_the_phone_scrolls_in_its_box_not_the_page(browser, live_server, ui):
    """The outlets x stories table on a screen narrower than itself: it scrolls inside its own
    box, and nothing in it (its screen-reader text included) widens the page."""
    context = browser.new_context(viewport={"width": 260, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server}/?ui={ui}")
    box = page.locator("div.scroll:has(table.heat)")
    assert box.evaluate("el => el.scrollWidth > el.clientWidth")  # the table is wider
    # an uncovered cell's screen-reader text, as a larger archive has them, in the far cell
    box.evaluate(
        "el => { const s = document.createElement('span'); s.className = 'sr-only';"
        " s.textContent = 'not covered'; el.querySelector('tr:last-child > :last-child')"
        ".appendChild(s); }"
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 261
    context.close()


def test_api_docs_render_offline(browser, live_server):
    context = browser.new_context()
    page = context.new_page()
    outside: list[str] = []

    def only_local(route):
        if route.request.url.startswith(live_server):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(live_server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".swagger-ui .opblock").count() > 10
    assert outside == []
    context.close()
