"""The discovery of handlers on a class, and the calling of them.

The first time a class is used, its methods marked by the decorators of
`castle_bdd.domain.decorators` are read once: the message type each takes comes from
its type hint, further parameters are resources to inject. Lookups afterwards are
dictionary hits.
"""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import FrozenInstanceError
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple

from castle_bdd.domain.decorators import HandlerMark, MetadataValue, Role, mark_of
from castle_bdd.domain.messages import Message
from castle_bdd.errors import HandlerDefinitionError
from castle_bdd.paths import readable_path


class Parameter(NamedTuple):
    """A handler parameter after the message: a resource to inject."""

    name: str
    type: object
    #: The metadata key a `MetadataValue` parameter takes its value from.
    metadata_key: str | None = None
    #: What the parameter takes when no resource fits: its default, read once from the
    #: signature (``inspect.Parameter.empty`` when it has none).
    default: object = inspect.Parameter.empty


class Handler(NamedTuple):
    """A discovered handler: which function takes which message, and how."""

    owner: type
    function: Callable[..., object]
    message_type: type | None
    mark: HandlerMark
    is_async: bool
    resources: tuple[Parameter, ...]
    #: Declared to return nothing (``-> None``, or no return hint at all).
    returns_nothing: bool = False

    @property
    def name(self) -> str:
        """``Class.method``, as a person would write it."""
        return f"{self.owner.__name__}.{self.function.__name__}"

    @property
    def role(self) -> Role:
        """The role the decorators gave this handler."""
        assert self.mark.role is not None
        return self.mark.role

    def call(
        self, target: object, message: object, resources: Mapping[object, object] = {}
    ) -> object:
        """Call the handler on ``target`` (None for a plain function); may return an awaitable."""
        if not self.resources and self.message_type is not None:
            # the usual handler: its message and nothing else, so nothing to build
            if target is None:
                return self.function(message)
            return self.function(target, message)
        arguments = [_resource(self, p, resources) for p in self.resources]
        leading = (message,) if self.message_type is not None else ()
        if target is None:
            return self.function(*leading, *arguments)
        return self.function(target, *leading, *arguments)


class HandlerTable:
    """The handlers of one class, by role and message type (deadlines also by name).

    Read-only: one table is shared by every instance of its class, in every scenario.
    """

    __slots__ = ("_found", "by_role", "deadlines_by_name", "owner")

    owner: type
    by_role: Mapping[Role, Mapping[type, Handler]]
    deadlines_by_name: Mapping[str, Handler]
    _found: dict[tuple[Role, type], Handler | None]

    def __init__(
        self,
        owner: type,
        by_role: Mapping[Role, Mapping[type, Handler]],
        deadlines_by_name: Mapping[str, Handler],
    ) -> None:
        """The table of ``owner``'s handlers, read once: it is shared, and never changes."""
        set_once = object.__setattr__
        set_once(self, "owner", owner)
        set_once(self, "by_role", by_role)
        set_once(self, "deadlines_by_name", deadlines_by_name)
        set_once(self, "_found", {})

    def __setattr__(self, name: str, value: object) -> None:
        """Refused: the table is shared (as a frozen dataclass refuses it)."""
        raise FrozenInstanceError(f"cannot assign to field {name!r} of a shared HandlerTable")

    def __delattr__(self, name: str) -> None:
        """Refused: the table is shared."""
        raise FrozenInstanceError(f"cannot delete field {name!r} of a shared HandlerTable")

    def __repr__(self) -> str:
        """``HandlerTable(GiftCard)``."""
        return f"HandlerTable({self.owner.__qualname__})"

    def find(self, role: Role, message: object) -> Handler | None:
        """The handler of ``role`` for ``message``, trying its class and then its bases."""
        key = (role, type(message))
        try:  # one lookup: an Enum member's hash runs in Python
            return self._found[key]
        except KeyError:
            found = self._found[key] = _find(self.by_role.get(role, {}), type(message))
            return found

    def handlers(self, role: Role) -> list[Handler]:
        """Every handler of ``role``, in declaration order (named deadline handlers last)."""
        found = list(self.by_role.get(role, {}).values())
        if role is Role.DEADLINE:
            found += [h for h in self.deadlines_by_name.values() if h.mark.deadline_name]
        return found

    def handled_types(self, role: Role) -> list[type]:
        """The message types handled in ``role``."""
        return list(self.by_role.get(role, {}))

    def find_deadline(self, deadline_name: str, payload: object) -> Handler | None:
        """The handler for a deadline, by its name first and then by its payload's class.

        A handler given a name handles deadlines of that name only, and only a payload its
        parameter takes, as in Axon; one without handles any deadline whose payload is of
        its class.
        """
        named = self.deadlines_by_name.get(deadline_name)
        if payload is None:
            return named
        if named is not None and _takes(named, payload):
            return named
        return self.find(Role.DEADLINE, payload)


