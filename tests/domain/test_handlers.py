from __future__ import annotations

import asyncio
from dataclasses import FrozenInstanceError, dataclass
from typing import Any, Protocol

import pytest

from castle_bdd import Aggregate, Saga, command_handler, deadline_handler, event_sourcing_handler
from castle_bdd.domain import Role, handler_for_function, handlers_of, saga_event_handler
from castle_bdd.domain.decorators import start_saga
from castle_bdd.errors import HandlerDefinitionError
from castle_bdd.fixtures.aggregate import AggregateTestFixture
from examples.giftcard import CardIssued, GiftCard, IssueCard, RedeemCard
from examples.invoicing import InvoiceCreated, InvoicePaid, InvoicingSaga


@dataclass
class Ping:
    text: str


@dataclass
class LoudPing(Ping):
    pass


def test_message_type_comes_from_the_type_hint() -> None:
    table = handlers_of(GiftCard)
    assert table.handled_types(Role.COMMAND) == [
        IssueCard,
        RedeemCard,
        *table.handled_types(Role.COMMAND)[2:],
    ]
    handler = table.find(Role.COMMAND, IssueCard("GC-1", 10))
    assert handler is not None and handler.function.__name__ == "issue"


def test_a_class_s_handler_table_is_shared_and_read_only() -> None:
    table = handlers_of(GiftCard)
    assert handlers_of(GiftCard) is table
    with pytest.raises(FrozenInstanceError):
        table.owner = int
    with pytest.raises(FrozenInstanceError):
        del table.by_role
    assert table.owner is GiftCard
    assert repr(table) == "HandlerTable(GiftCard)"


def test_async_handlers_are_recognised() -> None:
    handler = handlers_of(GiftCard).find(Role.COMMAND, RedeemCard("GC-1", 1))
    assert handler is not None and handler.is_async
    assert asyncio.iscoroutine(coroutine := handler.call(GiftCard(), RedeemCard("GC-1", 0)))
    assert asyncio.run(coroutine) == 0


def test_a_subclass_message_finds_the_handler_of_its_base() -> None:
    class Listener(Aggregate):
        @command_handler
        def on_ping(self, command: Ping) -> str:
            return command.text

    handler = handlers_of(Listener).find(Role.COMMAND, LoudPing("hi"))
    assert handler is not None and handler.call(Listener(), LoudPing("hi")) == "hi"


def test_a_handler_without_type_hint_is_refused_with_an_example() -> None:
    class Sloppy(Aggregate):
        @command_handler
        def handle(self, command):
            pass

    with pytest.raises(HandlerDefinitionError, match=r"Sloppy.handle has no usable type hint"):
        handlers_of(Sloppy)


def test_a_handler_of_any_message_is_refused_as_one_without_type_hint() -> None:
    # Before, `Any` was taken as a message class that no message has: the handler never ran.
    class Vague(Aggregate):
        @event_sourcing_handler
        def on(self, event: Any) -> None:
            pass

    with pytest.raises(HandlerDefinitionError, match=r"Vague.on has no usable type hint"):
        handlers_of(Vague)

    class VagueDeadline(Aggregate):
        @deadline_handler
        def on(self, payload: Any) -> None:
            pass

    with pytest.raises(HandlerDefinitionError, match=r"VagueDeadline.on has no usable type"):
        handlers_of(VagueDeadline)


def test_two_handlers_for_one_message_type_are_refused() -> None:
    class Twice(Aggregate):
        @command_handler
        def first(self, command: Ping) -> None:
            pass

        @command_handler
        def second(self, command: Ping) -> None:
            pass

    with pytest.raises(
        HandlerDefinitionError,
        match=r"two command handlers for Ping: tests/domain/test_handlers.py:\d+ in first and "
        r"tests/domain/test_handlers.py:\d+ in second; keep one",
    ):
        handlers_of(Twice)


def test_an_overriding_method_without_decorator_keeps_handling() -> None:
    """As in Axon: the override handles; before, the command silently had no handler."""

    class Base(Aggregate):
        @command_handler
        def handle(self, command: Ping) -> str:
            return "base"

    class Child(Base):
        def handle(self, command: Ping) -> str:
            return "child"

    found = handlers_of(Child).find(Role.COMMAND, Ping("x"))
    assert found is not None and found.call(Child(), Ping("x")) == "child"

    class Hidden(Base):
        handle = None  # type: ignore[assignment]

    assert handlers_of(Hidden).find(Role.COMMAND, Ping("x")) is None


def test_saga_handlers_carry_association_and_lifecycle_marks() -> None:
    table = handlers_of(InvoicingSaga)
    created = table.find(Role.SAGA_EVENT, InvoiceCreated("INV-1", 1))
    paid = table.find(Role.SAGA_EVENT, InvoicePaid("INV-1"))
    assert (
        created is not None
        and created.mark.starts_saga
        and created.mark.association == "invoice_id"
    )
    assert paid is not None and paid.mark.ends_saga and not paid.mark.starts_saga


def test_start_saga_alone_is_refused() -> None:
    class Broken(Saga):
        @start_saga
        def begin(self, event: Ping) -> None:
            pass

    with pytest.raises(HandlerDefinitionError, match="not @saga_event_handler"):
        handlers_of(Broken)


