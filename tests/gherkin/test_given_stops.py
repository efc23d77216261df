"""Domain code that ends the process (``sys.exit()``) as a Given step is replayed.

It is a bug like any exception the code raises there: told on the Given's own line, in
the frames of that code, and the next scenario runs on a clock that is not frozen.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from castle_bdd.gherkin.catalogue import build_catalogue
from castle_bdd.gherkin.plan import Given, GivenKind, GivenStepFailed
from castle_bdd.gherkin.scenario import CastleScenario
from tests.mistakes.domains import given_command_aborts, replay_exits, saga_start_exits_in_given

CISTERN = "tests.mistakes.domains.replay_exits"
CRUISE = "tests.mistakes.domains.saga_start_exits_in_given"
HATCH = "tests.mistakes.domains.given_command_aborts"
WHERE = "trip.feature:7"


def _scenario(module: str, payload: object, kind: GivenKind = GivenKind.EVENTS) -> CastleScenario:
    scenario = CastleScenario(build_catalogue([module]))
    scenario._add(Given(kind, (payload,), location=WHERE))
    return scenario


def _assert_time_runs() -> None:
    now = datetime.now(timezone.utc).timestamp()
    assert abs(now - time.time()) < 5, "the clock was left frozen"


def test_an_event_sourcing_handler_that_exits_fails_its_given() -> None:
    scenario = _scenario(CISTERN, replay_exits.CisternInstalled("C-1", "water"))
    with pytest.raises(GivenStepFailed) as failed:
        scenario.when_command(replay_exits.FillCistern("C-1", 5))
    assert failed.value.location == WHERE
    assert scenario.failed_given == WHERE
    message = str(failed.value)
    assert "a Given step failed on the aggregate Cistern" in message
    assert "raised SystemExit: unknown fuel water" in message
    assert "replay_exits.py" in message and "in on_installed" in message
    scenario.close()
    _assert_time_runs()
    following = _scenario(CISTERN, replay_exits.CisternInstalled("C-1", "diesel"))
    validator = following.when_command(replay_exits.FillCistern("C-1", 5))
    assert getattr(validator, "exception", "none read") is None
    following.close()


def test_a_saga_handler_that_exits_on_a_given_event_fails_that_given() -> None:
    scenario = _scenario(CRUISE, saga_start_exits_in_given.CruiseBooked("C-1", 2))
    with pytest.raises(GivenStepFailed, match="raised SystemExit: one cabin") as failed:
        scenario.when_published(saga_start_exits_in_given.CruiseCancelled("C-1"))
    assert failed.value.location == WHERE
    scenario.close()
    _assert_time_runs()


def test_an_exception_of_the_domain_s_that_is_no_exception_fails_its_given() -> None:
    scenario = _scenario(HATCH, given_command_aborts.OpenHatch("H-1", 3), GivenKind.COMMANDS)
    with pytest.raises(GivenStepFailed, match="raised Abort: pressure 3") as failed:
        scenario.when_command(given_command_aborts.CloseHatch("H-1"))
    assert failed.value.location == WHERE
    scenario.close()
    _assert_time_runs()


class _Interrupted(KeyboardInterrupt):
    pass


class _InterruptedFuel(str):
    def __eq__(self, other: object) -> bool:  # the run is stopped as the handler reads it
        raise _Interrupted

    __hash__ = str.__hash__


def test_a_keyboard_interrupt_stops_the_run_as_it_is() -> None:
    scenario = _scenario(CISTERN, replay_exits.CisternInstalled("C-1", _InterruptedFuel("x")))
    with pytest.raises(_Interrupted):
        scenario.when_command(replay_exits.FillCistern("C-1", 5))
    assert scenario.failed_given is None
    scenario.close()
    _assert_time_runs()
