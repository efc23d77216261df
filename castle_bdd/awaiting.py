"""Run async handler results to completion from synchronous code.

Fixtures call sync and async handlers alike and need no event loop from the caller:
an awaitable result is run on one event loop kept per thread (cheap to reuse), or on a
worker thread when the caller is itself inside a running loop.

On asyncio's own loops, a handler that never waits finishes without turning the loop
(`castle_bdd._compat.asyncio`).
"""

from __future__ import annotations

import asyncio
import atexit
import functools
import inspect
import threading
from collections.abc import Awaitable, Callable, Coroutine
from types import CoroutineType
from typing import Any, TypeVar

from castle_bdd._compat.asyncio import eager_capable, eager_runner, in_running_loop

T = TypeVar("T")

#: Per thread, ``run``: runs a coroutine on the thread's own loop.
_local = threading.local()

_Runner = Callable[[Coroutine[object, object, object]], Any]


def resolve(value: object) -> Any:
    """``value`` itself, or what it resolves to when it is awaitable."""
    # an exact type check first: inspect.isawaitable costs more than a short handler's step
    if type(value) is not CoroutineType:
        if not inspect.isawaitable(value):
            return value
        value = _as_coroutine(value)
    if in_running_loop():  # rare (called from async code): a thread runs it, loaded now
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=1) as worker:
            return worker.submit(asyncio.run, value).result()
    try:
        run = _local.run
    except AttributeError:
        run = _local.run = _thread_runner()
    return run(value)


def run_sync(awaitable: Awaitable[T]) -> T:
    """Run ``awaitable`` to completion and return its result."""
    if type(awaitable) is not CoroutineType:
        awaitable = _as_coroutine(awaitable)
    return resolve(awaitable)  # type: ignore[no-any-return]


def _thread_runner() -> _Runner:
    loop = asyncio.new_event_loop()
    atexit.register(loop.close)
    if eager_capable(loop):
        return eager_runner(loop, functools.partial(_run_classic, loop))
    return functools.partial(_run_classic, loop)


def _run_classic(loop: asyncio.AbstractEventLoop, coroutine: Coroutine[object, object, T]) -> T:
    if loop.is_closed():
        run = _local.run = _thread_runner()
        return run(coroutine)  # type: ignore[no-any-return]
    return loop.run_until_complete(coroutine)


async def _as_coroutine(awaitable: Awaitable[T]) -> T:
    return await awaitable
