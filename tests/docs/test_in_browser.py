"""The living document driven in headless Chromium: one browser for the whole module.

Without chromium, chromedriver, selenium or axe-core the module is skipped with the
reason, except on CI (.ci/run sets CASTLE_BDD_REQUIRE_BROWSER), where it fails.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from castle_bdd.docs import render
from castle_bdd.docs.model import FeatureRecord, RunRecord, ScenarioRecord, TimelineEntry
from tests.docs import browser
from tests.docs.conftest import body_of

ROOT = Path(__file__).resolve().parents[2]


def _tools_or_skip() -> None:
    absent = browser.missing()
    if absent is None:
        return
    if os.environ.get(browser.REQUIRED):
        pytest.fail(f"the browser tests need {absent}", pytrace=False)
    pytest.skip(f"the browser tests need {absent}")


@cache
def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_living_doc", ROOT / "bench/bench_living_doc.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The passing suite, a suite with failures, and 5,000 scenarios, written to disk."""
    _tools_or_skip()
    folder = tmp_path_factory.mktemp("documents")
    bench = _bench()
    records = {
        "passing": bench.recorded("features"),
        "failing": bench.suite_record(60),
        "wrong": bench.recorded(*bench._SOURCES[1]),
        "5000": bench.suite_record(5000),
        "values": _values_of_every_shape(),
    }
    paths = {}
    for name, record in records.items():
        paths[name] = folder / f"{name}.html"
        paths[name].write_text(render(record), encoding="utf-8")
    return paths


def _values_of_every_shape() -> RunRecord:
    """One scenario whose aggregate's id is written in lower case, with an empty mapping
    and a list of value objects that do not all have the same fields; an outline whose
    rows failed and failed as expected."""
    lines = [{"sku": "TEA"}, {"sku": "CAKE", "gift": "yes"}]
    fields = {"card_id": "gc-1", "notes": {}, "lines": lines}
    issued = TimelineEntry("given", "event", "CardIssued", fields, source="gc-1")
    scenario = ScenarioRecord("Issuing", "Scenario", 3, "passed", [], timeline=[issued])
    rows = [
        ScenarioRecord(
            f"Tiers {tier}",
            "Scenario Outline",
            line,
            status,
            [],
            outline="Tiers <tier>",
            outline_line=7,
            examples={"tier": tier},
        )
        for line, tier, status in [(11, "basic", "failed"), (12, "gold", "expected failure")]
    ]
    cards = FeatureRecord("Cards", "features/cards.feature", 1, [], scenarios=[scenario, *rows])
    return RunRecord(features=[cards])


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    _tools_or_skip()
    driver = browser.start_chromium()
    yield driver
    driver.quit()


@pytest.fixture
def page(chromium: Any, documents: dict[str, Path]) -> Any:
    """A function that opens one document fresh, at the desktop size, on screen media."""

    def open_page(name: str, anchor: str = "") -> Any:
        chromium.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        chromium.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        chromium.get("about:blank")
        chromium.get(documents[name].as_uri() + anchor)
        browser.console_errors(chromium)  # what an earlier page left
        return chromium

    return open_page


def _shown(driver: Any) -> int:
    count: int = driver.execute_script(
        "return document.querySelectorAll('article:not(.hidden)').length"
    )
    return count


@pytest.mark.parametrize("name", ["passing", "failing", "wrong", "5000"])
def test_no_console_errors_and_no_accessibility_violations(page: Any, name: str) -> None:
    driver = page(name)
    if name != "5000":  # every scenario drawn and unfolded, as for printing
        driver.execute_script("window.dispatchEvent(new Event('beforeprint'))")
        assert driver.execute_script("return !document.querySelector('.body:empty')")
    violations = browser.axe_violations(driver)
    assert violations == [], violations
    assert browser.console_errors(driver) == []


def test_the_status_filter_shows_only_that_status(page: Any) -> None:
    driver = page("failing")
    everything = _shown(driver)
    chip = driver.find_element("css selector", '#status-filter [data-status="failed"]')
    chip.click()
    assert chip.get_attribute("aria-pressed") == "true"
    statuses = driver.execute_script(
        "return [...document.querySelectorAll('article:not(.hidden)')].map(a => a.className)"
    )
    assert statuses and all("failed" in status.split() for status in statuses)
    assert len(statuses) < everything
    chip.click()
    assert _shown(driver) == everything and chip.get_attribute("aria-pressed") == "false"
    assert browser.console_errors(driver) == []


