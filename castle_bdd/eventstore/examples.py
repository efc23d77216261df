"""Examples of every message class, built from its type hints, round-tripped through a serializer.

The instances come from hypothesis (``from_type`` for each field's type, with datetimes
drawn with and without a zone, which ``from_type`` alone never gives), and hypothesis
shrinks a failure to the simplest instance that shows it. hypothesis is therefore needed
here, and only here: `MissingHypothesisError` says how to install it.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from castle_bdd.domain.messages import is_message_class, message_fields
from castle_bdd.errors import CastleBddError
from castle_bdd.eventstore.round_trip import round_trip_differences
from castle_bdd.eventstore.serialization import Serializer

#: The zones example datetimes are drawn in, besides none at all.
_ZONES = (timezone.utc, timezone(timedelta(hours=2)), timezone(-timedelta(hours=5, minutes=30)))


class MissingHypothesisError(CastleBddError):
    """hypothesis, which builds the example messages, is not installed."""


@dataclass(frozen=True)
class ClassReport:
    """How one message class fared: the differences of its simplest failing example."""

    message_type: type
    differences: tuple[str, ...] = ()
    not_built: str | None = None  # why no example could be built, if none could
    #: what building an example raised, if it raised (a bug in the class's own code, or a
    #: field hypothesis cannot fill)
    error: BaseException | None = field(default=None, compare=False)

    @property
    def passed(self) -> bool:
        """Whether every example came back as it went in."""
        return not self.differences and self.not_built is None


def check_classes(
    message_types: Iterable[type], serializer: Serializer, examples: int = 50
) -> list[ClassReport]:
    """Round-trip ``examples`` instances of each class through ``serializer``."""
    hypothesis = _hypothesis()
    options = hypothesis.settings(
        max_examples=examples,
        database=None,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    return [_check(hypothesis, kind, serializer, options) for kind in message_types]


def _check(hypothesis: Any, kind: type, serializer: Serializer, options: object) -> ClassReport:
    def changes(message: object) -> bool:
        return bool(round_trip_differences(message, serializer))

    try:
        simplest = hypothesis.find(_message_strategy(kind, frozenset()), changes, settings=options)
    except hypothesis.errors.NoSuchExample:
        return ClassReport(kind)
    except Exception as error:  # a class whose fields hypothesis cannot fill, or a bug
        return ClassReport(kind, not_built=f"{type(error).__name__}: {error}", error=error)
    return ClassReport(kind, tuple(round_trip_differences(simplest, serializer)))


def _hypothesis() -> Any:
    try:
        import hypothesis
        import hypothesis.errors
    except ImportError as error:
        raise MissingHypothesisError(
            "check-serialization builds example messages with hypothesis, which is not "
            "installed: pip install hypothesis"
        ) from error
    return hypothesis


def _message_strategy(kind: type, building: frozenset[type]) -> object:
    from hypothesis import strategies as st

    inside = building | {kind}
    fields = {field.name: _strategy(field.type, inside) for field in message_fields(kind)}
    return st.builds(kind, **fields)


def _strategy(hint: Any, building: frozenset[type]) -> Any:
    from hypothesis import strategies as st

    if hint is datetime:
        return st.datetimes(timezones=st.none() | st.sampled_from(_ZONES))
    if hint in (Any, object):
        return st.none() | st.booleans() | st.integers() | st.text()
    if is_message_class(hint):
        return st.none() if hint in building else _message_strategy(hint, building)
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([_strategy(argument, building) for argument in arguments])
    items = [_strategy(argument, building) for argument in arguments if argument is not Ellipsis]
    made = _collection(origin, items, arguments)
    return made if made is not None else st.from_type(hint)


def _collection(origin: object, items: list[Any], arguments: tuple[object, ...]) -> object:
    from hypothesis import strategies as st

    if not items:
        return None
    if origin is tuple:
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            return st.lists(items[0], max_size=3).map(tuple)
        return st.tuples(*items)
    makers: dict[object, Any] = {
        list: st.lists,
        set: st.sets,
        frozenset: st.frozensets,
    }
    if origin in makers:
        return makers[origin](items[0], max_size=3)
    if origin is dict:
        return st.dictionaries(items[0], items[1], max_size=3)
    return None
