"""Handler decorators: each only marks a function, saying what it handles and how.

The marks are read once per class, the first time the class is used, by `handlers_of`
(in `castle_bdd.domain.handlers`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple, TypeVar, overload

from castle_bdd.errors import HandlerDefinitionError

F = TypeVar("F", bound=Callable[..., object])

_MARK = "__castle_handler__"


class CreationPolicy(Enum):
    """Whether a command handler makes a new aggregate (Axon's ``AggregateCreationPolicy``).

    Without one, a handler runs on the aggregate under test, or on a fresh instance when
    that aggregate has no history yet.
    """

    ALWAYS = "always"
    CREATE_IF_MISSING = "create if missing"
    NEVER = "never"


class Role(Enum):
    """What a handler does with the message it takes."""

    COMMAND = "command handler"
    COMMAND_INTERCEPTOR = "command handler interceptor"
    EVENT_SOURCING = "event-sourcing handler"
    SAGA_EVENT = "saga event handler"
    DEADLINE = "deadline handler"


class HandlerMark(NamedTuple):
    """What the decorators on one function say about it."""

    role: Role | None = None
    association: str | None = None
    association_key: str | None = None
    starts_saga: bool = False
    force_new: bool = False
    ends_saga: bool = False
    deadline_name: str | None = None
    creation_policy: CreationPolicy | None = None


@dataclass(frozen=True)
class MetadataValue:
    """Marks a handler parameter that takes one value of the message's metadata.

    ``user: Annotated[str, MetadataValue("user")]`` gets ``metadata["user"]`` (None when
    the message has no such key), as Axon's ``@MetaDataValue``.
    """

    key: str


@overload
def command_handler(function: F, *, creation_policy: CreationPolicy | None = None) -> F: ...


@overload
def command_handler(
    function: None = None, *, creation_policy: CreationPolicy | None = None
) -> Callable[[F], F]: ...


def command_handler(
    function: F | None = None, *, creation_policy: CreationPolicy | None = None
) -> F | Callable[[F], F]:
    """Mark a method (of an aggregate or of any class) or a function as a command handler.

    ``@command_handler(creation_policy=CreationPolicy.ALWAYS)`` makes a new aggregate
    for every command (Axon's constructor handlers); ``CREATE_IF_MISSING`` loads the
    aggregate the command names or makes it; ``NEVER`` only loads it.
    """

    def decorate(inner: F) -> F:
        return _mark(inner, role=Role.COMMAND, creation_policy=creation_policy)

    return decorate(function) if function is not None else decorate


def command_handler_interceptor(function: F) -> F:
    """Mark an aggregate method that runs before its command handlers (Axon's interceptor).

    It takes the command (hint ``object`` for every command). With a parameter named
    ``proceed`` it decides: ``return proceed()`` runs the handler; returning without it
    answers in the handler's place. Without one, the handler runs after it returns.
    """
    return _mark(function, role=Role.COMMAND_INTERCEPTOR)


def event_sourcing_handler(function: F) -> F:
    """Mark an aggregate method that changes state when an event is applied or replayed."""
    return _mark(function, role=Role.EVENT_SOURCING)


def saga_event_handler(association: str, key: str | None = None) -> Callable[[F], F]:
    """Mark a saga method that handles an event of the sagas associated through it.

    ``association`` names the event property whose value finds the saga; ``key`` is the
    association key when it differs from the property name.
    """
    if callable(association):  # written without its parentheses: @saga_event_handler
        raise HandlerDefinitionError(
            f"@saga_event_handler on {getattr(association, '__qualname__', association)} needs "
            'the event property that finds the saga: write @saga_event_handler(association="…")'
        )

    def decorate(function: F) -> F:
        return _mark(function, role=Role.SAGA_EVENT, association=association, association_key=key)

    return decorate


@overload
def start_saga(function: F, *, force_new: bool = False) -> F: ...


@overload
def start_saga(function: None = None, *, force_new: bool = False) -> Callable[[F], F]: ...


def start_saga(function: F | None = None, *, force_new: bool = False) -> F | Callable[[F], F]:
    """Mark a saga event handler that starts a new saga when none is associated yet.

    ``force_new=True`` starts a new saga even when one is associated already.
    """

    def decorate(inner: F) -> F:
        return _mark(inner, starts_saga=True, force_new=force_new)

    return decorate(function) if function is not None else decorate


def end_saga(function: F) -> F:
    """Mark a saga event handler after which the saga ends."""
    return _mark(function, ends_saga=True)


@overload
def deadline_handler(name: F) -> F: ...


@overload
def deadline_handler(name: str | None = None) -> Callable[[F], F]: ...


def deadline_handler(name: str | F | None = None) -> F | Callable[[F], F]:
    """Mark a method that runs when a deadline comes due.

    ``@deadline_handler("PaymentDue")`` handles deadlines of that name whose payload its
    parameter takes; a bare ``@deadline_handler`` handles deadlines of any name whose
    payload is of its parameter's class.
    """
    if callable(name):
        return _mark(name, role=Role.DEADLINE)
    deadline_name = name

    def decorate(function: F) -> F:
        return _mark(function, role=Role.DEADLINE, deadline_name=deadline_name)

    return decorate


def _mark(function: F, **changes: Any) -> F:
    current = getattr(function, _MARK, HandlerMark())
    setattr(function, _MARK, current._replace(**changes))
    return function


def mark_of(function: object) -> HandlerMark | None:
    """What the decorators say about ``function``; None when it carries no mark."""
    mark = getattr(function, _MARK, None)
    return mark if isinstance(mark, HandlerMark) else None
