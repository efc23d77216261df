"""Interceptor chains: what command, event and deadline interceptors share.

After Axon's dispatch and handler interceptors. A dispatch interceptor,
``interceptor(message) -> message``, changes a message on its way: each one gets what
the one registered before it gave. A handler interceptor, ``interceptor(message,
proceed)``, runs around the handler: ``proceed()`` hands the message on, to the next
interceptor and at last to the handler, and ``proceed(message)`` a changed one; one that
does not call ``proceed`` keeps the message from its handler. The first registered is
outermost. Whoever runs a chain says how a result that is not a `Message` is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from castle_bdd.domain.messages import Message
from castle_bdd.errors import refuse_argument

#: Changes a message on its way to its handler.
DispatchInterceptor = Callable[[Message], Message]


class Proceed(Protocol):
    """Hands the message on: ``proceed()`` as it came, ``proceed(message)`` changed."""

    def __call__(self, message: Message | None = None, /) -> object:
        """Run the rest of the chain and the handler; return what they return."""


#: Runs around a handler: ``interceptor(message, proceed)``.
HandlerInterceptor = Callable[[Message, Proceed], object]

#: ``checked(given, source)``: ``given`` if it is a `Message`; else raises, naming ``source``
#: (the interceptor, or ``"proceed"``) in the words of whoever runs the chain.
MessageCheck = Callable[[object, object], Message]


def dispatched_message(
    interceptors: Sequence[DispatchInterceptor], message: Message, checked: MessageCheck
) -> Message:
    """``message`` after every dispatch interceptor, in registration order."""
    for interceptor in interceptors:
        message = checked(interceptor(message), interceptor)
    return message


def through_interceptors(
    interceptors: Sequence[HandlerInterceptor],
    message: Message,
    handle: Callable[[Message], object],
    checked: MessageCheck,
) -> object:
    """``handle(message)`` behind ``interceptors``, the first registered outermost.

    Each interceptor gets the message and ``proceed``, which hands the message (or the
    one it is given) on to the next interceptor and at last to ``handle``.
    """

    def proceed_from(index: int, current: Message) -> Proceed:
        def proceed(message: Message | None = None, /) -> object:
            message = current if message is None else checked(message, "proceed")
            if index < len(interceptors):
                return interceptors[index](message, proceed_from(index + 1, message))
            return handle(message)

        return proceed

    return proceed_from(0, message)()


def named(source: object) -> str:
    """How a message names an interceptor: its qualified name, or its repr (or ``proceed``)."""
    if isinstance(source, str):
        return source
    return str(getattr(source, "__qualname__", None) or repr(source))


def refuse_non_function(interceptor: object, method: str) -> None:
    """Refuses an ``interceptor`` registered with ``method`` that cannot be called.

    Called only when a message passes through it, it would fail there, recorded as the
    handler's own failure.
    """
    if not callable(interceptor):
        refuse_argument(method, "a function", interceptor)