def _takes(handler: Handler, payload: object) -> bool:
    """Whether ``payload`` fits the message parameter of ``handler`` (any, when untyped)."""
    wanted = handler.message_type
    if wanted is None or wanted is object:
        return True
    try:
        return isinstance(payload, wanted)
    except TypeError:  # a hint no isinstance can check (a Protocol, a TypedDict): it takes it
        return True


def where_defined(function: Callable[..., object]) -> str:
    """``path/to/module.py:42 in name``: where ``function``'s ``def`` line is."""
    return _definition(function)[0]


def definition_lines(function: Callable[..., object], indent: str = "  ") -> str:
    """Where ``function``'s ``def`` line is and its text under it, as a traceback shows a
    frame."""
    where, text = _definition(function)
    return f"{indent}{where}\n{indent}    {text}" if text else f"{indent}{where}"


def constructor_lines(cls: object) -> str:
    """The ``def __init__`` line of ``cls``, as `definition_lines` shows it after a line
    break; empty when its constructor is not written in Python (``object``'s)."""
    init = getattr(cls, "__init__", None)
    if getattr(init, "__code__", None) is None:
        return ""
    return "\n" + definition_lines(init)  # type: ignore[arg-type]


def _definition(function: Callable[..., object]) -> tuple[str, str]:
    """Where ``function``'s ``def`` line is (as `where_defined`), and its text."""
    function = inspect.unwrap(function)
    code = getattr(function, "__code__", None)
    if code is None:
        return getattr(function, "__qualname__", repr(function)), ""
    line, text = code.co_firstlineno, ""
    try:  # co_firstlineno is the first decorator's line: find the def below it
        source, start = inspect.getsourcelines(function)
        offset = next(
            i for i, text in enumerate(source) if text.lstrip().startswith(("def ", "async def "))
        )
        line, text = start + offset, source[offset].strip()
    except (OSError, TypeError, StopIteration):
        pass
    return f"{readable_path(code.co_filename)}:{line} in {function.__name__}", text


def handlers_of(owner: type) -> HandlerTable:
    """The handler table of ``owner``, read once and cached."""
    return _handlers_of(owner)


def handler_for_function(function: Callable[..., object]) -> Handler:
    """A stand-alone function as a command handler (message type from its type hint)."""
    mark = mark_of(function) or HandlerMark(role=Role.COMMAND)
    mark = mark if mark.role is not None else mark._replace(role=Role.COMMAND)
    return _describe(type(None), function, mark, skip_self=False)


@cache
def _handlers_of(owner: type) -> HandlerTable:
    by_role: dict[Role, dict[type, Handler]] = {}
    by_name: dict[str, Handler] = {}
    for function, mark in _marked_functions(owner):
        handler = _describe(owner, function, mark, skip_self=True)
        if handler.role is Role.DEADLINE:
            _add_deadline(by_name, handler)
            if handler.mark.deadline_name:
                continue  # found by its name only: another name with its payload is not its
        if handler.message_type is not None:
            _add(by_role.setdefault(handler.role, {}), handler)
    return HandlerTable(owner, by_role, by_name)


def _find(handlers: Mapping[type, Handler], message_type: type) -> Handler | None:
    for candidate in message_type.__mro__:
        if candidate in handlers:
            return handlers[candidate]
    return None


def _marked_functions(owner: type) -> Iterator[tuple[Callable[..., object], HandlerMark]]:
    seen: dict[str, tuple[Callable[..., object], HandlerMark]] = {}
    for klass in reversed(owner.__mro__):
        for name, value in vars(klass).items():
            mark = mark_of(value)
            if mark is not None:
                seen[name] = (value, mark)
            elif name in seen and callable(value):
                seen[name] = (value, seen[name][1])  # an override keeps handling, as in Axon
            elif name in seen:
                del seen[name]
    yield from seen.values()


