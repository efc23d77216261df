"""The project's own feature files: they pass, and the must-fail ones fail as intended.

behave runs in a subprocess at the repository root, as a user runs it. The must-fail
features (tagged ``@must-fail``, left out by ``default_tags`` in pyproject.toml) are run
explicitly, and the message of each failing step is checked: it names the feature file
and line, says what is wrong in a domain expert's words, and shows no Python traceback.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from behave.parser import parse_file

ROOT = Path(__file__).resolve().parents[1]
FEATURES = ROOT / "features"
MUST_FAIL = FEATURES / "must_fail"
SPEC = ROOT.parent / "shared" / "spec" / "PRODUCT.md"

#: Every sentence of the spec's Gherkin vocabulary, with the keyword it is written under.
SPEC_SENTENCES = [
    ("given", "no prior activity"),
    ("given", "the current time is 2026-01-01T09:00:00Z"),
    ("given", 'the event CardIssued with card_id "GC-1" and amount 100'),
    ("given", "the event CardIssued:"),
    ("given", "the events:"),
    ("given", 'the command IssueCard was sent with card_id "GC-1" and amount 100'),
    ("given", "10 days have elapsed"),
    (
        "given",
        'the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100',
    ),
    ("given", 'the aggregate "INV-1" published:'),
    ("given", 'the event InvoicePaid was published with invoice_id "INV-1"'),
    ("when", 'the command RedeemCard is sent with card_id "GC-1" and amount 30'),
    ("when", "the command RedeemCard is sent:"),
    ("when", "31 days elapse"),
    ("when", "1 day elapses"),
    ("when", "2 hours and 30 minutes elapse"),
    ("when", "time advances to 2026-02-01T00:00:00Z"),
    ("when", 'the aggregate "INV-1" publishes InvoicePaid with invoice_id "INV-1"'),
    ("when", 'the event InvoicePaid is published with invoice_id "INV-1"'),
    ("then", "the events are:"),
    ("then", 'the event CardRedeemed is published with card_id "GC-1" and amount 30'),
    ("then", "no events are published"),
    ("then", "no CardRedeemed event is published"),
    ("then", "the events include, in order:"),
    ("then", "the command fails with InsufficientBalance"),
    ("then", 'the command fails with message "balance is 100"'),
    ("then", "the command succeeds"),
    ("then", "the command returns 70"),
    ("then", "the aggregate state has remaining 70"),
    ("then", "the aggregate is marked deleted"),
    ("then", "a deadline PaymentDue is scheduled in 30 days"),
    ("then", "no deadlines are scheduled"),
    ("then", "the deadline PaymentDue is triggered"),
    ("then", 'the command MarkAsOverdue is dispatched with invoice_id "INV-1"'),
    ("then", "the dispatched commands are:"),
    ("then", "no commands are dispatched"),
    ("then", "the event InvoiceOverdue is scheduled in 30 days"),
    ("then", "no events are scheduled"),
    ("then", "1 saga is active"),
    ("then", "no saga is active"),
    ("then", 'a saga is associated with invoice_id "INV-1"'),
    ("then", 'no saga is associated with invoice_id "INV-1"'),
    ("then", "the published events are:"),
]

#: The number of scenarios (outline rows counted) that ``behave`` runs by default.
EXPECTED_SCENARIOS = 56

#: For each must-fail scenario: the line of its failing step and what the message says.
MUST_FAIL_MESSAGES: dict[str, tuple[str, list[str]]] = {
    "An event name with a typo": (
        "mistakes.feature:6",
        ["unknown event 'CardIsued' — did you mean CardIssued?"],
    ),
    "A field name with a typo": (
        "mistakes.feature:11",
        ["CardIssued has no field 'amout' — did you mean amount?"],
    ),
    "A required field left out": (
        "mistakes.feature:16",
        ["CardIssued needs the field amount, which the step does not give"],
    ),
    "A value that is not a number": (
        "mistakes.feature:21",
        ['CardIssued.amount: cannot read "lots" as a whole number'],
    ),
    "A command named as an event": (
        "mistakes.feature:26",
        ["RedeemCard is a command, not an event"],
    ),
    "A vertical table with three columns": (
        "mistakes.feature:32",
        ["a vertical table has two columns: field and value — this one has 3"],
    ),
    "A horizontal table whose first column is not the event": (
        "mistakes.feature:39",
        ["the first column of this table must be 'event', not 'evnt' — did you mean event?"],
    ),
    "A field that is not in the event of its row": (
        "mistakes.feature:47",
        ["CardIssued has no field 'reason'"],
    ),
    "A duration with a typo": (
        "mistakes.feature:53",
        ['cannot read "31 dayz" as a duration', 'did you mean "days"?'],
    ),
    "A time that does not exist": (
        "mistakes.feature:57",
        ['cannot read "2026-13-01T09:00:00Z" as a time', "month must be in 1..12"],
    ),
    "A Then with no When before it": (
        "mistakes.feature:63",
        ["this Then step has no When before it"],
    ),
    "Nothing says which aggregate or saga": (
        "mistakes.feature:67",
        ["cannot tell which aggregate or saga this scenario exercises", "@aggregate:Name"],
    ),
    "A tag naming no aggregate": (
        "mistakes.feature:70",
        ["unknown aggregate 'GiftCrad' — did you mean GiftCard?"],
    ),
    "An exception name with a typo": (
        "mistakes.feature:79",
        ["unknown exception 'InsuficientBalance' — did you mean InsufficientBalance?"],
    ),
    "A wildcard in a Given": (
        "mistakes.feature:82",
        ["CardIssued.card_id: * (any value) can only be used in a Then"],
    ),
    "A JSON doc string that is not JSON": (
        "mistakes.feature:87",
        ["the doc string is not valid JSON"],
    ),
    "A deadline name with a typo": (
        "mistakes.feature:95",
        ["unknown deadline 'PaymentDeu' — did you mean PaymentDue?"],
    ),
    "A saga step in a scenario about an aggregate": (
        "mistakes.feature:100",
        ["this Then step is about a saga, but the scenario exercises the aggregate GiftCard"],
    ),
    "A field differs": (
        "wrong_expectations.feature:10",
        [
            "The events are not as expected (expected 1, got 1):",
            "  | CardRedeemed | GC-1    | 30 ✗   |",
            "  | CardRedeemed | GC-1    | 20 ✗   |",
            "event 1 (CardRedeemed): amount: expected 30, but was 20",
        ],
    ),
    "An event too many is expected": (
        "wrong_expectations.feature:16",
        ["  | CardRedeemed ✗ | GC-1    | 10     |", "event 2: missing CardRedeemed"],
    ),
    "Events are expected but the command failed": (
        "wrong_expectations.feature:23",
        [
            "  | CardRedeemed ✗ | GC-1    | 130    |",
            "The command failed with InsufficientBalance: balance is 100",
        ],
    ),
    "An event expected in order is missing": (
        "wrong_expectations.feature:27",
        ["  | CardRedeemed ✗ | GC-1    |        |", "not found in this order: event 1"],
    ),
    "An event that should not be there": (
        "wrong_expectations.feature:34",
        ["Expected no events, but got 1 event:", "  | CardRedeemed ✗ | GC-1    | 30     |"],
    ),
    "A command expected to succeed fails": (
        "wrong_expectations.feature:38",
        ["the command was expected to succeed, but it failed with InsufficientBalance: balance"],
    ),
    "A wrong result": ("wrong_expectations.feature:42", ["the command returned 70, not 60"]),
    "A wrong state": (
        "wrong_expectations.feature:46",
        ["  | remaining | 60       | 70 ✗   |", "  | cancelled | false    | false  |"],
    ),
    "A wrong dispatched command": (
        "wrong_saga_expectations.feature:8",
        ["  | MarkAsOverdue | INV-2 ✗    |", "  | MarkAsOverdue | INV-1 ✗    |"],
    ),
    "A command dispatched too many": (
        "wrong_saga_expectations.feature:13",
        [
            "Expected no dispatched commands, but got 1 command:",
            "  | MarkAsOverdue ✗ | INV-1      |",
        ],
    ),
    "Events are published to a saga that nobody handles": (
        "wrong_saga_expectations.feature:17",
        ["no saga handles the event CardIssued"],
    ),
}


def run_behave(tmp_path: Path, *arguments: str) -> tuple[subprocess.CompletedProcess[str], Any]:
    """Run behave at the repository root; its result and its JSON report."""
    report = tmp_path / "report.json"
    command = [sys.executable, "-m", "behave", "-f", "json", "-o", str(report), "-f", "plain"]
    result = subprocess.run(
        [*command, *arguments], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    return result, json.loads(report.read_text(encoding="utf-8"))


def scenarios(report: Any) -> list[Any]:
    """Every scenario of a behave JSON report."""
    return [
        element
        for feature in report
        for element in feature.get("elements", [])
        if element["type"] == "scenario"
    ]


def test_all_features_pass(tmp_path: Path) -> None:
    result, report = run_behave(tmp_path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    ran = [s for s in scenarios(report) if s.get("status") != "skipped"]
    assert len(ran) == EXPECTED_SCENARIOS
    assert all(s["status"] == "passed" for s in ran)
    assert not any("must_fail" in s["location"] for s in ran)


def test_all_features_pass_on_the_sqlite_store(tmp_path: Path) -> None:
    """Every event and command is written to SQLite and read back, and comes back the same."""
    result, report = run_behave(tmp_path, "-D", "castle_store=sqlite")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    ran = [s for s in scenarios(report) if s.get("status") != "skipped"]
    assert len(ran) == EXPECTED_SCENARIOS
    assert all(s["status"] == "passed" for s in ran)


def test_must_fail_features_fail_with_their_messages(tmp_path: Path) -> None:
    result, report = run_behave(tmp_path, "--tags=@must-fail", str(MUST_FAIL))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    failed = {s["name"]: _failed_step(s) for s in scenarios(report)}
    assert set(failed) == set(MUST_FAIL_MESSAGES)
    for name, (location, parts) in MUST_FAIL_MESSAGES.items():
        message = failed[name]
        assert message.startswith(f"ASSERT FAILED: features/must_fail/{location}: "), name
        for part in parts:
            assert part in message, f"{name}: {part!r} not in\n{message}"


def _failed_step(scenario: Any) -> str:
    for step in scenario["steps"]:
        result = step.get("result", {})
        if result.get("status") == "failed":
            message = result["error_message"]
            return "\n".join(message) if isinstance(message, list) else str(message)
    raise AssertionError(f"{scenario['name']} has no failed step")


def _steps_written() -> set[tuple[str, str]]:
    written = set()
    for path in FEATURES.rglob("*.feature"):
        if "must_fail" in path.parts:
            continue
        feature = parse_file(str(path))
        for scenario in feature.walk_scenarios(with_outlines=True):
            for step in scenario.all_steps:
                written.add((step.step_type, step.name))
    return written


@pytest.mark.parametrize(("keyword", "sentence"), SPEC_SENTENCES)
def test_every_spec_sentence_is_used_in_the_features(keyword: str, sentence: str) -> None:
    assert (keyword, sentence) in _steps_written()


def test_the_sentence_list_is_the_spec_s() -> None:
    if not SPEC.is_file():
        pytest.skip("the product spec is not beside the repository")
    block = SPEC.read_text(encoding="utf-8").split("```gherkin", 1)[1].split("```", 1)[0]
    lines = [re.sub(r"\s+#.*$", "", line).strip() for line in block.splitlines()]
    in_spec = [line.split(" ", 1) for line in lines if line]
    assert [(keyword.lower(), sentence) for keyword, sentence in in_spec] == SPEC_SENTENCES


def test_features_use_outlines_backgrounds_doc_strings_and_both_table_shapes() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in FEATURES.glob("*.feature"))
    assert "Scenario Outline:" in text
    assert "Background:" in text
    assert '"""' in text
    assert "| field   | value |" in text
    assert "| event " in text
    assert "| * " in text or " * " in text
