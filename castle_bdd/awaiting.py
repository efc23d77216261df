"""Run async handler results to completion from synchronous code.

Fixtures call sync and async handlers alike and need no event loop from the caller:
an awaitable result is run on one event loop kept per thread (cheap to reuse), or on a
worker thread when the caller is itself inside a running loop.

Most async handlers finish without ever waiting. Their task's first step runs at once,
with the loop marked running as ``run_until_complete`` marks it (`get_running_loop`,
`current_task`, ``is_running`` and async generators all see what they would see there);
the loop itself turns only when the handler waits or leaves work scheduled. That saves
the loop's round trips, which cost more than a short handler.
"""

from __future__ import annotations

import asyncio
import atexit
import inspect
import sys
import threading
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import Context
from typing import Any, TypeVar

T = TypeVar("T")

_local = threading.local()


def resolve(value: Any) -> Any:
    """``value`` itself, or what it resolves to when it is awaitable."""
    if inspect.isawaitable(value):
        return run_sync(value)
    return value


def run_sync(awaitable: Awaitable[T]) -> T:
    """Run ``awaitable`` to completion and return its result."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _run_on_thread_loop(awaitable)
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, _as_coroutine(awaitable)).result()


def _run_on_thread_loop(awaitable: Awaitable[T]) -> T:
    loop = _thread_loop()
    coroutine = _as_coroutine(awaitable)
    if not _can_start_eagerly(loop):
        return loop.run_until_complete(coroutine)
    task, scheduled = _start_eagerly(loop, coroutine)
    if task.done() and not scheduled:
        return task.result()
    return loop.run_until_complete(task)


def _thread_loop() -> asyncio.AbstractEventLoop:
    loop: asyncio.AbstractEventLoop | None = getattr(_local, "loop", None)
    if loop is None or loop.is_closed():
        loop = asyncio.new_event_loop()
        _local.loop = loop
        atexit.register(loop.close)
    return loop


async def _as_coroutine(awaitable: Awaitable[T]) -> T:
    return await awaitable


def _can_start_eagerly(loop: asyncio.AbstractEventLoop) -> bool:
    # asyncio's own loops, whose running state is known; debug mode keeps its checks
    return (
        isinstance(loop, asyncio.BaseEventLoop)
        and not loop.get_debug()
        and all(hasattr(loop, name) for name in _RUNNING_STATE)
    )


_RUNNING_STATE = ("_thread_id", "_asyncgen_firstiter_hook", "_asyncgen_finalizer_hook")


def _start_eagerly(
    loop: asyncio.AbstractEventLoop, coroutine: Coroutine[Any, Any, T]
) -> tuple[asyncio.Task[T], bool]:
    """The coroutine's task after its first step, and whether anything else was scheduled."""
    first_step: list[tuple[Callable[..., object], tuple[Any, ...], Context | None]] = []
    loop.call_soon = _Deferred(first_step)  # type: ignore[method-assign]
    try:
        task = loop.create_task(coroutine)
    finally:
        del loop.call_soon
    [(step, arguments, context)] = first_step
    scheduled = _Counted(loop)
    with _running(loop):
        loop.call_soon = scheduled.call_soon  # type: ignore[method-assign]
        loop.call_soon_threadsafe = scheduled.call_soon_threadsafe  # type: ignore[method-assign]
        try:
            (context or Context()).run(step, *arguments)
        finally:
            del loop.call_soon, loop.call_soon_threadsafe
    return task, scheduled.count > 0


class _Deferred:
    """``call_soon`` that keeps what the new task schedules (its first step) instead."""

    def __init__(self, kept: list[tuple[Callable[..., object], tuple[Any, ...], Context | None]]):
        self._kept = kept

    def __call__(
        self, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> None:
        self._kept.append((callback, args, context))


class _Counted:
    """A loop's ``call_soon`` methods, scheduling as usual and counting the calls."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.count = 0

    def call_soon(
        self, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> asyncio.Handle:
        """Schedule ``callback`` as the loop does."""
        self.count += 1
        return type(self._loop).call_soon(self._loop, callback, *args, context=context)

    def call_soon_threadsafe(
        self, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> asyncio.Handle:
        """Schedule ``callback`` as the loop does."""
        self.count += 1
        loop_type = type(self._loop)
        return loop_type.call_soon_threadsafe(self._loop, callback, *args, context=context)


@contextmanager
def _running(loop: Any) -> Iterator[None]:
    # the state run_forever gives a running loop, restored afterwards as it restores it
    hooks = sys.get_asyncgen_hooks()
    loop._thread_id = threading.get_ident()
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook, finalizer=loop._asyncgen_finalizer_hook
    )
    asyncio.events._set_running_loop(loop)
    try:
        yield
    finally:
        asyncio.events._set_running_loop(None)
        loop._thread_id = None
        sys.set_asyncgen_hooks(*hooks)
