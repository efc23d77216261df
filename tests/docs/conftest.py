from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

_STEPS = """
import os
import signal
from datetime import datetime, timezone
from behave import given, when, then
from castle_bdd.docs.collector import attach_journal
from castle_bdd.fixtures.journal import EntryKind, Journal, Phase
from examples.giftcard import CardIssued, CardRedeemed, InsufficientBalance, RedeemCard

AT = datetime(2026, 1, 1, tzinfo=timezone.utc)


def journal(context):
    if not hasattr(context, "journal"):
        context.journal = Journal()
        attach_journal(context.scenario, context.journal)
    return context.journal


@given('a card "{card}" worth {amount:d}')
def step_card(context, card, amount):
    journal(context).record(Phase.GIVEN, EntryKind.EVENT, CardIssued(card, amount), AT)


@when('"{card}" redeems {amount:d}')
def step_redeem(context, card, amount):
    journal(context).record(Phase.WHEN, EntryKind.COMMAND, RedeemCard(card, amount), AT)
    if amount > 100:
        error = InsufficientBalance("balance is 100")
        journal(context).record(Phase.WHEN, EntryKind.ERROR, error, AT)
    else:
        journal(context).record(Phase.WHEN, EntryKind.EVENT, CardRedeemed(card, amount), AT)


@when("{days:d} days elapse")
def step_days(context, days):
    journal(context).record(Phase.WHEN, EntryKind.TIME, None, AT, detail=f"{days} days")


@then("it works")
def step_works(context):
    pass


@given("the process is killed")
def step_killed(context):
    os.kill(os.getpid(), signal.SIGKILL)


@then("it crashes")
def step_crashes(context):
    {}["missing"]


@then("it breaks with {text}")
def step_breaks(context, text):
    raise AssertionError(text)
"""


@pytest.fixture
def run_suite(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Writes feature files and plain steps into a folder and runs behave there."""
    root = Path(__file__).resolve().parents[2]

    def run(features: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
        (tmp_path / "features" / "steps").mkdir(parents=True, exist_ok=True)
        (tmp_path / "features" / "steps" / "doc_steps.py").write_text(_STEPS)
        (tmp_path / "pyproject.toml").write_text(
            '[tool.castle_bdd]\ndomain = ["examples.giftcard", "examples.invoicing"]\n'
        )
        for name, text in features.items():
            (tmp_path / "features" / name).write_text(textwrap.dedent(text))
        return subprocess.run(
            [sys.executable, "-m", "behave", "--no-capture", *arguments],
            cwd=tmp_path,
            env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=120,
        )

    return run


def bodies(html: str) -> list[dict[str, Any]]:
    """The scenarios' bodies a document carries as data (see `castle_bdd.docs.bodies`)."""
    found = re.search(r'<script id="bodies" type="application/json">(.*?)</script>', html, re.S)
    assert found, "the document carries its scenarios' bodies"
    data = json.loads(found.group(1))
    return [_named(body, data["t"]) for body in data["b"]]


def _named(body: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """A body with the numbers of names replaced by the names, as the page reads it."""
    lanes = [[_note(note, names) for note in lane] for lane in body["l"]]
    steps = [[names[step[0]], *step[1:]] for step in body["s"]]
    return {**body, "l": lanes, "s": steps}


def _note(note: list[Any], names: list[str]) -> list[Any]:
    kind, label, origin, *fields = note
    named = [names[item] if i % 2 == 0 else item for i, item in enumerate(fields)]
    return [names[kind], names[label], origin, *named]


def body_of(html: str, anchor: str) -> dict[str, Any]:
    """The body of the scenario (or outline row) with that anchor."""
    drawn = r'<article class="([^"]*)" id="([^"]+)"|<details class="row" id="([^"]+)"'
    order = [
        found[1] or found[2]
        for found in re.findall(drawn, html)
        if not found[0].startswith("outline")
    ]
    return bodies(html)[order.index(anchor)]


def note_kinds(body: dict[str, Any]) -> list[str]:
    """The kinds of a body's notes, lane after lane."""
    return [note[0] for lane in body["l"] for note in lane]
