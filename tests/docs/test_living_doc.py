from __future__ import annotations

import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from castle_bdd.docs import RunRecord, merge, render
from tests.docs.conftest import bodies, body_of, note_kinds

GIFT_CARDS = """
    @cards
    Feature: Gift cards
      Cards are issued and spent.

      Background:
        Given a card "GC-0" worth 10

      @smoke
      Scenario: Spending part of the balance
        Given a card "GC-1" worth 100
        When "GC-1" redeems 30
        Then it works

      Scenario: Spending too much
        Given a card "GC-1" worth 100
        When "GC-1" redeems 130
        Then it breaks with the balance is too low

      Rule: time passes
        Scenario Outline: Waiting <days> days
          When <days> days elapse
          Then it works
          Examples:
            | days |
            | 1    |
            | 31   |
"""

HOSTILE = """
    @x<script>alert(1)</script>
    Feature: <script>alert("feature")</script>
      <img src=x onerror=alert(2)>

      Scenario: <b>bold</b> & "quoted"
        Given a card "<script>alert(3)</script>" worth 5
        When "<i>GC</i>" redeems 130
        Then it breaks with <script>alert(4)</script>
"""


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    return parser.tags


def _record(tmp_path: Path, run_suite: Callable[..., Any], features: dict[str, str]) -> RunRecord:
    run_suite(features, "-f", "castle_bdd.docs:RunRecordFormatter", "-o", "run.json")
    return RunRecord.from_json(json.loads((tmp_path / "run.json").read_text()))