def _describe(
    owner: type, function: Callable[..., object], mark: HandlerMark, skip_self: bool
) -> Handler:
    try:
        return _read_handler(owner, function, mark, skip_self)
    except HandlerDefinitionError as error:  # said with the file, line and text of its def
        where, text = _definition(function)
        shown = f"\n    {text}" if text else ""
        raise HandlerDefinitionError(f"{where}: {error}{shown}") from error


def _read_handler(
    owner: type, function: Callable[..., object], mark: HandlerMark, skip_self: bool
) -> Handler:
    if mark.role is None:
        where = f"{owner.__name__}.{function.__name__}"
        raise HandlerDefinitionError(
            f"{where} is marked @start_saga or @end_saga but not @saga_event_handler"
        )
    replaced = _replaced_base(owner, function.__name__)
    if replaced is not None:
        raise HandlerDefinitionError(
            f"{owner.__name__}.{function.__name__} replaces {replaced.__name__}."
            f"{function.__name__}, which castle-bdd calls itself: give the handler another name"
        )
    if inspect.isgeneratorfunction(function) or inspect.isasyncgenfunction(function):
        raise HandlerDefinitionError(
            f"{owner.__name__}.{function.__name__} has a yield, so calling it runs none of "
            f"its body: apply or send directly, without yield{_yield_line(function)}"
        )
    parameters = list(inspect.signature(function).parameters.values())[int(skip_self) :]
    hints = _hints(owner, function)
    message_type = _message_type(owner, function, mark, parameters, hints)
    rest = parameters[1:] if message_type is not None else parameters
    resources = tuple(_parameter(owner, function, p, hints) for p in rest)
    is_async = inspect.iscoroutinefunction(function)
    returns_nothing = hints.get("return", None) in (None, type(None))
    return Handler(owner, function, message_type, mark, is_async, resources, returns_nothing)


def _replaced_base(owner: type, name: str) -> type | None:
    """castle-bdd's own base class (``Saga``, ``Aggregate``…) whose ``name`` a handler hides."""
    for klass in owner.__mro__[1:]:
        value = vars(klass).get(name)
        if (
            value is not None
            and klass.__module__.startswith("castle_bdd.")
            and mark_of(value) is None
        ):
            return klass
    return None


def _yield_line(function: Callable[..., object]) -> str:
    """The first line of ``function`` with a yield, as a traceback shows a line."""
    try:
        source, start = inspect.getsourcelines(function)
        tree = ast.parse(textwrap.dedent("".join(source)))
    except (OSError, TypeError, SyntaxError):
        return ""
    found = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Yield | ast.YieldFrom)]
    if not found:
        return ""
    line = start + min(found) - 1
    where = f"{readable_path(function.__code__.co_filename)}:{line}"
    return f"\n  {where}\n      {source[line - start].strip()}"


def _parameter(
    owner: type,
    function: Callable[..., object],
    parameter: inspect.Parameter,
    hints: dict[str, object],
) -> Parameter:
    name, hint, default = parameter.name, hints.get(parameter.name, Any), parameter.default
    annotation = parameter.annotation
    if isinstance(annotation, str) and "MetadataValue" not in annotation:
        return Parameter(name, hint, default=default)
    extras = _hints(owner, function, include_extras=True).get(parameter.name)
    for mark in getattr(extras, "__metadata__", ()):
        if isinstance(mark, MetadataValue):
            return Parameter(name, hint, mark.key)
    return Parameter(name, hint, default=default)


def _hints(
    owner: type, function: Callable[..., object], include_extras: bool = False
) -> dict[str, object]:
    module = sys.modules.get(function.__module__)
    namespace = {**vars(module)} if module else {}
    namespace.setdefault(owner.__name__, owner)
    try:
        return typing.get_type_hints(function, globalns=namespace, include_extras=include_extras)
    except NameError as error:
        raise HandlerDefinitionError(
            f"{owner.__name__}.{function.__name__} names a type that cannot be found: {error}"
        ) from error


