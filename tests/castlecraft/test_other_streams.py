"""The events of a castlecraft scenario are those of the aggregate it tests.

castlecraft's handlers name the stream they append to; one that stores an event for
another aggregate than the one under test (a wrong id) made "the events published"
pass all the same, as Axon's fixture would not: its event store refuses events "for an
unexpected aggregate".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from castlecraft_engineer.abstractions.command_handler import CommandHandler

from castle_bdd.castlecraft import CastlecraftDomain, CastlecraftTestFixture
from castle_bdd.fixtures.expectations import ExpectationFailed
from examples.wallet import (
    DepositMoney,
    DepositMoneyHandler,
    MoneyDeposited,
    OpenWallet,
    OpenWalletHandler,
    Wallet,
    WalletCommandHandler,
    WalletOpened,
)
from tests.cli.support import run_behave, write

OPENED = WalletOpened(wallet_id="W-1", owner="ann")
BOTH_IDS = "stored MoneyDeposited for the Wallet 'W-2', but this scenario tests the Wallet 'W-1'"


class MisfiledDepositHandler(WalletCommandHandler, CommandHandler[DepositMoney]):
    """Stores the deposit under another wallet's id than the one it loaded."""

    async def execute(self, command: DepositMoney, *args: Any, **kwargs: Any) -> int:
        wallet = await self.load(command.wallet_id)
        wallet.deposit(command.amount)
        await self.store.append_events("W-2", -1, wallet.pull_uncommitted_events())
        return wallet.balance


class TwoWalletsHandler(WalletCommandHandler, CommandHandler[OpenWallet]):
    """Opens the wallet it names, and another one."""

    async def execute(self, command: OpenWallet, *args: Any, **kwargs: Any) -> None:
        for wallet_id in (command.wallet_id, "W-9"):
            wallet = Wallet(wallet_id)
            wallet.open(command.owner)
            await self.save(wallet)


def _fixture(*handlers: type) -> CastlecraftTestFixture[Wallet]:
    return CastlecraftTestFixture(Wallet, CastlecraftDomain(command_handlers=handlers))


def test_an_event_stored_for_another_aggregate_fails_the_event_expectations() -> None:
    result = _fixture(MisfiledDepositHandler).given(OPENED).when(DepositMoney("W-1", 50))
    for expectation in (
        lambda: result.expect_events(MoneyDeposited(wallet_id="W-1", amount=50)),
        result.expect_no_events,
        lambda: result.event_payloads,
    ):
        with pytest.raises(ExpectationFailed, match=BOTH_IDS):
            expectation()


def test_the_state_checked_is_that_of_the_aggregate_under_test() -> None:
    result = _fixture(MisfiledDepositHandler).given(OPENED).when(DepositMoney("W-1", 50))
    assert getattr(result.aggregate, "id", None) == "W-1"
    result.expect_state({"balance": 0})  # the deposit went to another wallet's stream
    with pytest.raises(ExpectationFailed, match="balance"):
        result.expect_state({"balance": 50})


def test_without_history_the_first_aggregate_stored_is_the_one_under_test() -> None:
    result = _fixture(TwoWalletsHandler).when(OpenWallet("W-1", "ann"))
    with pytest.raises(ExpectationFailed, match="for the Wallet 'W-9', but this scenario tests"):
        result.expect_events(
            WalletOpened(wallet_id="W-1", owner="ann"), WalletOpened(wallet_id="W-9", owner="ann")
        )


def test_of_several_given_aggregates_the_command_names_the_one_under_test() -> None:
    fixture = _fixture(OpenWalletHandler, DepositMoneyHandler)
    others = WalletOpened(wallet_id="W-2", owner="bob")
    result = fixture.given(OPENED, others).when(DepositMoney("W-2", 5))
    result.expect_events(MoneyDeposited(wallet_id="W-2", amount=5))
    fixture = _fixture(MisfiledDepositHandler)
    result = fixture.given(OPENED, WalletOpened(wallet_id="W-3", owner="cy")).when(
        DepositMoney("W-1", 5)
    )
    with pytest.raises(ExpectationFailed, match=BOTH_IDS):
        result.expect_no_events()


DOMAIN = """
from dataclasses import dataclass
from typing import Any

from castlecraft_engineer.abstractions.command_handler import CommandHandler

from examples.wallet import DepositMoney, MoneyDeposited, Wallet, WalletCommandHandler, WalletOpened


class MisfiledDepositHandler(WalletCommandHandler, CommandHandler[DepositMoney]):
    async def execute(self, command: DepositMoney, *args: Any, **kwargs: Any) -> int:
        wallet = await self.load(command.wallet_id)
        wallet.deposit(command.amount)
        await self.store.append_events("W-2", -1, wallet.pull_uncommitted_events())
        return wallet.balance
"""

FEATURE = """
Feature: Deposits
  Scenario: A deposit stored under another wallet
    Given the event WalletOpened with wallet_id "W-1" and owner "ann"
    When the command DepositMoney is sent with wallet_id "W-1" and amount 50
    Then the event MoneyDeposited is published with wallet_id "W-1" and amount 50
"""


def test_a_then_step_names_both_aggregates(tmp_path: Path) -> None:
    project = write(
        tmp_path,
        {
            "pyproject.toml": '[tool.castle_bdd]\ndomain = ["deposits"]\n',
            "deposits.py": DOMAIN,
            "steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F401,F403\n",
            "environment.py": "\n",
            "features/deposits.feature": FEATURE,
        },
    )
    result = run_behave(project, "-f", "plain")
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"features/deposits.feature:5: The command DepositMoney {BOTH_IDS}" in result.stdout
    assert "Traceback" not in result.stdout
