"""setup_castle_bdd, castle(context) and the location of errors, with a stand-in context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from castle_bdd.behave import (  # type: ignore[attr-defined]
    DomainNotConfiguredError,
    castle,
    domain_from_pyproject,
    setup_castle_bdd,
)
from castle_bdd.gherkin.errors import GherkinError, set_step_locator
from castle_bdd.gherkin.scenario import CastleScenario

DOMAIN = ["examples.giftcard", "examples.invoicing"]


class Status:
    def __init__(self, name: str) -> None:
        self.name = name


class Step:
    def __init__(self, line: int, status: str) -> None:
        self.location = f"features/x.feature:{line}"
        self.status = Status(status)


class Scenario:
    def __init__(self, *tags: str) -> None:
        self.tags = list(tags)
        self.feature = None
        self.all_steps = [Step(3, "passed"), Step(4, "untested"), Step(5, "untested")]


class Context:
    """What castle(context) uses of behave's Context."""

    def __init__(self, scenario: Any) -> None:
        self.scenario = scenario
        self.cleanups: list[Any] = []

    def add_cleanup(self, function: Any, *args: Any) -> None:
        self.cleanups.append((function, args))

    def end_scenario(self) -> None:
        for function, args in self.cleanups:
            function(*args)
        self.cleanups.clear()


@pytest.fixture(autouse=True)
def no_locator():
    yield
    set_step_locator(None)


def test_one_castle_scenario_per_behave_scenario() -> None:
    context = Context(Scenario())
    setup_castle_bdd(context, domain=DOMAIN)
    first = castle(context)
    assert isinstance(first, CastleScenario)
    assert castle(context) is first
    context.scenario = Scenario()
    assert castle(context) is not first


def test_the_scenario_is_forgotten_when_it_ends() -> None:
    context = Context(Scenario())
    setup_castle_bdd(context, domain=DOMAIN)
    castle(context).given_no_prior_activity()
    context.end_scenario()
    assert "_castle_bdd_scenario" not in context.__dict__


def test_errors_name_the_step_being_run() -> None:
    context = Context(Scenario())
    setup_castle_bdd(context, domain=DOMAIN)
    castle(context)
    error = GherkinError("something is off")
    assert str(error) == "features/x.feature:4: something is off"
    assert error.problem == "something is off"


def test_a_tag_chooses_the_target() -> None:
    context = Context(Scenario("wip", "saga:InvoicingSaga"))
    setup_castle_bdd(context, domain=DOMAIN)
    target = castle(context).tagged_target()
    assert target is not None and target.name == "InvoicingSaga"


def test_a_then_before_any_when() -> None:
    context = Context(Scenario())
    setup_castle_bdd(context, domain=DOMAIN)
    with pytest.raises(GherkinError, match="this Then step has no When before it"):
        castle(context).validator  # noqa: B018


def test_a_given_after_the_when() -> None:
    from examples.giftcard import CardIssued, IssueCard

    context = Context(Scenario())
    setup_castle_bdd(context, domain=DOMAIN)
    scenario = castle(context)
    scenario.when(IssueCard("GC-1", 5))
    with pytest.raises(GherkinError, match="a Given step comes after the When"):
        scenario.given(CardIssued("GC-1", 5))
    with pytest.raises(GherkinError, match="a scenario has one When step"):
        scenario.when(IssueCard("GC-1", 5))


def test_a_given_command_that_raises_is_reported() -> None:
    from examples.giftcard import IssueCard, RedeemCard

    context = Context(Scenario())
    setup_castle_bdd(context, domain=DOMAIN)
    scenario = castle(context)
    scenario.given_commands(IssueCard("GC-1", 0))
    with pytest.raises(GherkinError, match="the given command IssueCard failed: ValueError"):
        scenario.when(RedeemCard("GC-1", 1))


def test_configure_is_called_with_every_fixture() -> None:
    from examples.giftcard import IssueCard

    seen: list[Any] = []
    context = Context(Scenario())
    setup_castle_bdd(context, domain=DOMAIN, configure=seen.append)
    validator = castle(context).when(IssueCard("GC-1", 5))
    assert [type(f).__name__ for f in seen] == ["AggregateTestFixture"]
    assert validator.event_payloads[0].amount == 5  # type: ignore[attr-defined]


def test_the_domain_from_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\ndomain = ["a.b", "c"]\n')
    nested = tmp_path / "features" / "deep"
    nested.mkdir(parents=True)
    assert domain_from_pyproject(nested) == ["a.b", "c"]


def test_no_domain_anywhere(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.other]\nx = 1\n")
    with pytest.raises(DomainNotConfiguredError, match="castle-bdd does not know where"):
        domain_from_pyproject(tmp_path / "nowhere")


def test_a_domain_that_is_not_a_list(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.castle_bdd]\ndomain = 3\n")
    with pytest.raises(DomainNotConfiguredError, match="must be a list of module names"):
        domain_from_pyproject(tmp_path)