def test_every_scenario_is_present_with_its_status(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    result = run_suite(
        {"cards.feature": GIFT_CARDS}, "-f", "castle_bdd.docs:LivingDocFormatter", "-o", "doc.html"
    )
    assert "1 failed" in result.stdout + result.stderr
    html = (tmp_path / "doc.html").read_text()
    articles = [attrs for tag, attrs in _elements(html) if tag == "article"]
    assert [a["class"] for a in articles] == ["passed", "failed", "outline passed"]
    assert "Spending part of the balance" in html and "Waiting 31 days" in html
    assert "rule: time passes" in html
    outline = html[html.index("Waiting &lt;days&gt; days") :]
    assert outline.count('<td class="status-cell">') == 2, "one outline, a status per row"


def test_a_scenario_that_errs_is_a_failure_like_any_other(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    crashing = """
        Feature: Crashes
          Scenario: A step of the project's crashes
            When "GC-1" redeems 30
            Then it crashes

          Scenario: A step nobody wrote
            When "GC-1" redeems 30
            Then the moon is full
    """
    run_suite(
        {"crash.feature": crashing}, "-f", "castle_bdd.docs:LivingDocFormatter", "-o", "d.html"
    )
    html = (tmp_path / "d.html").read_text()
    articles = [attrs for tag, attrs in _elements(html) if tag == "article"]
    assert [a["class"] for a in articles] == ["failed", "failed"], "behave's error: a failure"
    assert "Failed first: 2 scenarios" in html and "2 scenarios, 2 failed" in html
    assert 'data-status="failed">failed<span class="count">2</span>' in html
    assert all(body["x"] is True for body in bodies(html)), "drawn as far as it got"


def test_a_step_of_the_project_that_raises_shows_its_own_frames(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    crashing = """
        Feature: Crashes
          Scenario: A step of the project's crashes
            When "GC-1" redeems 30
            Then it crashes
    """
    run_suite(
        {"crash.feature": crashing}, "-f", "castle_bdd.docs:LivingDocFormatter", "-o", "d.html"
    )
    (error,) = [body["e"] for body in bodies((tmp_path / "d.html").read_text())]
    assert error.startswith("the step \"Then it crashes\" raised KeyError: 'missing'\n")
    assert "features/steps/doc_steps.py:" in error and '{}["missing"]' in error
    assert "Traceback" not in error and "behave" not in error, "behave's frames left out"


def test_a_scenario_is_drawn_as_an_event_model(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    run_suite(
        {"cards.feature": GIFT_CARDS}, "-f", "castle_bdd.docs:LivingDocFormatter", "-o", "doc.html"
    )
    html = (tmp_path / "doc.html").read_text()
    drawn = body_of(html, "cards--spending-too-much")
    assert note_kinds(drawn) == ["event", "event", "command", "error"]
    assert drawn["x"] is True and "the balance is too low" in drawn["e"]
    assert "InsufficientBalance" in str(drawn) and "balance is 100" in str(drawn)
    assert "time" in [kind for body in bodies(html) for kind in note_kinds(body)]


def test_the_glossary_lists_every_message_and_what_no_scenario_uses(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    record = _record(tmp_path, run_suite, {"cards.feature": GIFT_CARDS})
    names = {m.name: m.kind for m in record.messages}
    assert names["CardIssued"] == "event" and names["RedeemCard"] == "command"
    assert names["MarkAsOverdue"] == "command" and names["InsufficientBalance"] == "exception"
    html = render(record)
    row = html[html.index('id="m-CardIssued"') :].split("</tr>")[0]
    assert "Spending part of the balance" in row and "card_id" in row
    untested = html[html.index('id="m-InvoicePaid"') :].split("</tr>")[0]
    assert "untested" in untested
    assert 'id="h-GiftCard"' in html and 'id="h-InvoicingSaga"' in html


def test_filters_and_counts_work_offline(tmp_path: Path, run_suite: Callable[..., Any]) -> None:
    record = _record(tmp_path, run_suite, {"cards.feature": GIFT_CARDS})
    html = render(record)
    elements = _elements(html)
    assert not [a for tag, a in elements if tag in ("link", "img") or a.get("src")]
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
    chips = {a.get("data-tag") for tag, a in elements if tag == "button" and a.get("data-tag")}
    assert chips == {"cards", "smoke"}
    assert all(a.get("aria-pressed") == "false" for tag, a in elements if tag == "button")
    assert re.search(r'data-tag="smoke">@smoke<span class="count">1</span>', html)
    assert re.search(r'data-status="passed">passed<span class="count">3</span>', html)


def test_hostile_text_produces_no_live_markup(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    run_suite(
        {"hostile.feature": HOSTILE}, "-f", "castle_bdd.docs:LivingDocFormatter", "-o", "doc.html"
    )
    html = (tmp_path / "doc.html").read_text()
    elements = _elements(html)
    scripts = [attrs.get("type") for tag, attrs in elements if tag == "script"]
    assert scripts == ["application/json", None], "one script runs; the other is data"
    data = bodies(html)
    assert "<script>alert(4)</script>" in data[0]["e"], "user text kept as data"
    assert "<script>alert" not in html.split('type="application/json">')[1].split("</script>")[0]
    assert "img" not in {tag for tag, _ in elements} and "\\u003ci\\u003eGC" in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &#34;quoted&#34;" in html
    assert not [a for _, a in elements if any(k.startswith("on") for k in a)]
    assert "&lt;script&gt;alert(&#34;feature&#34;)&lt;/script&gt;" in html
    tags = [a["data-tags"] or "" for tag, a in elements if tag == "article"]
    assert tags == ["x<script>alert(1)</script>"], "an attribute's text, not markup"


def test_markdown_escapes_and_lists_everything(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    record = _record(tmp_path, run_suite, {"cards.feature": GIFT_CARDS, "hostile.feature": HOSTILE})
    markdown = render(record, "markdown")
    assert "#### Spending too much — failed" in markdown
    outside_code = re.sub(r"```text\n.*?```", "", markdown, flags=re.S)
    assert "<script>" not in outside_code and "&lt;script&gt;" in outside_code
    assert "| when | command | RedeemCard | card\\_id=GC-1, amount=30 |" in markdown
    assert "| InvoicePaid | event | invoice\\_id: str | **untested** |" in markdown


def test_a_document_sent_to_the_console_while_its_file_gets_another_formatter_is_told(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    formats = ["-f", "plain", "-f", "castle_bdd.docs:LivingDocFormatter", "-o", "doc.html"]
    result = run_suite({"cards.feature": GIFT_CARDS}, *formats)
    assert "<!DOCTYPE html>" in result.stdout and "Feature:" in (tmp_path / "doc.html").read_text()
    assert "the living document was written to the console, and doc.html holds" in result.stderr
    assert "Write -f living -o doc.html first" in result.stderr
    in_order = ["-f", "castle_bdd.docs:LivingDocFormatter", "-o", "doc.html", "-f", "plain"]
    assert "castle-bdd:" not in run_suite({"cards.feature": GIFT_CARDS}, *in_order).stderr


def test_markdown_from_the_formatter_by_file_name(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    run_suite(
        {"cards.feature": GIFT_CARDS}, "-f", "castle_bdd.docs:LivingDocFormatter", "-o", "doc.md"
    )
    assert (tmp_path / "doc.md").read_text().startswith("# Living documentation")


def test_records_of_several_runs_merge_into_one_document(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    first = _record(tmp_path, run_suite, {"cards.feature": GIFT_CARDS})
    (tmp_path / "features" / "cards.feature").unlink()
    second = _record(tmp_path, run_suite, {"hostile.feature": HOSTILE})
    merged = merge([second, first])
    assert [f.filename for f in merged.features] == [
        "features/cards.feature",
        "features/hostile.feature",
    ]
    assert len({m.name for m in merged.messages}) == len(merged.messages) == len(first.messages)
    assert RunRecord.from_json(merged.to_json()) == merged
    html = render(merged)
    assert html.count("<article ") == 4 and html.count('<td class="status-cell">') == 2
