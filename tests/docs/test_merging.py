"""Merging records: each scenario once, whichever runner or run recorded it."""

from __future__ import annotations

import pytest

from castle_bdd.docs import RunRecord, merge
from castle_bdd.docs.merging import RunsOverlapError, never_started, selections
from castle_bdd.docs.model import FeatureRecord, ScenarioRecord, StepRecord


def _scenario(line: int, status: str, duration: float = 0.01) -> ScenarioRecord:
    step = StepRecord("Given", "a step", line + 1, status if status != "skipped" else "skipped")
    return ScenarioRecord(f"scenario {line}", "Scenario", line, status, [], duration, steps=[step])


def _record(
    run: str, started: str, *scenarios: ScenarioRecord, file: str = "a.feature"
) -> RunRecord:
    feature = FeatureRecord("A", file, 1, [], scenarios=list(scenarios))
    return RunRecord(features=[feature], run=run, started=started)


def _statuses(record: RunRecord) -> list[tuple[str, int, str]]:
    return [(f.filename, s.line, s.status) for f in record.features for s in f.scenarios]


def test_a_copy_that_never_started_gives_way_to_a_result() -> None:
    copy = _scenario(3, "skipped", duration=0.0)
    assert never_started(copy) and not never_started(_scenario(3, "passed"))
    merged = merge(
        [
            _record("r", "t1", copy, _scenario(7, "passed")),
            _record("r", "t2", _scenario(3, "failed")),
        ]
    )
    assert _statuses(merged) == [("a.feature", 3, "failed"), ("a.feature", 7, "passed")]


def test_copies_that_never_started_anywhere_stay_one_skipped_scenario() -> None:
    copies = [_record(run, "t", _scenario(3, "skipped", 0.0)) for run in ("r1", "r2")]
    assert _statuses(merge(copies)) == [("a.feature", 3, "skipped")]


def test_within_one_run_the_last_result_wins() -> None:
    merged = merge(
        [_record("r", "t1", _scenario(3, "failed")), _record("r", "t1", _scenario(3, "passed"))]
    )
    assert _statuses(merged) == [("a.feature", 3, "passed")]


def test_different_runs_with_different_scenarios_merge() -> None:
    merged = merge(
        [
            _record("r1", "t1", _scenario(3, "passed")),
            _record("r2", "t2", _scenario(3, "passed"), file="b.feature"),
        ]
    )
    assert _statuses(merged) == [("a.feature", 3, "passed"), ("b.feature", 3, "passed")]
    assert merged.started == "t1"


def test_a_run_of_unknown_start_does_not_hide_the_start_of_the_others() -> None:
    unknown = _record("r-old-format", "", _scenario(5, "passed"))
    assert merge([unknown, _record("r1", "t1", _scenario(3, "passed"))]).started == "t1"


def test_different_runs_of_one_scenario_are_refused_or_the_newest_kept() -> None:
    older = _record("r-old", "2026-01-01T10:00:00", _scenario(3, "failed"), _scenario(9, "passed"))
    newer = _record("r-new", "2026-01-01T11:00:00", _scenario(3, "passed"))
    with pytest.raises(RunsOverlapError) as refused:
        merge([newer, older])
    message = str(refused.value)
    assert "2 different runs that recorded the same 1 scenario(s): a.feature:3" in message
    assert message.index("r-old started 2026-01-01T10:00:00") < message.index("r-new")
    merged = merge([newer, older], keep_newest=True)
    assert _statuses(merged) == [("a.feature", 3, "passed"), ("a.feature", 9, "passed")]


def test_the_selections_of_the_runs_are_listed_once_each() -> None:
    records = [RunRecord(selection=["not @wip"]), RunRecord(selection=["not @wip"]), RunRecord()]
    assert selections(records) == [["not @wip"], []]


def test_a_setup_or_teardown_scenario_of_every_shard_counts_once_failed_if_it_failed() -> None:
    """behave runs a scenario tagged @setup or @teardown with any scenario of its file that
    a shard selects by line: each shard's run records it."""
    setup, teardown = _scenario(3, "failed"), _scenario(9, "passed")
    setup.tags, teardown.tags = ["setup"], ["billing", "teardown"]
    shards = [
        _record("r1", "t1", _scenario(3, "passed"), _scenario(5, "passed"), teardown),
        _record("r2", "t2", setup, _scenario(7, "passed"), teardown),
        _record("r3", "t3", _scenario(3, "passed"), teardown),
    ]
    for shard in shards:
        shard.features[0].scenarios[0].tags = ["setup"]
    merged = merge(shards)
    assert _statuses(merged) == [
        ("a.feature", 3, "failed"),
        ("a.feature", 5, "passed"),
        ("a.feature", 7, "passed"),
        ("a.feature", 9, "passed"),
    ]
    assert merge(shards, keep_newest=True).features[0].scenarios[0].status == "passed"


def test_a_setup_scenario_that_every_job_of_one_run_ran_is_failed_if_one_failed() -> None:
    """behavex's scenario scheme runs each scenario in a behave run of its own, in the
    workers of one run: each of them runs the file's @setup scenario too."""
    setup = [_scenario(3, status) for status in ("passed", "failed", "passed")]
    for scenario in setup:
        scenario.tags = ["setup"]
    jobs = [
        _record("r", "t1", setup[0], _scenario(5, "passed")),
        _record("r", "t1", setup[1], _scenario(7, "passed")),
        _record("r", "t1", setup[2], _scenario(9, "passed")),
    ]
    assert _statuses(merge(jobs))[0] == ("a.feature", 3, "failed")
    assert _statuses(merge(jobs, keep_newest=True))[0] == ("a.feature", 3, "failed")
