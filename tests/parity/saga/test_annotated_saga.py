"""Axon's ``AnnotatedSagaTest``, case by case, on castle-bdd's saga fixture."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hamcrest import anything, instance_of

from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.matchers import (
    and_no_more,
    exact_sequence_of,
    list_with_any_of,
    message_with_payload,
    no_events,
    payloads_matching,
)
from tests.parity.saga.stub_saga import (
    NonTransientResource,
    ResetTriggerEvent,
    SagaWasTriggeredEvent,
    StubGateway,
    StubSaga,
    TimerTriggeredEvent,
    TriggerAssociationResolverSagaEvent,
    TriggerExceptionWhileHandlingEvent,
    TriggerExistingSagaEvent,
    TriggerSagaEndEvent,
    TriggerSagaStartEvent,
)


def _id() -> str:
    return str(uuid.uuid4())


class AnsweringGateway:
    """Stands for Axon's mocked ``StubGateway``: answers "Say hi!" and remembers the calls."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, text: str) -> str | None:
        self.sent.append(text)
        return "Hi again!" if text == "Say hi!" else None


def test_fixture_api_when_event_occurs() -> None:
    """AnnotatedSagaTest.fixtureApi_WhenEventOccurs"""
    aggregate1, aggregate2 = _id(), _id()
    fixture = SagaTestFixture(StubSaga)
    validator = (
        fixture.given_aggregate(aggregate1)
        .published(Message(TriggerSagaStartEvent(aggregate1)), TriggerExistingSagaEvent(aggregate1))
        .and_then_aggregate(aggregate2)
        .published(TriggerSagaStartEvent(aggregate2))
        .when_aggregate(aggregate1)
        .publishes(TriggerSagaEndEvent(aggregate1))
    )
    validator.expect_active_sagas(1)
    validator.expect_association_with("identifier", aggregate2)
    validator.expect_no_association_with("identifier", aggregate1)
    ten = timedelta(minutes=10)
    validator.expect_scheduled_event_of_type(ten, TimerTriggeredEvent)
    validator.expect_scheduled_event_matching(
        ten, message_with_payload(instance_of(TimerTriggeredEvent))
    )
    validator.expect_scheduled_event(ten, TimerTriggeredEvent(aggregate1))
    at = fixture.current_time + timedelta(seconds=600)
    validator.expect_scheduled_event_of_type(at, TimerTriggeredEvent)
    validator.expect_scheduled_event_matching(
        at, message_with_payload(instance_of(TimerTriggeredEvent))
    )
    validator.expect_scheduled_event(at, TimerTriggeredEvent(aggregate1))
    validator.expect_dispatched_commands()
    validator.expect_no_dispatched_commands()
    validator.expect_published_events_matching(no_events())
    validator.expect_no_scheduled_deadlines()


def test_fixture_api_aggregate_published_event_no_historic_activity() -> None:
    """AnnotatedSagaTest.fixtureApi_AggregatePublishedEvent_NoHistoricActivity"""
    (
        SagaTestFixture(StubSaga)
        .given_no_prior_activity()
        .when_aggregate("id")
        .publishes(TriggerSagaStartEvent("id"))
        .expect_active_sagas(1)
        .expect_no_scheduled_deadlines()
        .expect_association_with("identifier", "id")
    )


def test_fixture_api_aggregate_published_event_with_metadata_no_historic_activity() -> None:
    """AnnotatedSagaTest.fixtureApi_AggregatePublishedEventWithMetaData_NoHistoricActivity"""
    extra = _id()
    (
        SagaTestFixture(StubSaga)
        .given_no_prior_activity()
        .when_aggregate("id")
        .publishes(TriggerSagaStartEvent("id"), {"extraIdentifier": extra})
        .expect_active_sagas(1)
        .expect_no_scheduled_deadlines()
        .expect_association_with("identifier", "id")
        .expect_association_with("extraIdentifier", extra)
    )


def test_fixture_api_aggregate_published_historic_event_with_metadata() -> None:
    """AnnotatedSagaTest.fixtureApi_AggregatePublishedHistoricEventWithMetaData"""
    extra = _id()
    (
        SagaTestFixture(StubSaga)
        .given_a_published(TriggerSagaStartEvent("id"), {"extraIdentifier": extra})
        .when_publishing(TriggerSagaStartEvent("id"))
        .expect_active_sagas(1)
        .expect_no_scheduled_deadlines()
        .expect_association_with("identifier", "id")
        .expect_association_with("extraIdentifier", extra)
    )


