"""A scenario's journal stays on the behave scenario only when the run has a reader for it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from castle_bdd.behave import castle, journals_read, setup_castle_bdd
from castle_bdd.config import ENVIRONMENT_VARIABLE, USERDATA_KEY
from castle_bdd.docs import LivingDocFormatter, LivingMarkdownFormatter, RunRecordFormatter
from castle_bdd.domain.collaborators import CollaboratorMissingError
from castle_bdd.gherkin.errors import set_step_locator
from castle_bdd.marks import JOURNAL_ATTRIBUTE, RELEASABLE_ATTRIBUTE
from examples.giftcard import CardIssued, RedeemCard
from examples.subscription import Plan, StartSubscription

ROOT = Path(__file__).resolve().parents[2]


class Reader:
    """A formatter of the user's own that reads the journals."""

    castle_reads_journals = True


class Other:
    """A formatter that reads none (behave's own, say)."""


class Runner:
    def __init__(self, formatters: list[Any]) -> None:
        self.formatters = formatters
        self.hooks: dict[str, Any] = {}
        self.features: list[Any] = []


class Context:
    def __init__(self, runner: Runner | None, userdata: dict[str, str] | None = None) -> None:
        if runner is not None:
            self._runner = runner
        self.config = SimpleNamespace(userdata=userdata or {})
        self.scenario = SimpleNamespace(tags=[], name="Redeeming", feature=SimpleNamespace())
        self.cleanups: list[tuple[Callable[..., None], tuple[Any, ...]]] = []

    def add_cleanup(self, cleanup: Callable[..., None], *args: Any) -> None:
        self.cleanups.append((cleanup, args))

    def end_scenario(self) -> None:
        for cleanup, args in self.cleanups:
            cleanup(*args)


@pytest.fixture(autouse=True)
def _no_records_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENVIRONMENT_VARIABLE, raising=False)


@pytest.mark.parametrize(
    ("formatters", "read"),
    [
        ([], False),
        ([Other()], False),
        ([Other(), Reader()], True),
        ([SimpleNamespace(castle_reads_journals="yes")], False),
    ],
    ids=["no formatter", "a formatter that reads none", "a reader among them", "not True"],
)
def test_formatters_decide(formatters: list[Any], read: bool) -> None:
    assert journals_read(Context(Runner(formatters))) is read


@pytest.mark.parametrize(
    "formatter", [LivingDocFormatter, LivingMarkdownFormatter, RunRecordFormatter]
)
def test_castle_bdd_formatters_read_journals(formatter: type) -> None:
    assert formatter.castle_reads_journals is True  # type: ignore[attr-defined]


def test_run_records_need_the_journals_whatever_the_formatters(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    assert journals_read(Context(Runner([]), userdata={USERDATA_KEY: str(tmp_path)}))
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(tmp_path))
    assert journals_read(Context(Runner([])))


def test_a_run_whose_formatters_cannot_be_seen_keeps_them() -> None:
    assert journals_read(Context(None))
    assert journals_read(Context(SimpleNamespace()))  # type: ignore[arg-type]


def _journal_left(formatters: list[Any]) -> Any:
    context = Context(Runner(formatters))
    try:
        setup_castle_bdd(context, domain=["examples.giftcard"])
        castle(context).given(CardIssued("GC-1", 100))
        castle(context).when_command(RedeemCard("GC-1", 30))
        journal_during = castle(context).journal
        context.end_scenario()
    finally:
        set_step_locator(None)
    assert journal_during is not None and len(journal_during) > 0
    return getattr(context.scenario, JOURNAL_ATTRIBUTE, None)


def test_the_step_library_leaves_the_journal_for_a_reader() -> None:
    journal = _journal_left([Other(), Reader()])
    assert [entry.kind.name for entry in journal] == ["EVENT", "COMMAND", "EVENT", "RESULT"]


def test_without_a_reader_nothing_of_the_scenario_outlives_it() -> None:
    assert _journal_left([Other()]) is None


@pytest.mark.parametrize(
    ("formatters", "releasable"),
    [
        ([LivingDocFormatter], True),
        ([LivingDocFormatter, RunRecordFormatter, Other], True),
        ([LivingDocFormatter, Reader], False),
    ],
    ids=["castle-bdd's formatter", "castle-bdd's and behave's", "a reader of the project's own"],
)
def test_a_journal_is_let_go_after_its_feature_only_when_no_other_reader_may_want_it(
    formatters: list[type], releasable: bool
) -> None:
    readers: list[object] = [object.__new__(kind) for kind in formatters]  # their classes decide
    context = Context(Runner(readers))
    try:
        setup_castle_bdd(context, domain=["examples.giftcard"])
        castle(context).given(CardIssued("GC-1", 100))
        castle(context).when_command(RedeemCard("GC-1", 30))
        context.end_scenario()
    finally:
        set_step_locator(None)
    assert getattr(context.scenario, JOURNAL_ATTRIBUTE, None) is not None
    feature = context.scenario.feature
    assert getattr(feature, RELEASABLE_ATTRIBUTE, False) is releasable


def test_without_setup_each_run_is_asked_for_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs in one process share the run made from pyproject.toml, not the answer."""
    monkeypatch.chdir(ROOT)  # its pyproject.toml names the domain
    left = []
    for formatters in ([Other()], [Reader()], [Other()]):
        context = Context(Runner(formatters))
        try:
            castle(context).given(CardIssued("GC-1", 100))
            castle(context).when_command(RedeemCard("GC-1", 30))
            context.end_scenario()
        finally:
            set_step_locator(None)
        left.append(getattr(context.scenario, JOURNAL_ATTRIBUTE, None) is not None)
    assert left == [False, True, False]


def test_the_end_of_a_behave_scenario_closes_its_fixture() -> None:
    context = Context(Runner([]))
    try:
        setup_castle_bdd(context, domain=["examples.subscription"])
        scenario = castle(context)
        scenario.given_no_prior_activity()
        scenario.when_command(StartSubscription("S-1", Plan.BASIC, Decimal(10)))
        subscription = scenario.validator_for("aggregate").aggregate
        context.end_scenario()
    finally:
        set_step_locator(None)
    with pytest.raises(CollaboratorMissingError, match="after its scenario ended"):
        subscription.deadlines.cancel_all("PaymentDue")  # type: ignore[attr-defined]
