"""Choosing each scenario's event store: memory, sqlite, or a factory of one's own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from castle_bdd.behave import castle, setup_castle_bdd
from castle_bdd.config import configured_store
from castle_bdd.errors import CastleBddError
from castle_bdd.eventstore import InMemoryEventStore, SqliteEventStore
from castle_bdd.gherkin.errors import GherkinError, set_step_locator
from castle_bdd.store_choice import StoreChoiceError, store_factory
from tests.eventstore.lossy import (
    CardCharged,
    CardIssued,
    CardOpened,
    ChargeCard,
    CreditCard,
    IssueCard,
)
from tests.steps.test_behave_setup import Context, Scenario

NINE = datetime(2026, 1, 1, 9, tzinfo=timezone.utc)
LOSSY_DOMAIN = ["tests.eventstore.lossy"]


class Config:
    def __init__(self, **userdata: str) -> None:
        self.userdata = userdata


@pytest.fixture(autouse=True)
def no_locator():
    yield
    set_step_locator(None)


_contexts: list[Context] = []


@pytest.fixture(autouse=True)
def _scenarios_end() -> Iterator[None]:
    """Each test's scenarios end, as behave ends them: their stores are closed."""
    yield
    while _contexts:
        _contexts.pop().end_scenario()


def a_context(**userdata: str) -> Context:
    context = Context(Scenario())
    context.config = Config(**userdata)  # type: ignore[attr-defined]
    _contexts.append(context)
    return context


def test_sqlite_gives_each_scenario_a_store_of_its_own_closed_at_its_end() -> None:
    context = a_context()
    setup_castle_bdd(context, domain=LOSSY_DOMAIN, store="sqlite")
    castle(context).given(CardIssued("GC-1", NINE))
    validator = castle(context).when(ChargeCard("GC-1", 1050))
    store = castle(context).fixture.event_store  # type: ignore[attr-defined]
    assert isinstance(store, SqliteEventStore)
    assert store.load_events_now("GC-1")[1] == validator.event_payloads[0]  # type: ignore[attr-defined]
    context.end_scenario()
    with pytest.raises(Exception, match="closed"):
        store.get_current_version_now("GC-1")


def test_behave_s_userdata_overrides_the_setting() -> None:
    context = a_context(castle_store="memory")
    setup_castle_bdd(context, domain=LOSSY_DOMAIN, store="sqlite")
    castle(context).when(IssueCard("GC-1", NINE))
    assert isinstance(castle(context).fixture.event_store, InMemoryEventStore)  # type: ignore[attr-defined]


def test_a_given_event_the_store_changes_fails_the_scenario() -> None:
    context = a_context(castle_store="tests.eventstore.lossy:table_store")
    setup_castle_bdd(context, domain=LOSSY_DOMAIN)
    castle(context).given(CardIssued("GC-1", NINE))
    with pytest.raises(GherkinError) as failure:
        castle(context).when(ChargeCard("GC-1", 1))
    assert (
        "CardIssued.issued_at: 2026-01-01T09:00:00+00:00 came back as 2026-01-01T09:00:00 "
        "(the zone was lost)" in str(failure.value)
    )


def test_an_event_the_when_publishes_is_checked_too() -> None:
    context = a_context(castle_store="tests.eventstore.lossy:table_store")
    setup_castle_bdd(context, domain=LOSSY_DOMAIN)
    with pytest.raises(GherkinError, match=r"CardCharged\.amount: Decimal\('0\.25'\) came back"):
        castle(context).when(ChargeCard("GC-1", 25))


def test_a_command_is_checked_before_it_runs() -> None:
    context = a_context(castle_store="tests.eventstore.lossy:table_store")
    setup_castle_bdd(context, domain=LOSSY_DOMAIN)
    with pytest.raises(GherkinError, match=r"IssueCard\.issued_at: .* \(the zone was lost\)"):
        castle(context).when(IssueCard("GC-1", NINE))


def test_a_command_a_saga_sends_is_checked() -> None:
    context = a_context(castle_store="tests.eventstore.lossy:table_store")
    setup_castle_bdd(context, domain=LOSSY_DOMAIN)
    with pytest.raises(GherkinError, match=r"CreditCard\.amount: Decimal\('0\.25'\) came back"):
        castle(context).when(CardOpened("GC-1", 25))


def test_an_event_published_to_a_saga_is_checked() -> None:
    context = a_context(castle_store="tests.eventstore.lossy:table_store")
    setup_castle_bdd(context, domain=LOSSY_DOMAIN)
    with pytest.raises(GherkinError, match=r"CardCharged\.amount: .* \(a Decimal came back"):
        castle(context).when(CardCharged("GC-1", Decimal("1.5")))


def test_a_saga_on_sqlite_runs_as_in_memory() -> None:
    context = a_context(castle_store="sqlite")
    setup_castle_bdd(context, domain=LOSSY_DOMAIN)
    validator = castle(context).when(CardOpened("GC-1", 25))
    assert [m.payload for m in validator.dispatched_commands] == [  # type: ignore[attr-defined]
        CreditCard("GC-1", Decimal("0.25"))
    ]


def test_the_in_memory_default_checks_nothing() -> None:
    context = a_context()
    setup_castle_bdd(context, domain=LOSSY_DOMAIN)
    validator = castle(context).when(ChargeCard("GC-1", 25))
    assert validator.event_payloads == [CardCharged("GC-1", validator.event_payloads[0].amount)]  # type: ignore[attr-defined]


def test_the_store_setting_in_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\nstore = "sqlite"\n')
    assert configured_store(tmp_path) == "sqlite"
    (tmp_path / "pyproject.toml").write_text("[tool.castle_bdd]\nstore = 3\n")
    with pytest.raises(CastleBddError, match="store must be a string"):
        configured_store(tmp_path)


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("sqlit", "'sqlit' is unknown — did you mean 'sqlite'?"),
        ("nowhere.at_all:store", "cannot be found"),
        ("tests.eventstore.lossy:FIRST_COLUMNS", "not a function that makes a store"),
    ],
)
def test_a_store_that_cannot_be_made_is_named(setting: str, message: str) -> None:
    with pytest.raises(StoreChoiceError, match=message):
        store_factory(setting)


def test_memory_and_nothing_mean_the_default() -> None:
    assert store_factory(None) is None
    assert store_factory("memory") is None
    made: Any = store_factory("sqlite")
    with made() as store:
        assert isinstance(store, SqliteEventStore)