def test_fixture_api_non_transient_resource_injected() -> None:
    """AnnotatedSagaTest.fixtureApi_NonTransientResourceInjected

    Axon refuses a saga that keeps an injected resource in a non-transient field. A
    castle-bdd saga is handed its resources as handler parameters and never keeps them
    unless it assigns one itself, so the resource is simply not part of its state.
    """
    fixture = SagaTestFixture(StubSaga).register_resource(NonTransientResource())
    validator = (
        fixture.given_no_prior_activity()
        .when_aggregate("id")
        .publishes(TriggerSagaStartEvent("id"))
    )
    validator.expect_no_scheduled_deadlines().expect_successful_handler_execution()
    assert not any(isinstance(v, NonTransientResource) for v in vars(validator.sagas[0]).values())


def test_fixture_api_non_transient_resource_injected_check_disabled() -> None:
    """AnnotatedSagaTest.fixtureApi_NonTransientResourceInjected_CheckDisabled"""
    fixture = SagaTestFixture(StubSaga).register_resource(NonTransientResource())
    (
        fixture.given_no_prior_activity()
        .when_aggregate("id")
        .publishes(TriggerSagaStartEvent("id"))
        .expect_no_scheduled_deadlines()
    )


def test_fixture_api_published_event_no_historic_activity() -> None:
    """AnnotatedSagaTest.fixtureApi_PublishedEvent_NoHistoricActivity"""
    (
        SagaTestFixture(StubSaga)
        .given_no_prior_activity()
        .when_publishing(Message(TriggerSagaStartEvent("id")))
        .expect_active_sagas(1)
        .expect_association_with("identifier", "id")
        .expect_no_scheduled_deadlines()
    )


def test_fixture_api_published_event_with_metadata_no_historic_activity() -> None:
    """AnnotatedSagaTest.fixtureApi_PublishedEventWithMetaData_NoHistoricActivity"""
    extra = _id()
    (
        SagaTestFixture(StubSaga)
        .given_no_prior_activity()
        .when_publishing(TriggerSagaStartEvent("id"), {"extraIdentifier": extra})
        .expect_active_sagas(1)
        .expect_association_with("identifier", "id")
        .expect_association_with("extraIdentifier", extra)
        .expect_no_scheduled_deadlines()
    )


def test_fixture_api_with_application_events() -> None:
    """AnnotatedSagaTest.fixtureApi_WithApplicationEvents"""
    aggregate1, aggregate2 = _id(), _id()
    (
        SagaTestFixture(StubSaga)
        .given_a_published(TimerTriggeredEvent(_id()))
        .and_then_a_published(TimerTriggeredEvent(_id()))
        .when_publishing(TimerTriggeredEvent(_id()))
        .expect_active_sagas(0)
        .expect_no_association_with("identifier", aggregate2)
        .expect_no_association_with("identifier", aggregate1)
        .expect_no_scheduled_events()
        .expect_no_scheduled_deadlines()
        .expect_dispatched_commands()
        .expect_published_events()
    )


def test_fixture_api_when_event_is_published_to_event_bus() -> None:
    """AnnotatedSagaTest.fixtureApi_WhenEventIsPublishedToEventBus"""
    aggregate1, aggregate2 = _id(), _id()
    validator = (
        SagaTestFixture(StubSaga)
        .given_aggregate(aggregate1)
        .published(TriggerSagaStartEvent(aggregate1), TriggerExistingSagaEvent(aggregate1))
        .when_aggregate(aggregate1)
        .publishes(TriggerExistingSagaEvent(aggregate1))
    )
    validator.expect_active_sagas(1)
    validator.expect_association_with("identifier", aggregate1)
    validator.expect_no_association_with("identifier", aggregate2)
    validator.expect_scheduled_event_matching(
        timedelta(minutes=10), message_with_payload(anything())
    )
    validator.expect_dispatched_commands()
    validator.expect_published_events_matching(
        list_with_any_of(message_with_payload(instance_of(SagaWasTriggeredEvent)))
    )
    validator.expect_no_scheduled_deadlines()


