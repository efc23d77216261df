"""The aggregate a handler is running on, for code that has no ``self.apply``.

Entities inside an aggregate call `apply` and `mark_deleted` (Axon's
``AggregateLifecycle.apply`` and ``markDeleted``): they act on the aggregate whose
command handler (or ``when_invoking`` call) is running. `StubAggregateLifecycle` stands
in for an aggregate in a unit test of such code, and records what it applied.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar, Token
from typing import Protocol

from castle_bdd.domain.collaborators import CollaboratorMissingError
from castle_bdd.domain.messages import Message


class Lifecycle(Protocol):
    """What `apply` and `mark_deleted` act on: an aggregate, or a stub of one."""

    def apply(self, event: object, metadata: Mapping[str, object] | None = None) -> None:
        """Record ``event`` (and source it)."""

    def mark_deleted(self) -> None:
        """Mark the aggregate deleted."""


#: The aggregate whose handler runs now (set by the fixtures around each handler).
HANDLING: ContextVar[Lifecycle | None] = ContextVar("castle_bdd_handling", default=None)


def apply(event: object, metadata: Mapping[str, object] | None = None) -> None:
    """Apply ``event`` on the aggregate whose handler runs (``AggregateLifecycle.apply``)."""
    _current("apply").apply(event, metadata)


def mark_deleted() -> None:
    """Mark the aggregate whose handler runs deleted (``AggregateLifecycle.markDeleted``)."""
    _current("mark_deleted").mark_deleted()


def handled_now() -> Lifecycle | None:
    """The aggregate whose handler runs now, if any."""
    return HANDLING.get()


@contextmanager
def handling(aggregate: Lifecycle) -> Iterator[None]:
    """While the block runs, `apply` and `mark_deleted` act on ``aggregate``."""
    token = HANDLING.set(aggregate)
    try:
        yield
    finally:
        HANDLING.reset(token)


def _current(called: str) -> Lifecycle:
    aggregate = HANDLING.get()
    if aggregate is None:
        raise CollaboratorMissingError(
            f"{called}(...) was called outside the handlers of an aggregate: call it while "
            "a command handler (or when_invoking) of the aggregate runs, or inside a "
            "StubAggregateLifecycle in a unit test"
        )
    return aggregate


class StubAggregateLifecycle:
    """An aggregate's lifecycle for unit tests of entities: records what they apply.

    ``with StubAggregateLifecycle() as lifecycle:`` (or `activate` … `close`) makes
    `apply` and `mark_deleted` act on it.
    """

    def __init__(self) -> None:
        """Not active yet."""
        self.applied_events: list[Message] = []
        self.is_marked_deleted = False
        self._token: Token[Lifecycle | None] | None = None

    @property
    def applied_event_payloads(self) -> list[object]:
        """The payloads of `applied_events`."""
        return [message.payload for message in self.applied_events]

    def activate(self) -> None:
        """From now on, `apply` and `mark_deleted` act on this lifecycle."""
        self._token = HANDLING.set(self)

    def close(self) -> None:
        """Stop acting as the aggregate's lifecycle."""
        if self._token is not None:
            HANDLING.reset(self._token)
            self._token = None

    def apply(self, event: object, metadata: Mapping[str, object] | None = None) -> None:
        """Record ``event``."""
        self.applied_events.append(Message(event, dict(metadata or {})))

    def mark_deleted(self) -> None:
        """Record that the aggregate was marked deleted."""
        self.is_marked_deleted = True

    def __enter__(self) -> StubAggregateLifecycle:
        """Activate."""
        self.activate()
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close."""
        self.close()