def test_search_filters_by_any_text_and_escape_clears_it(page: Any) -> None:
    driver = page("failing")
    everything = _shown(driver)
    search = driver.find_element("id", "search")
    search.send_keys("InsufficientBalance")

    def shown_texts() -> list[str]:
        texts: list[str] = driver.execute_script(
            "return [...document.querySelectorAll('article:not(.hidden)')].map(a => a.textContent)"
        )
        return texts

    def filtered() -> bool:
        texts = shown_texts()
        return (
            bool(texts)
            and len(texts) < everything
            and all("InsufficientBalance" in text for text in texts)
        )

    # the page filters, then draws what it shows, as the browser finds time: wait for both
    browser.wait_until(filtered)
    found = shown_texts()
    assert driver.find_element("id", "shown").text.startswith(f"{len(found)} of ")
    search.send_keys("\ue00c")  # Escape
    assert _shown(driver) == everything and search.get_attribute("value") == ""


def _search(driver: Any, words: str) -> None:
    driver.execute_script(
        "const s = document.getElementById('search'); s.value = arguments[0];"
        "s.dispatchEvent(new Event('input'))",
        words,
    )


def test_search_shows_exactly_the_scenarios_whose_text_or_cards_hold_every_word(
    page: Any, documents: dict[str, Path]
) -> None:
    html = documents["failing"].read_text(encoding="utf-8")
    words = ["gc-1", "30"]  # a value on the cards, and a number in the steps
    headings = dict(
        re.findall(
            r'<article class="(?!outline)[^"]*" id="([^"]+)"[^>]*><h3>(.*?)</h3>', html, re.S
        )
    )
    expected = {
        anchor
        for anchor, heading in headings.items()
        if all(w in (heading + json.dumps(body_of(html, anchor))).lower() for w in words)
    }
    driver = page("failing")
    _search(driver, " ".join(words).upper())
    shown = driver.execute_script(
        "return [...document.querySelectorAll('article:not(.hidden):not(.outline)')].map(a => a.id)"
    )
    assert expected and set(shown) == expected
    assert len(shown) < len(headings)


def test_a_search_draws_what_comes_into_view_not_everything_it_reveals(page: Any) -> None:
    driver = page("5000")
    _search(driver, "redeem part")
    drawn = (
        "return [...document.querySelectorAll('article:not(.hidden)')]"
        ".map(a => !!a.querySelector('.body > *'))"
    )
    scroll_to = (
        "const shown = document.querySelectorAll('article:not(.hidden)');"
        "shown[arguments[0] < 0 ? shown.length - 1 : arguments[0]].scrollIntoView()"
    )
    driver.execute_script(scroll_to, 0)
    browser.wait_until(lambda: driver.execute_script(drawn)[0])
    found = driver.execute_script(drawn)
    assert 10 < len(found) <= 300, "the search opens the features of what it found"
    assert not found[-1], "what is far out of view is not drawn yet"
    driver.execute_script(scroll_to, -1)
    browser.wait_until(lambda: driver.execute_script(drawn)[-1])
    assert browser.console_errors(driver) == []


def _cards(driver: Any, anchor: str) -> list[dict[str, Any]]:
    """The expected and actual cards drawn in the Then lane of a scenario."""
    driver.execute_script("document.getElementById(arguments[0]).scrollIntoView()", anchor)
    cards = f"#{anchor} .compare .note"
    browser.wait_until(lambda: driver.execute_script(f"return !!document.querySelector('{cards}')"))
    found: list[dict[str, Any]] = driver.execute_script(
        f"return [...document.querySelectorAll('{cards}')].map(n => ({{kind: n.className,"
        " title: n.querySelector('b').textContent,"
        " differ: [...n.querySelectorAll('.diff')].map(d => d.textContent)}))"
    )
    return found


def test_a_wrong_state_is_drawn_as_expected_and_actual_cards_with_the_difference_marked(
    page: Any,
) -> None:
    driver = page("wrong")
    cards = _cards(driver, "wrong-expectations--a-wrong-state")
    assert [card["kind"] for card in cards] == ["note state", "note state"]
    assert [card["differ"] for card in cards] == [["remaining 60"], ["remaining 70"]]
    assert (
        driver.execute_script(
            "return document.querySelector('#wrong-expectations--a-wrong-state .note.stopped')"
        )
        is None
    ), "the cards replace the bare 'failed here' note"


def test_a_wrong_return_value_is_drawn_as_expected_and_actual_cards(page: Any) -> None:
    driver = page("wrong")
    cards = _cards(driver, "wrong-expectations--a-wrong-result")
    assert [(card["kind"], card["title"]) for card in cards] == [
        ("note result", "60"),
        ("note result", "70"),
    ]
    assert all(card["differ"] for card in cards)
    assert browser.console_errors(driver) == []


def test_a_cards_aggregate_id_is_shown_as_it_is_written(page: Any) -> None:
    driver = page("values")
    label = "#cards--issuing .note > span"
    browser.wait_until(lambda: driver.execute_script(f"return !!document.querySelector('{label}')"))
    shown = driver.execute_script(f"return document.querySelector('{label}').innerText")
    assert shown == "EVENT · gc-1", "the kind in capitals, the id as written"