def test_fixture_api_elapsed_time_between_events_has_effect_on_scheduler() -> None:
    """AnnotatedSagaTest.fixtureApi_ElapsedTimeBetweenEventsHasEffectOnScheduler"""
    aggregate1 = _id()
    validator = (
        SagaTestFixture(StubSaga)
        .given_aggregate(aggregate1)
        .published(TriggerSagaStartEvent(aggregate1))
        .and_then_time_elapses(timedelta(minutes=5))
        .and_then_aggregate(aggregate1)
        .published(ResetTriggerEvent(aggregate1))
        .when_time_elapses(timedelta(minutes=6))
    )
    validator.expect_active_sagas(1)
    validator.expect_association_with("identifier", aggregate1)
    validator.expect_scheduled_event_matching(
        timedelta(minutes=4), message_with_payload(anything())
    )
    validator.expect_no_dispatched_commands()
    validator.expect_published_events()
    validator.expect_no_scheduled_deadlines()


def _two_sagas(fixture: SagaTestFixture[StubSaga]) -> Any:
    identifier, identifier2 = _id(), _id()
    state = (
        fixture.given_aggregate(identifier)
        .published(TriggerSagaStartEvent(identifier))
        .and_then_aggregate(identifier2)
        .published(TriggerExistingSagaEvent(identifier2))
    )
    return state, identifier, identifier2


def test_fixture_api_when_time_elapses_using_mock_gateway() -> None:
    """AnnotatedSagaTest.fixtureApi_WhenTimeElapses_UsingMockGateway"""
    fixture = SagaTestFixture(StubSaga)
    gateway = AnsweringGateway()
    fixture.register_command_gateway(StubGateway, gateway)
    state, identifier, identifier2 = _two_sagas(fixture)
    (
        state.when_time_elapses(timedelta(minutes=35))
        .expect_active_sagas(1)
        .expect_association_with("identifier", identifier)
        .expect_no_association_with("identifier", identifier2)
        .expect_no_scheduled_events()
        .expect_no_scheduled_deadlines()
        .expect_dispatched_commands("Say hi!", "Hi again!")
        .expect_published_events_matching(no_events())
    )
    assert gateway.sent == ["Say hi!", "Hi again!"]


def test_fixture_api_given_current_time() -> None:
    """AnnotatedSagaTest.fixtureApi_givenCurrentTime"""
    identifier = _id()
    four_days_ago = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=4)
    (
        SagaTestFixture(StubSaga)
        .given_current_time(four_days_ago)
        .when_publishing(TriggerSagaStartEvent(identifier))
        .expect_scheduled_event(
            four_days_ago + timedelta(minutes=10), TimerTriggeredEvent(identifier)
        )
        .expect_no_scheduled_deadlines()
    )


def test_fixture_api_when_time_elapses_using_defaults() -> None:
    """AnnotatedSagaTest.fixtureApi_WhenTimeElapses_UsingDefaults"""
    fixture = SagaTestFixture(StubSaga)
    fixture.register_command_gateway(StubGateway)
    state, identifier, identifier2 = _two_sagas(fixture)
    (
        state.when_time_elapses(timedelta(minutes=35))
        .expect_active_sagas(1)
        .expect_association_with("identifier", identifier)
        .expect_no_association_with("identifier", identifier2)
        .expect_no_scheduled_events()
        .expect_no_scheduled_deadlines()
        .expect_dispatched_commands("Say hi!")
        .expect_published_events_matching(no_events())
    )


def test_fixture_api_when_time_elapses_using_callback_behavior() -> None:
    """AnnotatedSagaTest.fixtureApi_WhenTimeElapses_UsingCallbackBehavior"""
    calls: list[tuple[object, object]] = []

    def behavior(command: object, metadata: object) -> object:
        calls.append((command, metadata))
        return "Hi again!" if command == "Say hi!" else None

    fixture = SagaTestFixture(StubSaga).set_callback_behavior(behavior)
    fixture.register_command_gateway(StubGateway)
    state, identifier, identifier2 = _two_sagas(fixture)
    (
        state.when_time_elapses(timedelta(minutes=35))
        .expect_active_sagas(1)
        .expect_association_with("identifier", identifier)
        .expect_no_association_with("identifier", identifier2)
        .expect_no_scheduled_events()
        .expect_no_scheduled_deadlines()
        .expect_dispatched_commands("Say hi!", "Hi again!")
        .expect_published_events_matching(no_events())
    )
    assert [metadata for _, metadata in calls] == [{}, {}]


