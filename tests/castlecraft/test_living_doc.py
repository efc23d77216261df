"""The living document draws the castlecraft example's scenarios like any others."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.support import child_environment
from tests.docs.conftest import body_of, note_kinds

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> str:
    output = tmp_path_factory.mktemp("living") / "wallet.html"
    formats = ["-f", "living", "-o", str(output), "-f", "plain"]
    result = subprocess.run(
        [sys.executable, "-m", "behave", *formats, "features/wallet.feature"],
        cwd=ROOT,
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return output.read_text(encoding="utf-8")


def test_every_wallet_scenario_is_present_and_passed(document: str) -> None:
    articles = re.findall(r'<article class="(\w+)"', document)
    assert articles == ["passed"] * 10
    assert "A large withdrawal is flagged through the external publisher" in document


def test_a_refusal_is_drawn_as_given_events_a_command_and_its_error(document: str) -> None:
    refused = body_of(document, "wallet--withdrawing-needs-the-permission-to-update-the-wallet")
    assert note_kinds(refused) == ["event", "event", "command", "error"]
    assert "AuthorizationError" in str(refused) and "WithdrawMoney" in str(refused)


def test_stored_and_externally_published_events_are_both_drawn(document: str) -> None:
    anchor = "wallet--a-large-withdrawal-is-flagged-through-the-external-publisher"
    flagged = body_of(document, anchor)
    notes = note_kinds(flagged)
    assert notes == ["event", "event", "event", "command", "event", "event", "result"]
    assert "MoneyWithdrawn" in str(flagged) and "LargeWithdrawalFlagged" in str(flagged)


def test_the_glossary_lists_the_castlecraft_messages(document: str) -> None:
    glossary = document[document.index('id="glossary"') :]
    for name in ("WalletOpened", "MoneyDeposited", "WithdrawMoney", "LargeWithdrawalFlagged"):
        assert name in glossary, name


def test_the_castlecraft_aggregate_is_on_the_domain_map_and_in_the_glossary(document: str) -> None:
    lanes = document[document.index('<div class="lanes">') : document.index('id="glossary"')]
    assert '<a class="box owner" href="#h-Wallet">Wallet' in lanes
    assert '<a class="box command" href="#' in lanes and "DepositMoney" in lanes
    assert '<a class="box event" href="#' in lanes and "MoneyDeposited" in lanes
    assert 'id="h-Wallet"' in document


def test_castlecraft_commands_and_events_are_listed_as_what_they_are(document: str) -> None:
    for name, kind in [("DepositMoney", "command"), ("MoneyDeposited", "event")]:
        assert re.search(rf'id="m-{name}" class="message" data-kind="{kind}"', document), name
