"""The living document draws the castlecraft example's scenarios like any others."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.support import child_environment

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


def _scenario(html: str, anchor: str) -> str:
    start = html.index(f'id="wallet--{anchor}"')
    following = html.find('id="wallet--', start + 1)
    return html[start : following if following != -1 else len(html)]


def test_every_wallet_scenario_is_present_and_passed(document: str) -> None:
    articles = re.findall(r'<article[^>]*data-status="(\w+)"', document)
    assert articles == ["passed"] * 10
    assert "A large withdrawal is flagged through the external publisher" in document


def test_a_refusal_is_drawn_as_given_events_a_command_and_its_error(document: str) -> None:
    refused = _scenario(document, "withdrawing-needs-the-permission-to-update-the-wallet")
    assert re.findall(r'<div class="note (\w+)"', refused) == ["event", "event", "command", "error"]
    assert "AuthorizationError" in refused and "WithdrawMoney" in refused


def test_stored_and_externally_published_events_are_both_drawn(document: str) -> None:
    flagged = _scenario(document, "a-large-withdrawal-is-flagged-through-the-external-publisher")
    notes = re.findall(r'<div class="note (\w+)"', flagged)
    assert notes == ["event", "event", "event", "command", "event", "event", "result"]
    assert "MoneyWithdrawn" in flagged and "LargeWithdrawalFlagged" in flagged
