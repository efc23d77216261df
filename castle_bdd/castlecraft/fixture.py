"""`CastlecraftTestFixture`: given-when-then for a castlecraft-engineer domain, as it is.

The domain is written against castlecraft's API only: ``EventSourcedAggregate``
subclasses, ``CommandHandler[C]`` classes resolved from a punq container and run by
castlecraft's ``CommandBus``, events stored in an ``EventStore`` and published on the
``EventBus`` or an ``ExternalEventPublisher``. The fixture gives the handlers those
things, watches what they store and publish, and answers with castle-bdd's own
`AggregateResultValidator`: every ``expect_…`` works as for a castle-bdd aggregate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from uuid import UUID

import punq
from castlecraft_engineer.abstractions.event_sourced_aggregate import EventSourcedAggregate
from castlecraft_engineer.abstractions.event_store import EventStore
from castlecraft_engineer.abstractions.projector import Projector
from castlecraft_engineer.abstractions.snapshot_store import SnapshotStore

from castle_bdd.castlecraft.catalogue import CastlecraftDomain, command_type_of
from castle_bdd.castlecraft.projections import project
from castle_bdd.castlecraft.scenario import (
    CASTLECRAFT_STAMPS,
    CastlecraftConfiguration,
    CastlecraftScenario,
)
from castle_bdd.clock import real_now
from castle_bdd.domain.interceptors import refuse_non_function
from castle_bdd.domain.messages import Message
from castle_bdd.errors import FixtureUsageError, refuse_argument, refuse_unless
from castle_bdd.fixtures.accidents import ACCIDENTAL_EXCEPTIONS, chosen_kinds
from castle_bdd.fixtures.aggregate_validator import AggregateResultValidator
from castle_bdd.fixtures.due_times import describe_delay
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.fixtures.journal import Journal
from castle_bdd.fixtures.phases import GivenPhase, entering_when, in_given_phase, instant_of
from castle_bdd.fixtures.runtime import TimeHold
from castle_bdd.gherkin.errors import UnknownNameError
from castle_bdd.suggestions import normalise_name
from castle_bdd.wording import capitalized

if TYPE_CHECKING:
    from typing import Self

A = TypeVar("A", bound=EventSourcedAggregate[Any])


class CastlecraftTestFixture(GivenPhase[CastlecraftScenario], Generic[A]):
    """Given events or commands, when a command, expect events, failures, results, state.

    ``CastlecraftTestFixture(GiftCard, CastlecraftDomain(command_handlers=(...)))``
    runs each scenario on a fresh `CastlecraftEventStore` (or on ``event_store``, your
    own castlecraft store, as it is) and a fresh punq container.
    """

    def __init__(
        self,
        aggregate_type: type[A],
        domain: CastlecraftDomain | None = None,
        event_store: EventStore[Any] | None = None,
    ) -> None:
        """Test ``aggregate_type`` with the handlers of ``domain``."""
        if not (
            isinstance(aggregate_type, type) and issubclass(aggregate_type, EventSourcedAggregate)
        ):
            raise FixtureUsageError(
                "CastlecraftTestFixture tests an EventSourcedAggregate subclass, "
                f"got {aggregate_type!r}"
            )
        self._config = CastlecraftConfiguration(
            aggregate_type, domain or CastlecraftDomain(), event_store
        )
        self._config.field_filters.ignore_everywhere(*CASTLECRAFT_STAMPS)
        self._scenario: CastlecraftScenario | None = None
        self._time_hold = TimeHold()

    @property
    def aggregate_type(self) -> type[A]:
        """The aggregate class under test."""
        return self._config.aggregate_type  # type: ignore[return-value]

    @property
    def container(self) -> punq.Container:
        """The punq container of the current scenario."""
        return self._active("the container").container

    @property
    def event_store(self) -> EventStore[object]:
        """The event store of the current scenario, as the handlers see it."""
        return self._active("the event store").store

    @property
    def snapshot_store(self) -> SnapshotStore[object]:
        """The snapshot store the current scenario's handlers were given."""
        return self._active("the snapshot store").snapshots

    @property
    def journal(self) -> Journal:
        """What the current scenario did so far, in order."""
        return self._scenario.journal if self._scenario is not None else Journal()

    @property
    def current_time(self) -> datetime:
        """The current scenario's time (the real time before any scenario)."""
        return self._scenario.time.now() if self._scenario is not None else real_now()

    def register_command_handler(self, handler_class: type) -> Self:
        """Let a ``CommandHandler[C]`` class handle ``C`` (besides the domain's)."""
        if command_type_of(handler_class) is None:
            refuse_argument(
                "register_command_handler",
                "a CommandHandler[SomeCommand] subclass",
                handler_class,
                "register_command_handler(DepositMoneyHandler)",
            )
        domain = self._config.domain
        handlers = (*domain.command_handlers, handler_class)
        self._config.domain = CastlecraftDomain(handlers, domain.event_handlers, domain.projectors)
        return self

    def register_injectable_resource(self, resource: object, as_type: type | None = None) -> Self:
        """Register ``resource`` in each scenario's container, as ``as_type`` or its own class."""
        if as_type is not None and not isinstance(as_type, type):
            refuse_argument(
                "register_injectable_resource",
                "the class to register the resource as",
                as_type,
                "register_injectable_resource(resource, as_type=Clock)",
            )
        service = as_type if as_type is not None else type(resource)
        return self.register_services(
            lambda container: container.register(service, instance=resource)
        )

    def register_services(self, setup: Callable[[punq.Container], object]) -> Self:
        """Call ``setup(container)`` on each scenario's container, before any handler runs."""
        refuse_non_function(setup, "register_services")
        self._config.container_setups.append(setup)
        return self

    def set_fail_on_accidental_exceptions(
        self, enabled: bool = True, kinds: Sequence[type[BaseException]] = ACCIDENTAL_EXCEPTIONS
    ) -> Self:
        """Treat a crash as a failure, as the Gherkin steps do (off by default).

        A command handler's accident (``AttributeError``, ``TypeError``…) fails every
        expectation until `expect_exception` names it; an event handler's, which
        castlecraft's bus only logs, fails every expectation.
        """
        self._config.accidental_exceptions = chosen_kinds(enabled, kinds)
        return self

    def acting_as(self, subject_id: str | UUID | None, permissions: Iterable[object] = ()) -> Self:
        """Send the commands as ``subject_id`` holding ``permissions`` (``Permission``s).

        The id reaches the handlers' ``authorize`` and ``execute`` as it is given: a string,
        a ``UUID`` (as an identity provider's subject often is) or None for no subject.
        """
        if isinstance(permissions, (str, bytes)) or not isinstance(permissions, Iterable):
            refuse_argument(
                "acting_as",
                "the subject and a list of permissions",
                permissions,
                "acting_as(subject_id, [permission, ...])",
            )
        refuse_unless(
            subject_id,
            (str, UUID, type(None)),
            "acting_as",
            "the subject's id as a string or a UUID",
            "acting_as('ann', [permission, ...])",
        )
        self._config.subject_id = subject_id
        self._config.permissions = list(permissions)
        return self

    def use_stream_ids(self, stream_id_of: Callable[[Any], object]) -> Self:
        """Read which stream a given event (or the first command) goes to with this function."""
        refuse_non_function(stream_id_of, "use_stream_ids")
        self._config.stream_id = stream_id_of
        return self

    def ignore_fields(self, *field_names: str) -> Self:
        """Leave fields of these names out of every event comparison."""
        commands = (command_type_of(handler) for handler in self._config.domain.command_handlers)
        known = [kind for kind in commands if kind is not None]
        self._config.field_filters.ignore_everywhere(*field_names, known=known)
        return self

    def register_ignored_field(self, message_type: type, field_name: str) -> Self:
        """Leave ``field_name`` of ``message_type`` out of event comparisons."""
        self._config.field_filters.ignore(message_type, field_name)
        return self

    def and_given_current_time(self, instant: datetime) -> Self:
        """Move the current scenario's time to ``instant``."""
        scenario = self._given_scenario("and_given_current_time")
        scenario.time.clock.move_to(instant_of(instant))
        return self

    def when(
        self, command: object, metadata: Mapping[str, object] | None = None
    ) -> AggregateResultValidator:
        """Send ``command`` through castlecraft's command bus; return the validator."""
        if metadata:
            raise FixtureUsageError(
                "castlecraft's command bus carries no metadata, so the handler would not "
                f"see {metadata!r}: leave it out; acting_as(subject_id, permissions) "
                "sets who sends the command"
            )
        scenario = self._when_scenario()
        scenario.run_when(command)
        return self._validator(scenario, f"the command {type(command).__name__}")

    def when_time_elapses(self, delta: timedelta) -> AggregateResultValidator:
        """Let ``delta`` pass (castlecraft schedules nothing, so nothing fires)."""
        scenario = self._when_scenario()
        scenario.time.advance_by(delta, _nothing_fires)
        return self._validator(scenario, "time passing", f"{describe_delay(delta)} passed")

    def when_time_advances_to(self, instant: datetime) -> AggregateResultValidator:
        """Move time to ``instant`` (castlecraft schedules nothing, so nothing fires)."""
        scenario = self._when_scenario()
        target = instant_of(instant)
        scenario.time.advance_to(target, _nothing_fires)
        moved = f"time advanced to {target.isoformat()}"
        return self._validator(scenario, "time passing", moved)

    def projection(self, projector_type: type[Projector]) -> Projector:
        """A fresh ``projector_type`` fed every event the scenario stored, in order."""
        if not (isinstance(projector_type, type) and issubclass(projector_type, Projector)):
            refuse_argument("projection", "a Projector class", projector_type, "projection(Totals)")
        scenario = self._active("a projection")
        events = [message.payload for message in scenario.events.given]
        events += scenario.events.published_payloads
        return project(projector_type, events, scenario.time)

    def projection_named(self, written: str) -> Projector:
        """`projection` of the domain's projector class ``written`` names (``WalletTotals``)."""
        refuse_unless(
            written, str, "projection_named", "a projector's name", 'projection_named("Totals")'
        )
        projectors = {kind.__name__: kind for kind in self._config.domain.projectors}
        wanted = normalise_name(written)
        for name, kind in projectors.items():
            if normalise_name(name) == wanted:
                return self.projection(kind)
        raise UnknownNameError("projection", written, projectors)

    def _validator(
        self, scenario: CastlecraftScenario, subject: str, time_passed: str | None = None
    ) -> AggregateResultValidator:
        return CastlecraftResultValidator(scenario, subject, time_passed)

    def close(self) -> None:
        """End the current scenario (the next given starts anew); its validator stays readable."""
        if self._scenario is not None:
            self._time_hold.switch_to(None)
            self._scenario.close()

    def _leave_fatal_errors_to_steps(self) -> None:
        # for the step library: its accidental exceptions decide whether one is a crash
        self._config.fatal_errors_raised = False

    def _time_frozen(self) -> AbstractContextManager[None]:
        current = self._scenario.time.clock if self._scenario is not None else None
        return self._time_hold.held(current)

    def _start(self, start: datetime | None = None) -> CastlecraftScenario:
        self.close()
        self._scenario = CastlecraftScenario(self._config, start)
        self._time_hold.switch_to(self._scenario.time.clock)
        return self._scenario

    def _active(self, what: str) -> CastlecraftScenario:
        if self._scenario is None:
            raise FixtureUsageError(
                f"{what} belongs to a scenario: start one with given(...) first"
            )
        return self._scenario

    def _given_scenario(self, method: str) -> CastlecraftScenario:
        return in_given_phase(self._scenario, method)

    def _when_scenario(self) -> CastlecraftScenario:
        return entering_when(self._scenario if self._scenario is not None else self._start())


