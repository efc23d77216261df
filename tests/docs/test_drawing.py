"""What the living document draws for the project's own feature files."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from castle_bdd.docs import RunRecord, render
from castle_bdd.docs.model import ScenarioRecord
from tests.docs.conftest import bodies, body_of

ROOT = Path(__file__).resolve().parents[2]


@cache
def _recorded(*arguments: str) -> RunRecord:
    """The run record of behave run at the repository's root with ``arguments``."""
    target = Path(f"/tmp/castle-bdd-drawing-{abs(hash(arguments))}.json")
    command = [sys.executable, "-m", "behave", "-f", "castle_bdd.docs:RunRecordFormatter"]
    subprocess.run(
        [*command, "-o", str(target), *arguments],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        timeout=180,
        check=False,
    )
    record = RunRecord.from_json(json.loads(target.read_text()))
    target.unlink()
    return record


def _scenario(record: RunRecord, name: str) -> ScenarioRecord:
    return next(s for f in record.features for s in f.scenarios if s.name == name)


def _notes(scenario: ScenarioRecord) -> list[tuple[str, str]]:
    return [(note.kind, note.label) for note in scenario.timeline]


def test_values_on_the_cards_are_written_as_people_write_them() -> None:
    record = _recorded("features/ordering.feature", "features/subscription.feature")
    placed = _scenario(record, "Placing an order written as JSON")
    command = next(n for n in placed.timeline if n.kind == "command")
    assert command.fields["order_id"] == "6f1c2a4e-0000-4000-8000-000000000001"
    assert command.fields["lines"][0] == {"sku": "TEA", "quantity": "2", "unit_price": "4.50"}
    assert command.fields["ship_to"]["city"] == "Leeds"
    html = render(record)
    for python in ("Decimal(", "datetime.date(", "FakeDate(", "UUID(", "NoneType"):
        assert python not in html, python
    assert "value: None" not in html and "returns value" not in html
    results = [n for body in bodies(html) for lane in body["l"] for n in lane if n[0] == "result"]
    assert results and all(n[1] != "a value" or n[4] for n in results)


def test_nothing_is_something_on_the_timeline() -> None:
    record = _recorded("features/trial.feature", "features/invoicing.feature")
    converting = _scenario(record, "Converting ends the trial early")
    assert ("cancelled", "TrialReminder") in _notes(converting)
    assert ("ended", "ended") in _notes(converting)
    scenarios = [s for f in record.features for s in f.scenarios]
    timed = [n.label for s in scenarios for n in s.timeline if n.kind == "time"]
    assert any(label.startswith("the current time is 2026-") for label in timed), timed
    assert not [label for label in timed if re.search(r"\dT\d", label)], "ISO text left"


def test_a_command_that_publishes_nothing_says_no_events() -> None:
    record = _recorded("features/invoicing.feature")
    html = render(record)
    assert any(body.get("n") is True for body in bodies(html)), "some command published nothing"


def test_a_failed_then_draws_expected_beside_actual_with_the_difference_marked() -> None:
    record = _recorded("features/must_fail/wrong_expectations.feature", "-t", "@must-fail")
    differs = _scenario(record, "A field differs")
    assert differs.comparison is not None
    assert differs.comparison["expected"] == [{"name": "CardRedeemed", "cells": ["GC-1", "30"]}]
    assert differs.comparison["actual"] == [{"name": "CardRedeemed", "cells": ["GC-1", "20"]}]
    assert differs.comparison["expected_marks"] == [[0, 2]]
    html = render(record)
    assert body_of(html, "wrong-expectations--a-field-differs")["c"] == differs.comparison
    first_failed = html.index('<h2 id="failed">')
    assert first_failed < html.index('<h2 id="features">')


def test_a_scenario_that_failed_in_a_given_is_drawn_as_far_as_it_got() -> None:
    record = _recorded("features/must_fail/mistakes.feature", "-t", "@must-fail")
    html = render(record)
    drawn = body_of(html, "mistakes--a-wildcard-in-a-given")
    assert drawn["x"] is True and "can only be used in a Then" in drawn["e"].splitlines()[0]
    assert "ASSERT FAILED" not in drawn["e"]


def test_deep_links_are_stable_and_unique() -> None:
    record = _recorded("features/giftcard.feature")
    first, second = render(record), render(record)
    anchors = re.findall(r'<article [^>]*id="([^"]+)"', first)
    assert anchors == re.findall(r'<article [^>]*id="([^"]+)"', second)
    assert len(set(anchors)) == len(anchors)
    assert "giftcard--redeeming-part-of-the-balance" in anchors


def test_the_glossary_lists_value_objects_as_values_and_has_no_broken_links() -> None:
    record = _recorded("features/ordering.feature", "features/trial.feature")
    kinds = {m.name: m.kind for m in record.messages}
    assert kinds["OrderLine"] == kinds["Address"] == "value"
    html = render(record)
    ids = set(re.findall(r' id="([^"]+)"', html))
    links = set(re.findall(r'href="#([^"]+)"', html))
    assert links <= ids, links - ids


def test_the_domain_map_links_boxes_to_scenarios_and_marks_untested_paths() -> None:
    record = _recorded("features/giftcard.feature")
    html = render(record)
    lanes = html[html.index('id="domain-map"') : html.index('id="glossary"')]
    assert re.search(r'<a class="box command" href="#giftcard--[a-z-]+">RedeemCard', lanes)
    assert '<a class="box owner" href="#h-GiftCard">' in lanes
    assert "untested" in lanes  # the invoicing saga's paths: no scenario of this run


def test_the_title_comes_from_the_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record = RunRecord()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "shop"\n')
    monkeypatch.chdir(tmp_path)
    assert "<title>shop: living documentation</title>" in render(record)
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\ntitle = "Our shop"\n')
    assert "<title>Our shop</title>" in render(record)
    assert "<title>Given</title>" in render(record, title="Given")


def test_markdown_keeps_tables_and_doc_strings() -> None:
    record = _recorded("features/ordering.feature")
    markdown = render(record, "markdown")
    assert "```text" in markdown and '"sku": "TEA"' in markdown
    assert re.search(r"^  \| event \| order\\_id \|", markdown, re.M) or "  | " in markdown


def test_the_same_features_give_the_same_document_but_for_start_and_durations() -> None:
    first = render(_recorded("features/trial.feature", "features/wallet.feature"))
    second = render(_recorded("features/trial.feature", "features/wallet.feature", "--no-color"))

    def steady(html: str) -> str:
        html = re.sub(r"\d+(\.\d+)? (ms|s)\b", "", html)
        return re.sub(r"started [0-9T:+-]+", "", html)

    assert steady(first) == steady(second)