def test_deadline_handlers_by_name_and_by_payload_class() -> None:
    class Timed(Aggregate):
        @deadline_handler("Reminder")
        def remind(self) -> str:
            return "reminded"

        @deadline_handler
        def expire(self, payload: Ping) -> str:
            return payload.text

    table = handlers_of(Timed)
    named = table.find_deadline("Reminder", None)
    by_payload = table.find_deadline("Ping", Ping("gone"))
    assert named is not None and named.call(Timed(), None) == "reminded"
    assert by_payload is not None and by_payload.call(Timed(), Ping("gone")) == "gone"


class Clerk:
    name = "clerk"


@dataclass(frozen=True)
class Stamped:
    text: str
    clerk: str


def test_resources_are_injected_by_type_or_name() -> None:
    class Desk(Aggregate):
        @command_handler
        def handle(self, command: Ping, clerk: Clerk, greeting: str) -> str:
            return f"{greeting} {clerk.name} {command.text}"

    handler = handlers_of(Desk).find(Role.COMMAND, Ping("x"))
    assert handler is not None
    assert handler.call(Desk(), Ping("x"), {"someone": Clerk(), "greeting": "hi"}) == "hi clerk x"
    with pytest.raises(HandlerDefinitionError, match="no such resource is registered"):
        handler.call(Desk(), Ping("x"), {})


def test_a_parameter_with_a_default_takes_it_when_no_resource_fits() -> None:
    class Desk(Aggregate):
        @command_handler
        def handle(self, command: Ping, clerk: Clerk | None = None, note: str = "-") -> str:
            return f"{clerk.name if clerk else 'nobody'} {note} {command.text}"

    handler = handlers_of(Desk).find(Role.COMMAND, Ping("x"))
    assert handler is not None
    assert handler.call(Desk(), Ping("x"), {}) == "nobody - x"
    assert handler.call(Desk(), Ping("x"), {"someone": Clerk()}) == "clerk - x"
    assert handler.call(Desk(), Ping("x"), {"note": "hi"}) == "nobody hi x"


def test_a_handler_with_a_defaulted_parameter_runs_in_the_fixture() -> None:
    class Desk(Aggregate):
        @command_handler
        def handle(self, command: Ping, clerk: Clerk | None = None) -> None:
            self.apply(Stamped(command.text, clerk.name if clerk else "nobody"))

        @event_sourcing_handler
        def on_stamped(self, event: Stamped) -> None:
            self.text = event.text

    AggregateTestFixture(Desk).given().when(Ping("x")).expect_events(Stamped("x", "nobody"))
    registered = AggregateTestFixture(Desk).register_injectable_resource(Clerk())
    registered.given().when(Ping("x")).expect_events(Stamped("x", "clerk"))


def test_a_plain_function_is_a_command_handler() -> None:
    def shout(command: Ping) -> str:
        return command.text.upper()

    handler = handler_for_function(shout)
    assert handler.message_type is Ping and handler.call(None, Ping("hey")) == "HEY"


def test_event_sourcing_handlers_must_be_synchronous() -> None:
    class Lagging(Aggregate):
        @event_sourcing_handler
        async def on_issued(self, event: CardIssued) -> None:
            pass

    with pytest.raises(HandlerDefinitionError, match="must be plain functions"):
        Lagging().apply(CardIssued("GC-1", 1))


def test_saga_event_handler_with_a_different_association_key() -> None:
    class Keyed(Saga):
        @saga_event_handler(association="text", key="ping_text")
        def on_ping(self, event: Ping) -> None:
            pass

    handler = handlers_of(Keyed).find(Role.SAGA_EVENT, Ping("a"))
    assert handler is not None and handler.mark.association_key == "ping_text"


class Notifier(Protocol):
    def notify(self, text: str) -> str: ...


class Mailer:
    def notify(self, text: str) -> str:
        return f"mailed {text}"


def test_a_resource_typed_by_a_protocol_is_found_by_its_methods() -> None:
    class Desk(Aggregate):
        @command_handler
        def handle(self, command: Ping, notifier: Notifier) -> str:
            return notifier.notify(command.text)

    handler = handlers_of(Desk).find(Role.COMMAND, Ping("x"))
    assert handler is not None
    assert handler.call(Desk(), Ping("hi"), {"mail": Mailer()}) == "mailed hi"
    with pytest.raises(HandlerDefinitionError, match="no such resource"):
        handler.call(Desk(), Ping("hi"), {"other": Clerk()})


def test_a_handler_named_as_a_method_castle_bdd_calls_is_refused() -> None:
    class Ending(Saga):
        @saga_event_handler(association="text")
        def end(self, event: Ping) -> None:  # type: ignore[override]
            """Named as ``Saga.end``, which ends the saga."""

    class Applying(Aggregate):
        @command_handler
        def apply(self, command: Ping) -> None:  # type: ignore[override]
            """Named as ``Aggregate.apply``, which every command handler calls."""

    with pytest.raises(HandlerDefinitionError, match=r"Ending\.end replaces Saga\.end"):
        handlers_of(Ending)
    with pytest.raises(HandlerDefinitionError, match=r"Applying\.apply replaces Aggregate\.apply"):
        handlers_of(Applying)
