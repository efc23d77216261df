"""A bug in a command handler's constructor is the command's crash, not a refusal.

castlecraft's command bus raises ``RuntimeError("Unexpected error resolving handler…")``
from what building the handler raised. The scenario took that RuntimeError for the
command's refusal: ``expect_no_events()`` passed over a KeyError in ``__init__``, and
no frame of the constructor was shown.
"""

from __future__ import annotations

import traceback
from typing import Any

import pytest
from castlecraft_engineer.abstractions.command_handler import CommandHandler
from castlecraft_engineer.abstractions.event_store import EventStore

from castle_bdd.castlecraft import CastlecraftDomain, CastlecraftTestFixture
from castle_bdd.fixtures.accidents import AccidentalExceptionError
from examples.wallet import DepositMoney, Wallet, WalletOpened

OPENED = WalletOpened(wallet_id="W-1", owner="ann")


class FeeBook:
    """A collaborator of the handler, built by the container."""

    def __init__(self, store: EventStore[str]) -> None:
        self.rates: dict[str, float] = {}
        self.rate = self.rates["deposit"]


class FeeDepositHandler(CommandHandler[DepositMoney]):
    def __init__(self, store: EventStore[str], fees: FeeBook) -> None:
        self.store = store
        self.fees = fees

    async def execute(self, command: DepositMoney, *args: Any, **kwargs: Any) -> None:
        """Never reached: the handler cannot be built."""


def _fixture() -> CastlecraftTestFixture[Wallet]:
    return CastlecraftTestFixture(Wallet, CastlecraftDomain(command_handlers=(FeeDepositHandler,)))


def test_the_constructor_s_exception_is_the_command_s_outcome() -> None:
    result = _fixture().given(OPENED).when(DepositMoney("W-1", 5))
    result.expect_exception(KeyError).expect_exception_message("'deposit'")
    assert result.exception is not None
    names = [frame.name for frame in traceback.extract_tb(result.exception.__traceback__)]
    assert "__init__" in names


def test_a_strict_fixture_fails_on_the_constructor_s_bug() -> None:
    fixture = _fixture().set_fail_on_accidental_exceptions()
    result = fixture.given(OPENED).when(DepositMoney("W-1", 5))
    with pytest.raises(AccidentalExceptionError, match=r"KeyError: 'deposit'[\s\S]*in __init__"):
        result.expect_no_events()
