"""Run async handler results to completion from synchronous code.

Fixtures call sync and async handlers alike and need no event loop from the caller:
an awaitable result is run on one event loop kept per thread (cheap to reuse), or on a
worker thread when the caller is itself inside a running loop.
"""

from __future__ import annotations

import asyncio
import atexit
import inspect
import threading
from collections.abc import Awaitable
from concurrent.futures import ThreadPoolExecutor
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
        return _thread_loop().run_until_complete(_as_coroutine(awaitable))
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, _as_coroutine(awaitable)).result()


def _thread_loop() -> asyncio.AbstractEventLoop:
    loop: asyncio.AbstractEventLoop | None = getattr(_local, "loop", None)
    if loop is None or loop.is_closed():
        loop = asyncio.new_event_loop()
        _local.loop = loop
        atexit.register(loop.close)
    return loop


async def _as_coroutine(awaitable: Awaitable[T]) -> T:
    return await awaitable
