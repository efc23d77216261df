"""Axon's ``StubSaga`` and the events of its saga fixture tests, in Python."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from castle_bdd import Saga, end_saga, saga_event_handler, start_saga
from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.event_bus import RecordingEventBus
from castle_bdd.scheduling import ScheduleToken

TRIGGER = timedelta(minutes=10)


@dataclass(frozen=True)
class TriggerSagaStartEvent:
    identifier: str
    deadline_name: str = "deadlineName"


@dataclass(frozen=True)
class ForceTriggerSagaStartEvent:
    identifier: str


@dataclass(frozen=True)
class TriggerExistingSagaEvent:
    identifier: str


@dataclass(frozen=True)
class TriggerSagaEndEvent:
    identifier: str


@dataclass(frozen=True)
class TriggerExceptionWhileHandlingEvent:
    identifier: str


@dataclass(frozen=True)
class TriggerAssociationResolverSagaEvent:
    identifier: str


@dataclass(frozen=True)
class TimerTriggeredEvent:
    identifier: str


@dataclass(frozen=True)
class ResetTriggerEvent:
    identifier: str


@dataclass(frozen=True)
class SagaWasTriggeredEvent:
    saga: Any = field(compare=False)


class StubGateway:
    """Axon's ``StubGateway``: one method that sends a text."""

    def send(self, text: str) -> str | None:
        """Send ``text`` as a command; the answer is whatever the fixture says."""
        raise NotImplementedError  # the fixture makes the instance that sends


class NonTransientResource:
    """Axon's ``NonTransientResource``."""


class StubSaga(Saga):
    """Axon's ``StubSaga``: starts, schedules a timer, answers it through a gateway."""

    def __init__(self) -> None:
        self.handled_events: list[Any] = []
        self.timer: ScheduleToken | None = None

    @start_saga
    @saga_event_handler(association="identifier")
    def handle_saga_start(self, event: TriggerSagaStartEvent, message: Message) -> None:
        self.handled_events.append(event)
        extra = message.metadata.get("extraIdentifier")
        if extra is not None:
            self.associate_with("extraIdentifier", str(extra))
        assert message.timestamp is not None
        due = message.timestamp + TRIGGER
        self.timer = self.scheduler.schedule(due, TimerTriggeredEvent(event.identifier))

    @start_saga(force_new=True)
    @saga_event_handler(association="identifier")
    def handle_forced_saga_start(self, event: ForceTriggerSagaStartEvent, message: Message) -> None:
        self.handled_events.append(event)
        assert message.timestamp is not None
        due = message.timestamp + TRIGGER
        self.timer = self.scheduler.schedule(due, TimerTriggeredEvent(event.identifier))

    @saga_event_handler(association="identifier")
    def handle_event(self, event: TriggerExistingSagaEvent, event_bus: RecordingEventBus) -> None:
        self.handled_events.append(event)
        event_bus.publish(SagaWasTriggeredEvent(self))

    @end_saga
    @saga_event_handler(association="identifier")
    def handle_end_event(self, event: TriggerSagaEndEvent) -> None:
        self.handled_events.append(event)

    @saga_event_handler(association="identifier")
    def handle_false_event(self, event: TriggerExceptionWhileHandlingEvent) -> None:
        self.handled_events.append(event)
        raise RuntimeError("This is a mock exception")

    @saga_event_handler(association="identifier")
    def handle_trigger_event(self, event: TimerTriggeredEvent, gateway: StubGateway) -> None:
        self.handled_events.append(event)
        result = gateway.send("Say hi!")
        if result is not None:
            gateway.send(result)

    @saga_event_handler(association="identifier")
    def handle_reset_trigger_event(self, event: ResetTriggerEvent) -> None:
        self.handled_events.append(event)
        if self.timer is not None:
            self.scheduler.cancel(self.timer)
        self.timer = self.scheduler.schedule(TRIGGER, TimerTriggeredEvent(event.identifier))

    @saga_event_handler(association="identifier")
    def handle_trigger_association_resolver_saga_event(
        self, event: TriggerAssociationResolverSagaEvent, message: Message
    ) -> None:
        assert message.aggregate_id is not None, "the event was not published by an aggregate"
        self.handled_events.append(event)
