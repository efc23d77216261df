"""What the step library asks of the fixtures, written as typed Protocols.

The Gherkin layer replays a scenario's plan on an aggregate or a saga fixture and reads
the result validator in its Then steps. It names here each method and property it uses,
so that mypy checks every call against the fixtures (`AggregateTestFixture`,
`SagaTestFixture` and their validators satisfy these Protocols), and a method the
fixtures lack is a type error, not a ``getattr`` that quietly finds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from castle_bdd.domain.messages import Message
    from castle_bdd.domain.saga import Saga
    from castle_bdd.fixtures.accidents import HandlerCrash
    from castle_bdd.fixtures.journal import Journal
    from castle_bdd.scheduling import ScheduledItem


class Verdict(Protocol):
    """What a failed check reports besides the messages: the When's exception."""

    @property
    def exception(self) -> BaseException | None:
        """What the When raised, if it raised."""

    @property
    def ignored_fields(self) -> Collection[str]:
        """The field names no comparison looks at."""


class Result(Verdict, Protocol):
    """The result validator of any When: its failure, return value, journal, deadlines."""

    @property
    def return_value(self) -> object:
        """What the command handler returned (None for a saga)."""

    @property
    def handler_crashes(self) -> list[HandlerCrash]:
        """Exceptions handlers raised without failing the When (castlecraft's event
        handlers': its bus logs them and goes on)."""

    @property
    def journal(self) -> Journal:
        """What happened in the scenario, in order."""

    @property
    def events(self) -> list[Message]:
        """The events of the When, as messages."""

    @property
    def triggered_deadlines(self) -> list[ScheduledItem]:
        """The deadlines that came due in the When."""

    @property
    def scheduled_deadlines(self) -> list[ScheduledItem]:
        """The deadlines waiting to come due."""

    def expect_scheduled_deadline_with_name(
        self, duration_or_instant: timedelta | datetime, deadline_name: str
    ) -> object:
        """A deadline of this name is due then."""

    def expect_no_scheduled_deadlines(self) -> object:
        """No deadline is waiting."""

    def expect_no_scheduled_deadline_with_name_between(
        self, start: timedelta | datetime, end: timedelta | datetime, deadline_name: str
    ) -> object:
        """No deadline of this name is due from ``start`` to ``end``."""


class AggregateResult(Result, Protocol):
    """The result validator of an aggregate's When."""

    @property
    def event_payloads(self) -> list[object]:
        """The payloads of the events the When published."""

    @property
    def aggregate(self) -> object:
        """The aggregate the command loaded or created (None if none)."""

    @property
    def nothing_came_due(self) -> str | None:
        """Why there is no aggregate when the When let time pass and nothing came due."""

    def committed_aggregate(self) -> object:
        """The aggregate whose state the When committed; refused after a failure."""

    def expect_marked_deleted(self) -> object:
        """The command marked the aggregate deleted."""


class SagaResult(Result, Protocol):
    """The result validator of a saga's When."""

    @property
    def published_events(self) -> list[Message]:
        """The events the sagas published on the event bus."""

    @property
    def dispatched_commands(self) -> list[Message]:
        """The commands the sagas sent."""

    @property
    def sagas(self) -> list[Saga]:
        """Every saga the scenario started, ended or not."""

    def expect_active_sagas(self, count: int) -> object:
        """This many sagas are active."""

    def expect_association_with(self, key: str, value: object) -> object:
        """An active saga is associated with ``key`` = ``value``."""

    def expect_no_association_with(self, key: str, value: object) -> object:
        """No active saga is associated with ``key`` = ``value``."""

    def expect_scheduled_event(
        self, duration_or_instant: timedelta | datetime, event: object
    ) -> object:
        """An event like ``event`` is scheduled then."""

    def expect_no_scheduled_events(self) -> object:
        """No event is scheduled."""

    def expect_no_scheduled_event_of_type_between(
        self, start: timedelta | datetime, end: timedelta | datetime, event_type: type
    ) -> object:
        """No event of ``event_type`` is due from ``start`` to ``end``."""


