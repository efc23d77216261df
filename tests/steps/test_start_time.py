"""A configured start: every scenario that says nothing about time begins at one instant."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from castle_bdd.behave import castle, setup_castle_bdd
from castle_bdd.config import configured_start, starting_instant
from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.errors import set_step_locator
from examples.invoicing import InvoiceCreated, InvoiceOverdue
from examples.subscription import Plan, StartSubscription, SubscriptionStarted
from tests.steps.test_behave_setup import Context, Scenario

ROOT = Path(__file__).resolve().parents[2]
NINE = datetime(2026, 1, 1, 9, tzinfo=timezone.utc)
DOMAIN = ["examples.subscription", "examples.invoicing"]


@pytest.fixture(autouse=True)
def no_locator():
    yield
    set_step_locator(None)


def started(start: str | datetime | None) -> Context:
    context = Context(Scenario())
    setup_castle_bdd(context, domain=DOMAIN, start=start)
    return context


def test_a_scenario_that_says_nothing_about_time_begins_at_the_start() -> None:
    context = started("2026-01-01T09:00:00Z")
    validator = castle(context).when(StartSubscription("S-1", Plan.BASIC, Decimal(5)))
    validator.expect_events(SubscriptionStarted("S-1", Plan.BASIC, Decimal(5), NINE.date()))  # type: ignore[attr-defined]
    assert castle(context).fixture.current_time == NINE  # type: ignore[attr-defined]


def test_the_start_holds_for_a_saga_and_for_time_elapsed_first() -> None:
    context = started(datetime(2026, 1, 1, 9))  # naive means UTC
    castle(context).given_time_elapsed(timedelta(days=2))
    castle(context).given_published(InvoiceCreated("INV-1", 100), aggregate_id="INV-1")
    validator = castle(context).when_time_elapses(timedelta(days=1))
    validator.expect_scheduled_event(NINE + timedelta(days=32), InvoiceOverdue("INV-1"))  # type: ignore[attr-defined]
    assert castle(context).fixture.current_time == NINE + timedelta(days=3)  # type: ignore[attr-defined]


def test_a_scenario_that_sets_the_time_first_begins_then() -> None:
    context = started("2026-01-01T09:00:00Z")
    castle(context).given_current_time(datetime(2030, 5, 1, tzinfo=timezone.utc))
    castle(context).when(StartSubscription("S-1", Plan.BASIC, Decimal(5)))
    assert castle(context).fixture.current_time == datetime(2030, 5, 1, tzinfo=timezone.utc)  # type: ignore[attr-defined]


def test_without_a_start_a_scenario_begins_now() -> None:
    context = started(None)
    before = datetime.now(timezone.utc).replace(microsecond=0)
    castle(context).when(StartSubscription("S-1", Plan.BASIC, Decimal(5)))
    assert castle(context).fixture.current_time >= before  # type: ignore[attr-defined]


def test_an_offset_is_converted_to_utc() -> None:
    assert starting_instant("2026-01-01T10:00:00+01:00") == NINE


@pytest.mark.parametrize("value", ["tomorrow", "2026-13-01", 20260101])
def test_a_start_that_is_not_an_instant_is_refused(value: object) -> None:
    with pytest.raises(CastleBddError, match=r'start=…\) must be an instant such as "2026-01-01'):
        setup_castle_bdd(Context(Scenario()), domain=DOMAIN, start=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "written", ['start = "2026-01-01T09:00:00Z"', "start = 2026-01-01T09:00:00Z"]
)
def test_pyproject_sets_the_start_as_text_or_as_a_toml_datetime(
    tmp_path: Path, written: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.castle_bdd]\n{written}\n")
    assert configured_start(tmp_path) == NINE


def test_a_pyproject_without_a_start_configures_none(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\ndomain = ["x"]\n')
    assert configured_start(tmp_path) is None


def test_pyproject_names_itself_when_its_start_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\nstart = "soon"\n')
    with pytest.raises(CastleBddError, match=r"pyproject.toml: \[tool.castle_bdd\] start must"):
        configured_start(tmp_path)


FEATURE = """\
Feature: Subscriptions begin on the first of January

  Scenario: The start date comes from the configured start
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic \
and monthly_fee 5
    Then the event SubscriptionStarted is published with started_on 2026-01-01
    And a deadline PaymentDue is scheduled in 30 days

  Scenario: The fee is paid at the configured start
    Given the command StartSubscription was sent with subscription_id "S-1" and plan basic \
and monthly_fee 5
    When the command PayFee is sent with subscription_id "S-1" and amount 5
    Then the event FeePaid is published with paid_at 2026-01-01T09:00:00
"""


def behave_in(project: Path, settings: str) -> subprocess.CompletedProcess[str]:
    """Run behave on a project of one feature whose pyproject.toml has ``settings``."""
    (project / "features" / "steps").mkdir(parents=True)
    (project / "features" / "start.feature").write_text(FEATURE)
    (project / "features" / "steps" / "castle_steps.py").write_text(
        "from castle_bdd.steps import *  # noqa: F401,F403\n"
    )
    (project / "pyproject.toml").write_text(
        f'[tool.castle_bdd]\ndomain = ["examples.subscription"]\n{settings}\n'
    )
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "behave", "-f", "plain", "--no-capture"],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_behave_run_with_a_configured_start_does_not_depend_on_the_day(tmp_path: Path) -> None:
    result = behave_in(tmp_path / "fixed", 'start = "2026-01-01T09:00:00Z"')
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "2 scenarios passed, 0 failed" in result.stdout


def test_a_behave_run_without_a_start_runs_at_the_moment_it_runs(tmp_path: Path) -> None:
    result = behave_in(tmp_path / "today", "")
    # The fee would be paid at 2026-01-01T09:00:00 only if the run began at that second.
    assert result.returncode == 1
    assert "paid_at" in result.stdout


def test_the_time_md_example_runs() -> None:
    from tests.doc_examples import section_code_blocks

    [block] = section_code_blocks("time.md", "## Time in scenarios")
    namespace: dict[str, object] = {"__name__": "time_in_scenarios_example"}
    exec(compile(block, "docs/time.md", "exec"), namespace)
    assert namespace["validator"].scheduled_deadlines  # type: ignore[attr-defined]
