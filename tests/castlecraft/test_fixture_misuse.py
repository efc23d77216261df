"""Misuse of the castlecraft fixture and of when_invoking is refused, not recorded.

``when_time_elapses(timedelta(days=-1))`` and ``when_time_advances_to`` an earlier
instant moved the castlecraft scenario's clock back, so an expectation about "later"
ran at an earlier time; ``acting_as("ann", "withdraw")`` granted the letters of the
string as permissions; ``when_invoking(id, 5)`` recorded the TypeError of calling 5 as
the when phase's failure, so ``expect_no_events()`` passed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from castle_bdd import AggregateTestFixture
from castle_bdd.errors import CastleBddError, FixtureArgumentError, FixtureUsageError
from examples.giftcard import CardIssued, GiftCard
from examples.wallet import DepositMoney, MoneyDeposited
from tests.castlecraft.test_fixture import OPENED, _fixture


def test_time_in_a_castlecraft_scenario_does_not_go_back() -> None:
    with pytest.raises(FixtureUsageError, match="time cannot elapse backwards"):
        _fixture().given(OPENED).when_time_elapses(timedelta(days=-1))
    fixture = _fixture().given_current_time(datetime(2026, 1, 2)).and_given(OPENED)
    with pytest.raises(CastleBddError, match="time cannot move backwards"):
        fixture.when_time_advances_to(datetime(2026, 1, 1))


def test_time_in_a_castlecraft_scenario_still_moves_forward() -> None:
    fixture = _fixture().given_current_time(datetime(2026, 1, 2)).and_given(OPENED)
    fixture.when_time_elapses(timedelta(days=1)).expect_no_events()
    assert fixture.current_time.day == 3
    fixture = _fixture().given_current_time(datetime(2026, 1, 2)).and_given(OPENED)
    fixture.when_time_advances_to(datetime(2026, 1, 5)).expect_no_events()
    assert fixture.current_time.day == 5


def test_permissions_given_as_one_string_are_refused() -> None:
    permissions: Any = "withdraw"
    with pytest.raises(TypeError, match=r"acting_as takes .* got str 'withdraw'"):
        _fixture().acting_as("ann", permissions)


def test_when_invoking_something_that_is_not_a_function_is_refused() -> None:
    fixture = AggregateTestFixture(GiftCard).given(CardIssued("GC-1", 100))
    action: Any = 5
    with pytest.raises(
        TypeError, match="when_invoking takes a function of the aggregate, got int 5"
    ):
        fixture.when_invoking("GC-1", action)


def test_ignore_fields_refuses_a_near_miss_of_a_castlecraft_event_s_field() -> None:
    with pytest.raises(FixtureUsageError, match=r"ignore_fields\('amout'\).*did you mean 'amount'"):
        _fixture().ignore_fields("amout").given(OPENED).when(DepositMoney("W-1", 5))
    result = _fixture().ignore_fields("amount", "trace").given(OPENED).when(DepositMoney("W-1", 5))
    result.expect_events(MoneyDeposited(wallet_id="W-1", amount=6))


@pytest.mark.parametrize("handler", [5, int, None])
def test_register_command_handler_names_itself_when_refusing(handler: Any) -> None:
    with pytest.raises(
        FixtureArgumentError,
        match=r"^register_command_handler takes a CommandHandler\[SomeCommand\] subclass, got ",
    ):
        _fixture().register_command_handler(handler)