def test_fixture_api_when_time_advances() -> None:
    """AnnotatedSagaTest.fixtureApi_WhenTimeAdvances"""
    fixture = SagaTestFixture(StubSaga)
    fixture.register_command_gateway(StubGateway)
    state, identifier, identifier2 = _two_sagas(fixture)
    (
        state.when_time_advances_to(datetime.now(timezone.utc) + timedelta(days=1))
        .expect_active_sagas(1)
        .expect_association_with("identifier", identifier)
        .expect_no_association_with("identifier", identifier2)
        .expect_no_scheduled_events()
        .expect_no_scheduled_deadlines()
        .expect_dispatched_commands("Say hi!")
    )


def test_last_resource_evaluated_first() -> None:
    """AnnotatedSagaTest.lastResourceEvaluatedFirst"""
    fixture = SagaTestFixture(StubSaga)
    fixture.register_command_gateway(StubGateway)
    last = AnsweringGateway()
    last.send = lambda text: last.sent.append(text)  # type: ignore[method-assign]
    fixture.register_command_gateway(StubGateway, last)
    state, identifier, identifier2 = _two_sagas(fixture)
    (
        state.when_time_advances_to(datetime.now(timezone.utc) + timedelta(days=1))
        .expect_active_sagas(1)
        .expect_association_with("identifier", identifier)
        .expect_no_association_with("identifier", identifier2)
        .expect_no_scheduled_events()
        .expect_no_scheduled_deadlines()
        .expect_dispatched_commands("Say hi!")
    )
    assert last.sent == ["Say hi!"]


def test_publish_event_from_second_fixture_call() -> None:
    """AnnotatedSagaTest.publishEventFromSecondFixtureCall"""
    identifier = _id()
    fixture = SagaTestFixture(StubSaga)
    (
        fixture.when_aggregate(identifier)
        .publishes(TriggerSagaStartEvent(identifier))
        .expect_active_sagas(1)
        .expect_association_with("identifier", identifier)
        .expect_published_events()
    )
    (
        fixture.when_aggregate(identifier)
        .publishes(TriggerExistingSagaEvent(identifier))
        .expect_active_sagas(1)
        .expect_association_with("identifier", identifier)
        .expect_published_events_matching(
            payloads_matching(exact_sequence_of(instance_of(SagaWasTriggeredEvent), and_no_more()))
        )
    )


def test_no_exception_thrown_in_handler_method() -> None:
    """AnnotatedSagaTest.noExceptionThrownInHandlerMethod"""
    identifier = _id()
    validator = (
        SagaTestFixture(StubSaga)
        .given_no_prior_activity()
        .when_aggregate(identifier)
        .publishes(TriggerSagaStartEvent(identifier))
    )
    validator.expect_successful_handler_execution()


def test_exception_thrown_in_handler_method() -> None:
    """AnnotatedSagaTest.exceptionThrownInHandlerMethod"""
    identifier = _id()
    fixture = SagaTestFixture(StubSaga)
    fixture.register_listener_invocation_error_handler(lambda exception, event, handler: None)
    validator = (
        fixture.given_a_published(TriggerSagaStartEvent(identifier))
        .when_aggregate(identifier)
        .publishes(TriggerExceptionWhileHandlingEvent(identifier))
    )
    with pytest.raises(ExpectationFailed, match="This is a mock exception"):
        validator.expect_successful_handler_execution()


def test_fixture_api_domain_event_message_is_assignable_from_message() -> None:
    """AnnotatedSagaTest.fixtureApi_DomainEventMessageIsAssignableFromMessage"""
    aggregate1 = _id()
    validator = (
        SagaTestFixture(StubSaga)
        .given_aggregate(aggregate1)
        .published(
            Message(TriggerSagaStartEvent(aggregate1)),
            TriggerExistingSagaEvent(aggregate1),
            TriggerAssociationResolverSagaEvent(aggregate1),
        )
        .when_aggregate(aggregate1)
        .publishes(TriggerSagaEndEvent(aggregate1))
    )
    validator.expect_active_sagas(0)
