"""Mistakes in castlecraft scenarios read as messages naming the file and line, not tracebacks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from castlecraft_engineer.abstractions.command import Command
from castlecraft_engineer.abstractions.command_handler import CommandHandler

from castle_bdd.castlecraft import CastlecraftTestFixture
from castle_bdd.errors import FixtureUsageError
from examples.wallet import Wallet
from tests.cli.support import run_behave, write

ROOT = Path(__file__).resolve().parents[2]

MISTAKES = {
    "features/projection_name.feature": """
        Feature: a projection misspelt
          Scenario: misspelt
            Given the event WalletOpened with wallet_id "W-1" and owner "ann"
            When the command DepositMoney is sent with wallet_id "W-1" and amount 5
            Then the projection WalletTotal shows wallets 1
        """,
    "features/projection_field.feature": """
        Feature: a projection's field misspelt
          Scenario: misspelt field
            Given the event WalletOpened with wallet_id "W-1" and owner "ann"
            When the command DepositMoney is sent with wallet_id "W-1" and amount 5
            Then the projection WalletTotals shows wallet 1
        """,
    "features/projection_value.feature": """
        Feature: a projection shows another value
          Scenario: another value
            Given the event WalletOpened with wallet_id "W-1" and owner "ann"
            When the command DepositMoney is sent with wallet_id "W-1" and amount 5
            Then the projection WalletTotals shows deposited 6
        """,
    "features/user_on_giftcard.feature": """
        Feature: a user named for a castle-bdd aggregate
          Scenario: user
            Given the user "ann" may update the wallet
            And the event CardIssued with card_id "GC-1" and amount 100
            When the command RedeemCard is sent with card_id "GC-1" and amount 30
            Then the command succeeds
        """,
}

EXPECTED = {
    "projection_name.feature:5": "unknown projection 'WalletTotal' — did you mean WalletTotals?",
    "projection_field.feature:5": "WalletTotals has no state 'wallet' — did you mean wallets?",
    "projection_value.feature:5": "the projection WalletTotals is not as expected",
    "user_on_giftcard.feature:3": "this scenario exercises the aggregate GiftCard",
}


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> str:
    project = write(tmp_path_factory.mktemp("mistakes"), MISTAKES)
    shutil.copytree(ROOT / "steps", project / "steps")
    shutil.copy(ROOT / "environment.py", project / "environment.py")
    result = run_behave(project, "-f", "plain", "--no-capture")
    assert result.returncode == 1
    return result.stdout + result.stderr


@pytest.mark.parametrize("where", sorted(EXPECTED))
def test_each_mistake_names_its_line_and_what_is_wrong(output: str, where: str) -> None:
    line = next(text for text in output.splitlines() if f"features/{where}:" in text)
    assert EXPECTED[where] in line or EXPECTED[where] in output.split(line, 1)[1][:400]


def test_no_mistake_shows_a_traceback(output: str) -> None:
    assert "Traceback" not in output


class Needs:
    """A collaborator punq cannot build: it wants an int."""

    def __init__(self, missing: int) -> None:
        self.missing = missing


class Ping(Command):
    """A command whose handler wants `Needs`."""


class PingHandler(CommandHandler[Ping]):
    """Handles `Ping`, once it has a `Needs`."""

    def __init__(self, needs: Needs) -> None:
        self.needs = needs

    async def execute(self, command: Ping, *args: object, **kwargs: object) -> None:
        return None


def test_a_handler_the_container_cannot_build_stops_the_scenario_saying_what_to_register() -> None:
    fixture = CastlecraftTestFixture(Wallet).register_command_handler(PingHandler)
    fixture.given_no_prior_activity()
    with pytest.raises(FixtureUsageError, match="register_services") as stopped:
        fixture.when(Ping())
    assert "the handler of Ping could not be built" in str(stopped.value)


def test_a_handler_punq_cannot_read_is_named_when_the_scenario_starts() -> None:
    class Hidden:
        pass

    class Pong(Command):
        pass

    class PongHandler(CommandHandler[Pong]):
        def __init__(self, hidden: Hidden) -> None:  # a name punq cannot resolve
            self.hidden = hidden

        async def execute(self, command: Pong, *args: object, **kwargs: object) -> None:
            return None

    fixture = CastlecraftTestFixture(Wallet).register_command_handler(PongHandler)
    with pytest.raises(FixtureUsageError, match="PongHandler cannot be put in the scenario's"):
        fixture.given_no_prior_activity()
