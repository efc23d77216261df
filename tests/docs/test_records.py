from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from castle_bdd.docs import RunRecord, merge, render

ENVIRONMENT = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context, domain=["examples.giftcard"])
"""

SPENDING = """
    Feature: Spending
      Scenario: Spending part of the balance
        Given a card "GC-1" worth 100
        When "GC-1" redeems 30
        Then it works
"""

KNOWN_ISSUES = """
    Feature: Known issues
      @known-issue
      Scenario: Refunds are not built yet
        Given a card "GC-1" worth 100
        Then it breaks with refunds are missing

      @known-issue
      Scenario: Something that works by now
        Given a card "GC-1" worth 100
        Then it works
"""


def _records(folder: Path) -> list[RunRecord]:
    return [RunRecord.from_json(json.loads(p.read_text())) for p in sorted(folder.glob("*.json"))]


def test_each_run_writes_its_own_record_when_asked(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(ENVIRONMENT)
    run_suite({"spending.feature": SPENDING}, "-D", f"castle_records={tmp_path / 'records'}")
    run_suite({"spending.feature": SPENDING}, "-D", f"castle_records={tmp_path / 'records'}")
    first, second = _records(tmp_path / "records")
    assert [s.name for f in first.features for s in f.scenarios] == ["Spending part of the balance"]
    assert {m.name for m in first.messages} >= {"CardIssued", "RedeemCard"}
    merged = merge([first, second])
    assert len(merged.features) == 1 and len(merged.features[0].scenarios) == 2


def test_no_record_is_written_unless_asked(tmp_path: Path, run_suite: Callable[..., Any]) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(ENVIRONMENT)
    result = run_suite({"spending.feature": SPENDING})
    assert result.returncode == 0, result.stdout
    assert not list(tmp_path.rglob("run-*.json"))


def test_known_issues_show_as_expected_failures_and_fixes(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(ENVIRONMENT)
    result = run_suite({"known.feature": KNOWN_ISSUES}, "-D", f"castle_records={tmp_path}/r")
    assert result.returncode == 0, result.stdout + result.stderr
    (record,) = _records(tmp_path / "r")
    statuses = {s.name: s.status for s in record.features[0].scenarios}
    assert statuses == {
        "Refunds are not built yet": "expected failure",
        "Something that works by now": "fixed",
    }
    html = render(record)
    assert 'data-status="expected failure"' in html and 'data-status="fixed"' in html
    assert "refunds are missing" in html
