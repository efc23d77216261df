"""How a contract test runs: sync for pytest, async inside, on a store it may open itself.

pytest cannot await, and the contract must not ask its users to configure an asyncio
plugin, so every contract test is a plain method that drives its async body in an event
loop of its own. The `event_store` fixture may give the store itself, or something that
opens the store inside that loop (for stores whose connections belong to one loop).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar, cast

from castle_bdd.eventstore import EventStore, EventStoreConflictError
from castle_bdd.testing.errors import ContractSetupError

#: What the `generate_aggregate_id` fixture gives: a fresh, unique id on each call.
IdFactory = Callable[[], object]


class ContractSettings:
    """The knobs a contract subclass may turn; every behaviour mixin reads them."""

    #: The version a new stream is expected at (castlecraft's name for it; always -1).
    NEW_STREAM_EXPECTED_VERSION: int = -1
    #: What the store raises when an append expects the wrong version.
    CONFLICT_ERROR: type[BaseException] = EventStoreConflictError
    #: How many asyncio tasks race in the concurrency tests.
    CONCURRENT_WRITERS: int = 20
    #: How many threads, each with its own event loop, race on one store; 0 skips that test.
    CONCURRENT_THREADS: int = 4


_Case = TypeVar("_Case", bound=ContractSettings)
_Body = Callable[[_Case, EventStore[object], IdFactory], Awaitable[None]]


def contract_test(body: _Body[_Case]) -> Callable[[_Case, object, object], None]:
    """Turn an async test body into the sync test method pytest collects.

    The method takes the `event_store` and `generate_aggregate_id` fixtures by name. It
    is built by hand, not with functools.wraps: pytest would follow `__wrapped__` and
    ask for the body's parameters as fixtures.
    """

    def test(self: _Case, event_store: object, generate_aggregate_id: object) -> None:
        __tracebackhide__ = True  # pytest reports start at the body, not the plumbing
        new_id = _checked_id_factory(generate_aggregate_id)
        _run_coroutine(lambda: _run_on_store(event_store, lambda store: body(self, store, new_id)))

    test.__name__, test.__qualname__ = body.__name__, body.__qualname__
    test.__doc__, test.__module__ = body.__doc__, body.__module__
    return test


def assert_conflict(
    error: BaseException, aggregate_id: object, expected_version: int, actual_version: int
) -> None:
    """`error` names the stream, the version the append expected and the one it found."""
    assert getattr(error, "aggregate_id", None) == aggregate_id
    assert getattr(error, "expected_version", None) == expected_version
    assert getattr(error, "actual_version", None) == actual_version


def _run_coroutine(make_coroutine: Callable[[], Coroutine[object, object, None]]) -> None:
    """Run a coroutine to the end in a new event loop, even when one already runs here."""
    __tracebackhide__ = True
    if not _loop_is_running():
        asyncio.run(make_coroutine())
        return
    # The caller is async, and asyncio.run cannot nest, so a worker thread hosts the loop.
    with ThreadPoolExecutor(max_workers=1) as worker:
        worker.submit(lambda: asyncio.run(make_coroutine())).result()


def _loop_is_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


async def _run_on_store(
    fixture_value: object, body: Callable[[EventStore[object]], Awaitable[None]]
) -> None:
    __tracebackhide__ = True
    async with contextlib.AsyncExitStack() as exits:
        await body(await _resolve_store(fixture_value, exits, may_call=True))


async def _resolve_store(
    value: object, exits: contextlib.AsyncExitStack, *, may_call: bool
) -> EventStore[object]:
    # A store class has append_events too, but it is a factory, to be called below.
    if not isinstance(value, type) and callable(getattr(value, "append_events", None)):
        return cast(EventStore[object], value)
    if inspect.isawaitable(value):
        return await _resolve_store(await value, exits, may_call=False)
    if hasattr(value, "__aenter__") and hasattr(value, "__aexit__"):
        opened = await exits.enter_async_context(value)
        return await _resolve_store(opened, exits, may_call=False)
    if may_call and callable(value):
        return await _resolve_store(value(), exits, may_call=False)
    raise ContractSetupError(
        f"the event_store fixture gave {value!r}, which is not an event store (it has no "
        "append_events method); give the store, an awaitable or async context manager "
        "that gives it, or a function returning one of those"
    )


def _checked_id_factory(fixture_value: object) -> IdFactory:
    if callable(fixture_value):
        return fixture_value
    raise ContractSetupError(
        f"the generate_aggregate_id fixture gave {fixture_value!r}, but it must give a "
        "function that returns a new unique aggregate id on each call, for example "
        "`return lambda: str(uuid.uuid4())`"
    )
