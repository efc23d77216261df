"""Matching: field-by-field comparison of messages, which every expectation builds on.

Two messages are alike when they are of the same class and every field that is not
ignored holds an equal value. Nested messages, lists and dicts are compared the same way,
so a difference is named by its path (``lines[1].amount``), not by a dump of both objects.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any, NamedTuple

from castle_bdd.domain.equality import compared_by_fields, compared_values, has_own_equality
from castle_bdd.domain.messages import Message, payload_of
from castle_bdd.hamcrest_support import describe_matcher, is_matcher
from castle_bdd.time_classes import standard_value
from castle_bdd.user_values import safe_repr
from castle_bdd.wording import with_article


class _AnyValue:
    """The value of a ``*`` cell: equal to everything."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "*"

    def __reduce__(self) -> str:
        # pickled by name, so the copy a parallel runner unpickles is the singleton
        return "ANY_VALUE"


#: What a ``*`` cell stands for: it equals any value, and shows as ``*``.
ANY_VALUE: object = _AnyValue()


class _NoField:
    """What a message has for a field it does not have: unequal to any value, even None."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "(no such field)"


_NO_FIELD: object = _NoField()


@dataclass(frozen=True)
class ExpectedMessage:
    """An expected message given by class and only some of its fields.

    Fields not named are not compared. A field value may be a PyHamcrest matcher or any
    object whose ``__eq__`` decides, such as the ``*`` wildcard of feature files. A
    message of a subclass is accepted, unless ``exact_class``: then, as for a whole
    expected payload, only a message of ``message_type`` itself.

    With ``others`` (a whole object less the fields filters leave out), a field the
    actual message has beyond ``fields`` is a difference when ``others(its class, name)``
    says it counts: a plain object's attribute, a pydantic model's undeclared field.
    """

    message_type: type
    fields: Mapping[str, object]
    exact_class: bool = False
    #: The whole expected payload whose own ``==`` is asked before its fields, as Axon asks
    #: ``equals`` before it compares the fields a filter lets through (see
    #: `has_own_equality`); None for a class whose equality is its fields'.
    whole: object = None
    others: Callable[[type, str], bool] | None = field(default=None, compare=False, repr=False)
    #: The other fields of the whole object the named ones were written into (a nested
    #: record a Then writes as a JSON object holds its class's defaults for the fields it
    #: leaves out): compared as a whole object's fields are, so not when they are ignored.
    unwritten: Mapping[str, object] = field(default_factory=dict, repr=False)

    def accepts_class_of(self, actual: object) -> bool:
        """Whether ``actual`` (a payload) is of the class this expects."""
        if self.exact_class:
            return type(actual) is self.message_type
        return isinstance(actual, self.message_type)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={_show(value)}" for name, value in self.fields.items())
        return f"{self.message_type.__name__}({shown})"


class FieldDifference(NamedTuple):
    """One place where the actual message differs from the expected one."""

    path: str
    expected: object
    actual: object

    def describe(self) -> str:
        """A one-line description: ``amount: expected 30, but was 20``."""
        where = f"{self.path}: " if self.path else ""
        return f"{where}expected {_show(self.expected)}, but was {_show(self.actual)}"


#: Plain values, compared by ``==`` alone: the common case, checked first (here and by the
#: illegal-state check).
EQUAL_BY_VALUE = frozenset({bool, int, float, complex, str, bytes, Decimal, Fraction, type(None)})


class _TypeName(str):
    """A class name shown as an article and name: ``a CardIssued``."""

    def __repr__(self) -> str:
        return with_article(self)


def field_differences(
    expected: object, actual: object, ignored_fields: Collection[str] = frozenset()
) -> list[FieldDifference]:
    """Every difference between ``expected`` and ``actual`` (payloads or Messages).

    An expected `Message` that gives metadata is also compared on it: the actual
    metadata must be exactly that (a bare payload's metadata is empty).
    """
    if expected.__class__ is Message and expected.metadata:
        return field_differences(expected.payload, actual, ignored_fields) + (
            _metadata_differences(expected.metadata, actual)
        )
    expected, actual = payload_of(expected), payload_of(actual)
    if isinstance(expected, ExpectedMessage):
        return _partial_differences(expected, actual, ignored_fields)
    return _differences("", expected, actual, ignored_fields)


def _metadata_differences(expected: Mapping[str, object], actual: object) -> list[FieldDifference]:
    found = actual.metadata if isinstance(actual, Message) else {}
    return _mapping_differences("metadata", expected, found, ())


def plainly_equal(expected: object, actual: object) -> bool:
    """The same object, or equal values of one of the plain value classes.

    What `field_differences` concludes for two such values without looking further.
    """
    kind = type(expected)
    return expected is actual or (
        kind is type(actual) and kind in EQUAL_BY_VALUE and expected == actual
    )


def messages_alike(
    expected: object, actual: object, ignored_fields: Collection[str] = frozenset()
) -> bool:
    """Whether ``field_differences`` finds nothing."""
    return not field_differences(expected, actual, ignored_fields)


def type_name(value: object) -> str:
    """The class name of a payload or of what an `ExpectedMessage` expects."""
    value = payload_of(value)
    if isinstance(value, ExpectedMessage):
        return value.message_type.__name__
    return type(value).__name__


def _partial_differences(
    expected: ExpectedMessage, actual: object, ignored_fields: Collection[str]
) -> list[FieldDifference]:
    if not expected.accepts_class_of(actual):
        return [
            FieldDifference(
                "", _TypeName(expected.message_type.__name__), _TypeName(type(actual).__name__)
            )
        ]
    if expected.whole is not None and expected.whole == actual:
        return []
    differences: list[FieldDifference] = []
    for name, wanted in expected.fields.items():
        found = getattr(actual, name, _NO_FIELD)
        if found is _NO_FIELD:
            differences.append(FieldDifference(name, wanted, _NO_FIELD))
        else:
            differences += _differences(name, wanted, found, ignored_fields)
    unwritten = expected.unwritten
    if unwritten:
        # a field named is compared, ignored or not; one only the whole object holds is
        # left out when ignored, as `_object_differences` leaves it out
        for name, wanted in unwritten.items():
            if name not in ignored_fields:
                found = getattr(actual, name, _NO_FIELD)
                differences += _differences(name, wanted, found, ignored_fields)
    counts = expected.others
    if counts is not None:
        kind = type(actual)
        for name, value in compared_values(actual).items():
            named = name in expected.fields or name in unwritten or name in ignored_fields
            if not named and counts(kind, name):
                differences.append(FieldDifference(name, _NO_FIELD, value))
    return differences


def _differences(
    path: str, expected: object, actual: Any, ignored_fields: Collection[str]
) -> list[FieldDifference]:
    kind = type(expected)
    if kind in EQUAL_BY_VALUE and type(actual) is kind:
        # what the checks below conclude for two values of one of these classes
        if expected is actual or expected == actual:
            return []
        return unequal_plain_values(path, expected, actual)
    if is_matcher(expected):
        return [] if expected.matches(actual) else [FieldDifference(path, expected, actual)]
    if isinstance(expected, ExpectedMessage):
        nested = _partial_differences(expected, actual, ignored_fields)
        return [_prefixed(path, d) for d in nested]
    if expected is actual or expected is ANY_VALUE:
        return []
    has_fields = compared_by_fields(expected)
    if type(expected) is not type(actual) and (has_fields or not _comparable(expected, actual)):
        # a message is of its class exactly: a subclass may carry more than expected
        return [FieldDifference(path, expected, actual)]
    if has_fields:
        if has_own_equality(kind) and expected == actual:
            return []  # as Axon asks equals first: a class's own == may call more values equal
        return _object_differences(path, expected, actual, ignored_fields)
    if isinstance(expected, Mapping):
        return _mapping_differences(path, expected, actual, ignored_fields)
    if isinstance(expected, Sequence) and not isinstance(expected, (str, bytes)):
        return _sequence_differences(path, expected, actual, ignored_fields)
    if expected == actual:
        return []
    if isinstance(expected, AbstractSet) and _sets_alike(expected, actual, ignored_fields):
        return []
    return [FieldDifference(path, expected, actual)]


def _object_differences(
    path: str, expected: object, actual: object, ignored_fields: Collection[str]
) -> list[FieldDifference]:
    wanted, found = compared_values(expected), compared_values(actual)
    differences: list[FieldDifference] = []
    for name, value in wanted.items():
        if name not in ignored_fields:
            child = f"{path}.{name}" if path else name
            differences += _differences(child, value, found.get(name, _NO_FIELD), ignored_fields)
    if found.keys() <= wanted.keys():
        return differences  # no attribute of its own
    for name, value in found.items():
        # an attribute only the actual plain object has
        if name not in wanted and name not in ignored_fields:
            child = f"{path}.{name}" if path else name
            differences.append(FieldDifference(child, _NO_FIELD, value))
    return differences


def unequal_plain_values(path: str, expected: object, actual: object) -> list[FieldDifference]:
    """The difference between two values of one of the `EQUAL_BY_VALUE` classes that
    ``==`` found unequal, or none for two NaNs: Java's ``Double.equals``, which Axon's
    comparisons use, counts NaN equal to NaN."""
    if expected != expected and actual != actual:  # only a NaN is unequal to itself
        return []
    return [FieldDifference(path, expected, actual)]


def _mapping_differences(
    path: str,
    expected: Mapping[Any, object],
    actual: Mapping[Any, object],
    ignored: Collection[str],
) -> list[FieldDifference]:
    differences: list[FieldDifference] = []
    for key in {**expected, **actual}:
        child = f"{path}[{key!r}]"
        if key not in actual or key not in expected:
            differences.append(FieldDifference(child, expected.get(key), actual.get(key)))
        else:
            differences += _differences(child, expected[key], actual[key], ignored)
    return differences


def _sequence_differences(
    path: str, expected: Sequence[object], actual: Sequence[object], ignored: Collection[str]
) -> list[FieldDifference]:
    if len(expected) != len(actual):
        return [FieldDifference(path, expected, actual)]
    differences: list[FieldDifference] = []
    for index, (wanted, found) in enumerate(zip(expected, actual, strict=True)):
        differences += _differences(f"{path}[{index}]", wanted, found, ignored)
    return differences


def _sets_alike(
    expected: AbstractSet[object], actual: AbstractSet[object], ignored: Collection[str]
) -> bool:
    """Whether two sets that ``==`` found unequal hold alike items all the same.

    Each item of ``expected`` that ``actual`` lacks must pair with one of its own that
    `_differences` finds alike: a NaN with a NaN (a set finds an item by ``==`` unless it
    is the same object, and NaN is unequal to itself), as the rest of the comparison
    counts NaN equal to NaN.
    """
    if not isinstance(actual, AbstractSet) or len(expected) != len(actual):
        return False
    unpaired = [item for item in actual if item not in expected]
    for wanted in expected:
        if wanted in actual:
            continue
        paired = next(
            (n for n, found in enumerate(unpaired) if not _differences("", wanted, found, ignored)),
            None,
        )
        if paired is None:
            return False
        del unpaired[paired]
    return not unpaired


def _comparable(expected: object, actual: object) -> bool:
    """Values of different classes that still compare by value.

    Numbers do (1 == 1.0), and so does a class with its subclass: domain code running
    under the frozen clock makes freezegun's date and datetime subclasses, which must
    equal the plain dates a feature file or a test writes. Sets of any class equal by
    their items, mappings by their entries (as Java's ``Set.equals`` and ``Map.equals``
    and Python's ``==``: ``frozenset({1}) == {1}``), bytes and a bytearray by their bytes.
    """
    if isinstance(expected, bool) or isinstance(actual, bool):
        return False
    if isinstance(actual, type(expected)) or isinstance(expected, type(actual)):
        return True
    return any(isinstance(expected, alike) and isinstance(actual, alike) for alike in _ALIKE)


#: Classes whose values are compared by value with one another (see `_comparable`).
_ALIKE: tuple[type | tuple[type, ...], ...] = (
    (int, float),
    AbstractSet,
    Mapping,
    (bytes, bytearray),
)


def _prefixed(path: str, difference: FieldDifference) -> FieldDifference:
    joined = f"{path}.{difference.path}" if difference.path else path
    return FieldDifference(joined, difference.expected, difference.actual)


def _show(value: object) -> str:
    if is_matcher(value):
        return describe_matcher(value)
    return safe_repr(standard_value(value))