def test_an_outline_with_a_failed_row_is_marked_failed_in_the_colour_of_failures(
    page: Any,
) -> None:
    driver = page("values")
    heading = "article.outline > h3 > .status"
    colours = driver.execute_script(
        "var s = function (q) { return getComputedStyle(document.querySelector(q)).background; };"
        f"return [s('{heading}'), s('td .status.failed'), s('td .status.expected-failure')]"
    )
    shown, failed, expected = colours
    assert driver.execute_script(f"return document.querySelector('{heading}').textContent") == (
        "failed"
    )
    assert shown == failed != expected, "not the colour of another row's status"


def test_a_cards_values_are_all_shown(page: Any) -> None:
    driver = page("values")
    card = "#cards--issuing .note"
    browser.wait_until(lambda: driver.execute_script(f"return !!document.querySelector('{card}')"))
    fields = driver.execute_script(
        f"return [...document.querySelectorAll('{card} > p')].map(p => p.innerText)"
    )
    assert fields[1] == "notes none", "an empty mapping, as an empty list"
    assert fields[2].split() == ["lines", "sku", "gift", "TEA", "CAKE", "yes"], (
        "every row's fields, though the first row lacks one"
    )


def test_the_whole_page_works_from_the_keyboard(page: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver = page("failing")
    keys = ActionChains(driver)
    keys.send_keys(Keys.TAB).perform()
    assert driver.switch_to.active_element.get_attribute("id") == "search"
    keys.send_keys(Keys.TAB).perform()
    chip = driver.switch_to.active_element
    assert chip.tag_name == "button" and chip.get_attribute("data-status")
    keys.send_keys(Keys.SPACE).perform()
    assert chip.get_attribute("aria-pressed") == "true"
    focus_ring = driver.execute_script(
        "return getComputedStyle(document.activeElement).outlineStyle"
    )
    assert focus_ring != "none"


def test_the_gherkin_text_toggle_is_remembered(page: Any) -> None:
    driver = page("passing")
    steps = driver.find_element("css selector", "article .gherkin")
    assert not steps.is_displayed()
    driver.find_element("id", "gherkin").click()
    assert steps.is_displayed()
    driver.refresh()
    assert driver.find_element("id", "gherkin").get_attribute("aria-pressed") == "true"
    assert driver.find_element("css selector", "article .gherkin").is_displayed()
    driver.find_element("id", "gherkin").click()  # back as it was, for the other tests


def test_a_deep_link_opens_what_holds_the_scenario(page: Any) -> None:
    driver = page("passing")
    anchor = driver.execute_script(
        "const d = document.querySelector('article details[id]'); return d && d.id"
    )
    assert anchor, "the passing suite has a Scenario Outline"
    driver = page("passing", f"#{anchor}")
    assert driver.execute_script(f"return document.getElementById('{anchor}').open") is True


def test_at_a_phones_width_nothing_overflows_and_lanes_stack(page: Any) -> None:
    for name in ("passing", "failing"):
        driver = page(name)
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True},
        )
        width = driver.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390, f"{name}: the page is {width} px wide"
        direction = driver.execute_script(
            "return getComputedStyle(document.querySelector('.timeline')).flexDirection"
        )
        assert direction == "column"


_SPLIT_WORDS = """
var split = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
var cells = "table.data th, table.data td, table.grid th, table.grid td";
for (var node = walker.nextNode(); node; node = walker.nextNode()) {
  var text = node.textContent.trim(), range = document.createRange();
  if (!text || /\\s/.test(text) || text.length > 20 || !node.parentElement.closest(cells)) {
    continue;  // only a short word in a table's cell
  }
  range.selectNodeContents(node);
  if (range.getClientRects().length > 1) { split.push(text); }
}
return split;
"""


@pytest.mark.parametrize("width", [390, 1280])
def test_a_tables_short_cells_keep_their_words_whole_and_the_page_does_not_overflow(
    page: Any, width: int
) -> None:
    driver = page("passing")
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 844, "deviceScaleFactor": 1, "mobile": width < 760},
    )
    driver.execute_script("window.dispatchEvent(new Event('beforeprint'))")  # draws every body
    driver.execute_script("document.body.classList.add('show-gherkin')")
    assert driver.execute_script("return document.querySelectorAll('table.data td').length")
    assert driver.execute_script(_SPLIT_WORDS) == []
    assert driver.execute_script("return document.documentElement.scrollWidth") <= width


def test_printing_drops_the_controls_and_keeps_the_steps(page: Any) -> None:
    driver = page("failing")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    shown = driver.execute_script(
        "const d = s => getComputedStyle(document.querySelector(s)).display;"
        "return [d('.toolbar'), d('nav.toc'), d('article .gherkin')]"
    )
    assert shown == ["none", "none", "block"]
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})
    assert base64.b64decode(pdf["data"]).startswith(b"%PDF")