class CastlecraftResultValidator(AggregateResultValidator):
    """What the when phase of a castlecraft scenario did: its events are those of the
    aggregate under test, and reading them fails when a handler stored events for another
    (see `CastlecraftScenario.stray_stream`)."""

    def __init__(
        self, scenario: CastlecraftScenario, subject: str, time_passed: str | None = None
    ) -> None:
        """Validate ``scenario``; ``subject`` names what ran ("the command DepositMoney"),
        ``time_passed`` how time passed when that was the when phase ("1 day passed")."""
        super().__init__(scenario, subject, time_passed)
        self._stray = scenario.stray_stream()
        self._aggregate_name = scenario.config.aggregate_type.__name__

    @property
    def events(self) -> list[Message]:
        """The events published in the when phase, all of the aggregate under test."""
        if self._stray is not None:
            self._refuse_stray_stream(self._stray)
        return super().events

    published_events = events

    @property
    def event_payloads(self) -> list[object]:
        """The payloads of `events`."""
        if self._stray is not None:
            self._refuse_stray_stream(self._stray)
        return super().event_payloads

    def _refuse_stray_stream(self, stray: tuple[object, object]) -> None:
        under_test, other = stray
        stored = (
            m for m in super().events if m.aggregate_id == other and m.sequence_number is not None
        )
        first = next(stored, None)
        name = "an event" if first is None else type(first.payload).__name__
        kind = self._aggregate_name
        raise ExpectationFailed(
            f"{capitalized(self.subject)} stored {name} for the {kind} {other!r}, but this "
            f"scenario tests the {kind} {under_test!r}: a scenario checks the events of the "
            "one aggregate it tests — the handler may store its events under the wrong id; "
            f"the events of the {kind} {other!r} belong in a scenario of its own",
            kind="events",
        )


def _nothing_fires(item: object) -> None:
    """What fires when a castlecraft scenario's time passes: nothing is ever scheduled."""