class ScenarioOwner(Protocol):
    """A fixture: it holds its scenario's clock frozen around many calls, and closes it."""

    @property
    def journal(self) -> Journal:
        """What the current scenario did so far."""

    @property
    def current_time(self) -> datetime:
        """The current scenario's time."""

    def _time_frozen(self) -> AbstractContextManager[None]:
        """One frozen window of the scenario's clock."""

    def _leave_fatal_errors_to_steps(self) -> None:
        """Keep an AssertionError (RecursionError, MemoryError) as the when phase's outcome:
        the step library's accidental exceptions decide whether it is a crash."""

    def close(self) -> None:
        """End the current scenario: what it made lets go of it."""


class AggregateFixture(ScenarioOwner, Protocol):
    """The calls a plan makes on an aggregate fixture (each returns the fixture)."""

    def given(self, *events: object) -> object:
        """Start a scenario from ``events``."""

    def and_given(self, *events: object) -> object:
        """More events in the history."""

    def given_no_prior_activity(self) -> object:
        """Start a scenario with no history."""

    def given_state(self, factory: Callable[[], Any]) -> object:
        """Start a scenario of a state-stored aggregate that ``factory`` makes."""

    def given_commands(self, *commands: object) -> object:
        """Start a scenario from ``commands`` handled."""

    def and_given_commands(self, *commands: object) -> object:
        """More commands handled."""

    def given_current_time(self, instant: datetime) -> object:
        """Start a scenario at ``instant``."""

    def and_given_current_time(self, instant: datetime) -> object:
        """Move the scenario's time to ``instant``."""

    def when(self, command: object) -> AggregateResult:
        """Send ``command``."""

    def when_time_elapses(self, delta: timedelta) -> AggregateResult:
        """Let ``delta`` pass."""

    def when_time_advances_to(self, instant: datetime) -> AggregateResult:
        """Move time to ``instant``."""


class GivenPublisher(Protocol):
    """Events one aggregate published before the When."""

    def published(self, *events: object) -> SagaGivens:
        """The aggregate published ``events``."""


class WhenPublisher(Protocol):
    """The event one aggregate publishes in the When."""

    def publishes(self, event: object) -> SagaResult:
        """The aggregate publishes ``event``."""


class SagaGivens(Protocol):
    """A saga scenario being set up."""

    def and_then_aggregate(self, aggregate_id: object) -> GivenPublisher:
        """The aggregate ``aggregate_id`` published events."""

    def and_then_a_published(self, event: object) -> SagaGivens:
        """``event`` was published."""

    def and_then_time_elapses(self, delta: timedelta) -> SagaGivens:
        """Time passed."""

    def and_then_time_advances_to(self, instant: datetime) -> SagaGivens:
        """Time moved to ``instant``."""

    def when_aggregate(self, aggregate_id: object) -> WhenPublisher:
        """The aggregate ``aggregate_id`` publishes in the When."""

    def when_publishing(self, event: object) -> SagaResult:
        """``event`` is published."""

    def when_time_elapses(self, delta: timedelta) -> SagaResult:
        """Let ``delta`` pass."""

    def when_time_advances_to(self, instant: datetime) -> SagaResult:
        """Move time to ``instant``."""


class SagaFixture(ScenarioOwner, Protocol):
    """The calls a plan makes on a saga fixture (each starts a scenario)."""

    def given_aggregate(self, aggregate_id: object) -> GivenPublisher:
        """Start with events the aggregate ``aggregate_id`` published."""

    def given_a_published(self, event: object) -> SagaGivens:
        """Start with ``event`` published."""

    def given_no_prior_activity(self) -> SagaGivens:
        """Start with nothing happened."""

    def given_current_time(self, instant: datetime) -> SagaGivens:
        """Start at ``instant``."""


#: The fixture a scenario made for its When.
Fixture = AggregateFixture | SagaFixture
#: The result validator of a scenario's When.
AnyResult = AggregateResult | SagaResult

__all__ = [
    "AggregateFixture",
    "AggregateResult",
    "AnyResult",
    "Fixture",
    "GivenPublisher",
    "Result",
    "SagaFixture",
    "SagaGivens",
    "SagaResult",
    "ScenarioOwner",
    "Verdict",
    "WhenPublisher",
]
