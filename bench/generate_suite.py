"""Writes a large gift-card behave suite, to time runs with one process and with several.

Each scenario issues a card, redeems part of it and checks the published event, in the
castle-bdd sentences of the step library. The suite has its own pyproject.toml, steps/
and environment.py, laid out as `castle-bdd init` lays out a project, and runs against
examples/giftcard.py (the repository root must be importable: set PYTHONPATH).

``--plain`` writes hand-written behave steps for the same sentences instead of importing
the step library: they check the mechanics of the parallel runners without it.

Run: python bench/generate_suite.py OUT_DIR [--scenarios 2000] [--features 40] [--plain]
"""

from __future__ import annotations

import argparse
from pathlib import Path

PYPROJECT = """\
[tool.castle_bdd]
domain = ["examples.giftcard"]

[tool.behave]
paths = ["features"]
default_tags = ["not @wip"]
show_skipped = false
"""

CASTLE_STEPS = """\
from castle_bdd.steps import *  # noqa: F401,F403
"""

CASTLE_ENVIRONMENT = """\
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context)
"""

PLAIN_STEPS = '''\
"""Hand-written steps for the generated sentences (no step library)."""

from behave import given, then, when

from examples import giftcard


def _message(name, card_id, amount):
    return getattr(giftcard, name)(card_id, amount)


@given('the event {name:w} with card_id "{card_id}" and amount {amount:d}')
def step_given_event(context, name, card_id, amount):
    """A past event of the card."""
    context.history = [_message(name, card_id, amount)]


@when('the command {name:w} is sent with card_id "{card_id}" and amount {amount:d}')
def step_send_command(context, name, card_id, amount):
    """The command is handled against the card's history."""
    command = _message(name, card_id, amount)
    balance = sum(e.amount for e in context.history if isinstance(e, giftcard.CardIssued))
    enough = command.amount <= balance
    context.published = [giftcard.CardRedeemed(card_id, amount)] if enough else []


@then('the event {name:w} is published with card_id "{card_id}" and amount {amount:d}')
def step_event_published(context, name, card_id, amount):
    """The event is among the published ones."""
    assert _message(name, card_id, amount) in context.published, context.published
'''

PLAIN_ENVIRONMENT = """\
def before_scenario(context, scenario):
    context.history = []
    context.published = []
"""

#: A scenario that fails if it runs: every runner must leave @wip out, as the settings say.
WIP_FEATURE = """\
Feature: Work in progress

  @wip
  Scenario: A redemption nobody has agreed on yet
    Given the event CardIssued with card_id "GC-0" and amount 100
    When the command RedeemCard is sent with card_id "GC-0" and amount 30
    Then the event CardRedeemed is published with card_id "GC-0" and amount 31
"""

SCENARIO = """\
  Scenario: Redeeming part of card GC-{n}
    Given the event CardIssued with card_id "GC-{n}" and amount 100
    When the command RedeemCard is sent with card_id "GC-{n}" and amount 30
    Then the event CardRedeemed is published with card_id "GC-{n}" and amount 30
"""


def write_suite(root: Path, scenarios: int, features: int, plain: bool) -> list[Path]:
    """Write the suite under ``root``; returns the feature files that run, in order.

    A ``@wip`` feature that would fail is written beside them.
    """
    (root / "features").mkdir(parents=True, exist_ok=True)
    (root / "features" / "work_in_progress.feature").write_text(WIP_FEATURE)
    (root / "steps").mkdir(exist_ok=True)
    (root / "pyproject.toml").write_text(PYPROJECT)
    (root / "steps" / "castle_steps.py").write_text(PLAIN_STEPS if plain else CASTLE_STEPS)
    (root / "environment.py").write_text(PLAIN_ENVIRONMENT if plain else CASTLE_ENVIRONMENT)
    return [
        _write_feature(root, index, _numbers(index, scenarios, features))
        for index in range(features)
    ]


def _numbers(index: int, scenarios: int, features: int) -> range:
    base, extra = divmod(scenarios, features)
    first = index * base + min(index, extra)
    return range(first + 1, first + base + (1 if index < extra else 0) + 1)


def _write_feature(root: Path, index: int, numbers: range) -> Path:
    path = root / "features" / f"giftcards_{index + 1:03d}.feature"
    body = "\n".join(SCENARIO.format(n=n) for n in numbers)
    path.write_text(f"Feature: Gift cards, batch {index + 1}\n\n{body}")
    return path


def main() -> None:
    """Command line: write the suite."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the suite into")
    parser.add_argument("--scenarios", type=int, default=2000)
    parser.add_argument("--features", type=int, default=40)
    parser.add_argument("--plain", action="store_true", help="hand-written steps")
    arguments = parser.parse_args()
    files = write_suite(arguments.out, arguments.scenarios, arguments.features, arguments.plain)
    print(f"{arguments.scenarios} scenarios in {len(files)} feature files under {arguments.out}")


if __name__ == "__main__":
    main()
