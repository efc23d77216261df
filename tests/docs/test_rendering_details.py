"""What the document shows of an outline, a glossary entry and a table, from records
written by hand (no behave run, no browser)."""

from __future__ import annotations

import re

import pytest

from castle_bdd.docs import RunRecord, render
from castle_bdd.docs.model import (
    FeatureRecord,
    MessageRecord,
    ScenarioRecord,
    TimelineEntry,
)


def _tiers(
    statuses: list[str], *, name: str = "Tiers <tier>", first_line: int = 11
) -> list[ScenarioRecord]:
    """The rows of one outline; each row publishes CardIssued, and rows share a name."""
    issued = TimelineEntry("then", "event", "CardIssued", {"card_id": "GC-1"})
    return [
        ScenarioRecord(
            "Tiers basic",
            "Scenario Outline",
            first_line + index,
            status,
            [],
            timeline=[issued],
            outline=name,
            outline_line=first_line - 4,
            examples={"tier": "basic"},
        )
        for index, status in enumerate(statuses)
    ]


def _document(*scenarios: ScenarioRecord, output_format: str = "html") -> str:
    feature = FeatureRecord("Cards", "features/cards.feature", 1, [], scenarios=list(scenarios))
    messages = [MessageRecord("CardIssued", "event", "domain")]
    return render(RunRecord(features=[feature], messages=messages), output_format)


def _outline_badge(html: str) -> str:
    found = re.search(
        r'<article class="outline[^"]*"[^>]*>\s*<h3><span class="status ([^"]+)">', html
    )
    assert found, "an outline is drawn"
    return found.group(1)


@pytest.mark.parametrize(
    ("statuses", "badge"),
    [
        (["passed", "expected failure"], "expected-failure"),
        (["expected failure", "passed"], "expected-failure"),
        (["passed", "fixed", "expected failure"], "fixed"),
        (["expected failure", "failed", "passed"], "failed"),
        (["skipped", "passed"], "passed"),
        (["passed", "not run"], "not-run"),
        (["skipped", "skipped"], "skipped"),
    ],
)
def test_an_outlines_badge_says_the_status_of_its_rows_a_reader_must_see(
    statuses: list[str], badge: str
) -> None:
    assert _outline_badge(_document(*_tiers(statuses))) == badge


def test_the_glossary_names_an_outline_once_however_many_of_its_rows_use_a_message() -> None:
    html = _document(
        ScenarioRecord(
            "Issuing", "Scenario", 3, "passed", [], timeline=_tiers(["passed"])[0].timeline
        ),
        *_tiers(["passed", "passed", "failed"]),
        *_tiers(["passed"], name="Tiers again", first_line=31),
    )
    used = html[html.index('id="m-CardIssued"') :].split("</tr>")[0]
    used_in = used.rsplit("<td>", 1)[1]
    assert used_in.startswith("5 scenarios:"), used_in
    assert used_in.count("Tiers basic") == 1, used_in
    assert 'Tiers &lt;tier&gt;</a> <span class="file">(3 examples)</span>' in used_in
    assert re.search(r'; <a href="#cards--tiers-basic[-0-9]*">Tiers basic</a></td>', used_in), (
        "a single row is named and linked as the row it is"
    )
    markdown = _document(*_tiers(["passed", "passed"]), output_format="markdown")
    row = next(line for line in markdown.splitlines() if line.startswith("| CardIssued"))
    assert row.endswith("| Tiers &lt;tier&gt; (2 examples) |"), row


def _overflow_wrap(css: str, cell: str) -> str:
    """The overflow-wrap the last rule of the page's style that names ``cell`` gives it."""
    found = ""
    for selectors, body in re.findall(
        r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    ):
        names = {s.strip() for s in selectors.split(",")}
        value = re.search(r"overflow-wrap:\s*([\w-]+)", body)
        if cell in names and value:
            found = value.group(1)
    return found


@pytest.mark.parametrize(
    "cell",
    ["table.data th", "table.data td", "table.grid th", "table.grid td", "table.nested th"],
)
def test_a_tables_cells_break_between_words_so_a_fields_name_is_never_split(cell: str) -> None:
    css = _document(*_tiers(["passed"])).split("<style>", 1)[1].split("</style>", 1)[0]
    assert _overflow_wrap(css, "body") == "anywhere", "the rest of the page may break anywhere"
    assert _overflow_wrap(css, cell) == "break-word", (
        "'anywhere' lets the table squeeze a column below its longest word"
    )
    data_table = re.findall(r"table\.data \{[^}]*\}", css.split("@media", 1)[0])
    assert any("overflow-x: auto" in rule for rule in data_table), (
        "a word wider than the page scrolls its table, not the page"
    )