def _message_type(
    owner: type,
    function: Callable[..., object],
    mark: HandlerMark,
    parameters: list[inspect.Parameter],
    hints: dict[str, object],
) -> type | None:
    where = (
        f"{owner.__name__}.{function.__name__}" if owner is not type(None) else function.__name__
    )
    named_deadline = mark.role is Role.DEADLINE and bool(mark.deadline_name)
    if named_deadline and (not parameters or _given_to_deadline_handlers(parameters[0], hints)):
        return None  # a handler of a deadline without payload: its parameters are given
    if not parameters:
        raise HandlerDefinitionError(
            f"{where} takes no message: give it a parameter with a type hint"
        )
    hint = hints.get(parameters[0].name)
    if mark.role is Role.COMMAND_INTERCEPTOR and hint in (object, Any):
        return object
    if mark.role is Role.DEADLINE and mark.deadline_name and hint in (object, Any):
        return object  # found by its name, it takes whatever payload the deadline has
    if not isinstance(hint, type) or hint in (object, Any):  # found by its class: none
        example = f"def {function.__name__}(self, message: SomeMessage)"
        raise HandlerDefinitionError(
            f"{where} has no usable type hint on its message parameter "
            f"'{parameters[0].name}': the message type comes from it, as in `{example}`"
        )
    return hint


#: What the fixture gives a deadline handler by parameter name, with the hint it must have.
_GIVEN_TO_DEADLINE_HANDLERS: dict[str, type] = {
    "message": Message,
    "metadata": Mapping,
    "timestamp": datetime,
}


def _given_to_deadline_handlers(parameter: inspect.Parameter, hints: dict[str, object]) -> bool:
    """Whether ``parameter`` asks for the deadline's message, metadata or due time.

    Such a first parameter of a named deadline handler is not its payload: the handler
    takes none (``def on_due(self, timestamp: datetime)``), as Axon's ``@Timestamp`` is
    never the payload.
    """
    wanted = _GIVEN_TO_DEADLINE_HANDLERS.get(parameter.name)
    hint = hints.get(parameter.name)
    hint = typing.get_origin(hint) or hint
    return wanted is not None and isinstance(hint, type) and issubclass(hint, wanted)


def _add(handlers: dict[type, Handler], handler: Handler) -> None:
    assert handler.message_type is not None
    existing = handlers.get(handler.message_type)
    if existing is not None:
        raise HandlerDefinitionError(
            f"{handler.owner.__name__} has two {handler.role.value}s for "
            f"{handler.message_type.__name__}: {where_defined(existing.function)} and "
            f"{where_defined(handler.function)}; keep one"
        )
    handlers[handler.message_type] = handler


def _add_deadline(by_name: dict[str, Handler], handler: Handler) -> None:
    name = handler.mark.deadline_name or (handler.message_type and handler.message_type.__name__)
    if not name:
        return
    if name in by_name:
        raise HandlerDefinitionError(
            f"{handler.owner.__name__} has two deadline handlers for '{name}': "
            f"{where_defined(by_name[name].function)} and {where_defined(handler.function)}; "
            "keep one"
        )
    by_name[name] = handler


def _resource(handler: Handler, parameter: Parameter, resources: Mapping[object, object]) -> object:
    if parameter.metadata_key is not None:
        metadata = resources.get("metadata")
        return metadata.get(parameter.metadata_key) if isinstance(metadata, Mapping) else None
    if parameter.name in resources:
        return resources[parameter.name]
    for value in reversed(tuple(resources.values())):  # the last one registered wins
        if _is_instance(value, parameter.type):
            return value
    if parameter.default is not inspect.Parameter.empty:
        return parameter.default
    wanted = getattr(parameter.type, "__name__", parameter.type)
    raise HandlerDefinitionError(
        f"{handler.name} asks for '{parameter.name}' ({wanted}), "
        "but no such resource is registered: register it on the fixture "
        "(register_injectable_resource / register_resource)"
    )


def _is_instance(value: object, wanted: object) -> bool:
    """``isinstance`` that takes any hint: a plain Protocol matches by its attributes, a
    union (``Clock | None``) by any of its types but None."""
    if not isinstance(wanted, type):
        if typing.get_origin(wanted) in (typing.Union, types.UnionType):
            kinds = [kind for kind in typing.get_args(wanted) if kind is not type(None)]
            return any(_is_instance(value, kind) for kind in kinds)
        return False
    try:
        return isinstance(value, wanted)
    except TypeError:
        members = [name for name in vars(wanted) if not name.startswith("_")]
        return bool(members) and all(hasattr(value, name) for name in members)
