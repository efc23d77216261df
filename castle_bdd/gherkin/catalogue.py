"""The domain as feature files see it: aggregates, sagas, events, commands and exceptions.

The catalogue is built once per run from the domain modules. It finds every aggregate and
saga, reads their handlers, and sorts the message classes: a class a command handler takes
is a command; one an event-sourcing or saga handler takes is an event; a class no handler
takes (a command a saga dispatches, an event nobody listens to) is an event when its name
ends in a past participle (``CardIssued``, ``InvoicePaid``) and a command otherwise.

Names resolve from the class name or the same words spaced and in any case
(``card issued``); each spelling is resolved once and remembered.
"""

from __future__ import annotations

import builtins
import importlib
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from castle_bdd.domain import Aggregate, Role, Saga, handlers_of
from castle_bdd.domain.members import member_fields, tables_with_members
from castle_bdd.domain.messages import is_message_class
from castle_bdd.errors import CastleBddError
from castle_bdd.extras import castlecraft_in_use
from castle_bdd.gherkin.domain_names import (
    CAMEL_WORDS,
    ambiguous,
    import_failure,
    qualified_names,
    unlisted_hint,
)
from castle_bdd.gherkin.errors import GherkinError, UnknownNameError
from castle_bdd.gherkin.specs import BETWEEN_NAME_AND_VALUE, MessageKind, MessageSpec
from castle_bdd.suggestions import normalise_name
from castle_bdd.wording import with_article

if TYPE_CHECKING:
    from castle_bdd.gherkin.reading import TableReaders
    from castle_bdd.gherkin.target_choice import CommandTargets

T = TypeVar("T")

_IRREGULAR_PARTICIPLES = (
    "paid sent sold bought made built done given taken held won lost left kept set put cut "
    "shut split spent lent found bound drawn written read begun run known shown seen chosen "
    "frozen broken spoken stolen torn worn sworn"
)
_PAST_PARTICIPLES = frozenset(_IRREGULAR_PARTICIPLES.split())
_MESSAGE_ROLES = {
    Role.COMMAND: MessageKind.COMMAND,
    Role.EVENT_SOURCING: MessageKind.EVENT,
    Role.SAGA_EVENT: MessageKind.EVENT,
    Role.DEADLINE: MessageKind.DEADLINE,
}


class DomainConfigurationError(CastleBddError):
    """The domain modules named in the configuration cannot be read."""


def looks_like_event(name: str) -> bool:
    """Whether a class name reads as something that happened (``CardIssued``)."""
    words = CAMEL_WORDS.findall(name)
    last = words[-1].lower() if words else ""
    return last.endswith("ed") or last in _PAST_PARTICIPLES


class Catalogue:
    """Every aggregate, saga, message and exception of a domain, by the names people use."""

    def __init__(self, modules: tuple[str, ...]) -> None:
        """An empty catalogue of the domain in ``modules``: `build_catalogue` fills it."""
        self.modules = modules
        self.aggregates: dict[str, type] = {}
        self.sagas: dict[str, type] = {}
        self.messages: dict[type, MessageSpec] = {}
        self.exceptions: dict[str, type[BaseException]] = {}
        self.deadline_names: dict[str, str] = {}
        #: The classes that handle a deadline, by its name.
        self.deadline_owners: dict[str, list[type]] = {}
        self.association_keys: dict[str, str] = {}
        self.association_types: dict[str, object] = {}
        #: Owners a domain family other than castle-bdd's own finds (castlecraft's
        #: aggregates, whose handlers are classes of their own), by role and message class.
        self.added_owners: dict[tuple[Role, type], list[type]] = {}
        #: What the handler of a command returns, as such a family's handler class
        #: declares it (castlecraft's ``execute``), by command class.
        self.result_types: dict[type, object] = {}
        #: Why no aggregate takes a command that a domain family found a handler for (its
        #: aggregate cannot be made: castlecraft's abstract one), by command class.
        self.no_owner_because: dict[type, str] = {}
        #: How to make the fixture of an aggregate, given the event store to use (None for
        #: the fixture's own): a domain family's own fixture, read with the catalogue, or
        #: castle-bdd's `AggregateTestFixture`, kept here once a scenario first needs it.
        self.fixture_makers: dict[type, Callable[[object], Any]] = {}
        self._by_name: dict[str, MessageSpec] = {}
        self._resolved: dict[tuple[str, MessageKind | None], MessageSpec] = {}
        self._owners_of: dict[tuple[Role, type, int], list[type]] = {}
        self._ambiguous: dict[str, set[type]] = {}
        #: The readers of the tables the run's steps have, by heading row: worked out once
        #: per run, as a suite repeats its headings in scenario after scenario.
        self.table_readers: TableReaders = {}
        #: The aggregate each command class of a When goes to: chosen once, as a suite
        #: sends the same commands in scenario after scenario (again when owners are added).
        self.command_targets: CommandTargets = {}

    def message(self, written: str, kind: MessageKind | None = None) -> MessageSpec:
        """The message class ``written`` names (``CardIssued`` or ``card issued``).

        With a ``kind``, a message known to be of another kind is refused.
        """
        key = (written, kind)
        spec = self._resolved.get(key)
        if spec is None:
            spec = self._resolved[key] = self._find_message(written, kind)
        return spec

    def exception(self, written: str) -> type[BaseException]:
        """The exception class ``written`` names: the domain's, or Python's own."""
        found = _lookup(self.exceptions, written)
        if found is None:
            candidate = getattr(builtins, written.strip().removeprefix("builtins."), None)
            if isinstance(candidate, type) and issubclass(candidate, BaseException):
                return candidate
            self._not_an_exception(written)
            raise UnknownNameError("exception", written, self.exceptions)
        return found

    def _not_an_exception(self, written: str) -> None:
        """Raise what ``written`` is, when it names something other than an exception."""
        if written.startswith("message "):
            text = written.removeprefix("message ")
            raise GherkinError(
                "the message must be in double quotes: "
                f'Then the command fails with message "{text}"'
            )
        example = next(iter(self.exceptions), "ValueError")
        what = _what_is(self, written)
        if what:
            raise GherkinError(
                f"{what}, not an exception: Then the command fails with … names the exception "
                f"the command raises, e.g. {example}"
            )

    def aggregate(self, written: str) -> type:
        """The aggregate class ``written`` names."""
        found = _lookup(self.aggregates, written)
        if found is None:
            raise UnknownNameError("aggregate", written, self.aggregates)
        return found

    def saga(self, written: str) -> type:
        """The saga class ``written`` names."""
        found = _lookup(self.sagas, written)
        if found is None:
            raise UnknownNameError("saga", written, self.sagas)
        return found

    def deadline(self, written: str) -> str:
        """The deadline name ``written`` names (``PaymentDue`` or ``payment due``)."""
        found = _lookup(self.deadline_names, written)
        if found is None:
            raise UnknownNameError("deadline", written, self.deadline_names)
        return found

    def association_key(self, written: str, also: Iterable[str] = ()) -> str:
        """The saga association key ``written`` names (``invoice_id`` or ``invoice id``):
        one the handlers declare, or one of ``also`` (keys a saga associated itself with)."""
        keys = self.association_keys
        if also:
            keys = {**keys, **{key: key for key in also}}
        found = _lookup(keys, written)
        if found is None:
            key, _, value = written.partition(" ")
            if value in BETWEEN_NAME_AND_VALUE and _lookup(keys, key) is not None:
                raise GherkinError(
                    f"unknown association '{written}' — write the key and its value with "
                    f'nothing between: {key} "…"'
                )
            if value and _lookup(keys, key) is not None:
                raise GherkinError(
                    f"unknown association '{written}' — if \"{value} …\" is the value of {key}, "
                    f'put the whole value in double quotes: {key} "{value} …"'
                )
            raise UnknownNameError("association", written, keys)
        return found

    def aggregates_handling(self, command_type: type) -> list[type]:
        """The aggregates with a command handler for ``command_type``."""
        found = self._owners(self.aggregates, Role.COMMAND, command_type)
        return found + self.added_owners.get((Role.COMMAND, command_type), [])

    def handling_known(self, command_type: type) -> tuple[int, int]:
        """What `aggregates_handling` answers from, counted: the aggregates, and the owners
        added for ``command_type``. Owners are only ever added: a new count, a new answer."""
        added = self.added_owners.get((Role.COMMAND, command_type), ())
        return len(self.aggregates), len(added)

    def aggregates_sourcing(self, event_type: type) -> list[type]:
        """The aggregates with an event-sourcing handler for ``event_type``."""
        found = self._owners(self.aggregates, Role.EVENT_SOURCING, event_type)
        return found + self.added_owners.get((Role.EVENT_SOURCING, event_type), [])

    def add_owner(self, role: Role, message_type: type, owner: type) -> None:
        """Record that ``owner`` (found by a domain family's reader) takes ``message_type``."""
        owners = self.added_owners.setdefault((role, message_type), [])
        if owner not in owners:
            owners.append(owner)

    def sagas_handling(self, event_type: type) -> list[type]:
        """The sagas with a saga event handler for ``event_type``."""
        return self._owners(self.sagas, Role.SAGA_EVENT, event_type)

    def names(self, kind: MessageKind | None = None) -> list[str]:
        """The class names of the messages of ``kind`` (all messages when None)."""
        return [s.name for s in self.messages.values() if kind is None or s.kind is kind]

    def shared_names(self) -> dict[str, frozenset[type]]:
        """Class names that two or more message classes have, with the classes."""
        return {
            name: frozenset(classes)
            for name, classes in self._ambiguous.items()
            if any(cls.__name__ == name for cls in classes)
        }

    def _owners(self, owners: dict[str, type], role: Role, message_type: type) -> list[type]:
        # Every When asks: the answer is kept. Owners are only ever added (while the
        # catalogue is built), so their number tells whether it still holds.
        key = (role, message_type, len(owners))
        found = self._owners_of.get(key)
        if found is None:
            found = self._owners_of[key] = [
                owner for owner in owners.values() if _handles(owner, role, message_type)
            ]
        return list(found)

    def _find_message(self, written: str, kind: MessageKind | None) -> MessageSpec:
        spec = self._by_name.get(written) or self._by_name.get(normalise_name(written))
        if spec is None:
            self._refuse_ambiguous(written)
            what = kind.value if kind else "message"
            error = UnknownNameError(what, written, self.names(kind) or self.names())
            hint = "" if "did you mean" in error.problem else unlisted_hint(written, self.modules)
            raise GherkinError(error.problem + hint) if hint else error
        if kind is not None and spec.kind is not kind and spec.certain:
            raise GherkinError(
                f"{spec.name} is {with_article(spec.kind.value)}, not {with_article(kind.value)}"
            )
        return spec

    def _refuse_ambiguous(self, written: str) -> None:
        classes = self._ambiguous.get(written) or self._ambiguous.get(normalise_name(written))
        if classes:
            raise GherkinError(ambiguous(written, classes))

    def _add_message(self, message_type: type, kind: MessageKind, certain: bool) -> None:
        known = self.messages.get(message_type)
        if known is not None and (known.certain or not certain):
            return
        spec = MessageSpec.of(message_type, kind, certain)
        self.messages[message_type] = spec
        for name in qualified_names(message_type):
            self._by_name[name] = self._by_name[normalise_name(name)] = spec
        other = self._by_name.get(spec.name)
        if other is not None and other.message_type is not message_type:
            # two classes, one name: only the names with their module say which
            taken = self._ambiguous.setdefault(spec.name, {other.message_type})
            taken.add(message_type)
            self._ambiguous[normalise_name(spec.name)] = taken
            del self._by_name[spec.name]
            self._by_name.pop(normalise_name(spec.name), None)
        elif spec.name in self._ambiguous:
            self._ambiguous[spec.name].add(message_type)
        else:
            self._by_name[spec.name] = spec
            self._by_name[normalise_name(spec.name)] = spec


def build_catalogue(modules: Sequence[str]) -> Catalogue:
    """The catalogue of the domain in ``modules``, built once per set of modules."""
    return _build(tuple(modules))


@lru_cache(maxsize=16)
def _build(modules: tuple[str, ...]) -> Catalogue:
    catalogue = Catalogue(modules)
    namespaces = [_import(name) for name in modules]
    classes = [value for module in namespaces for value in _public_classes(module)]
    for owner in classes:
        if _is_strict_subclass(owner, Aggregate):
            catalogue.aggregates.setdefault(owner.__name__, owner)
        elif _is_strict_subclass(owner, Saga):
            catalogue.sagas.setdefault(owner.__name__, owner)
    for owner in [*catalogue.aggregates.values(), *catalogue.sagas.values()]:
        _read_handlers(catalogue, owner)
    if castlecraft_in_use():  # the domain imported castlecraft-engineer: read its classes
        from castle_bdd.castlecraft.catalogue import add_castlecraft_classes

        add_castlecraft_classes(catalogue, classes)
    for candidate in classes:
        _add_plain_class(catalogue, candidate)
    return catalogue


def _import(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as error:
        if not _not_found(name, error):
            # the module itself was found; an import inside it failed (a module missing, or
            # a name from a module half imported, in a circle): show that line
            raise DomainConfigurationError(import_failure(name, error)) from error
        raise DomainConfigurationError(
            f"cannot import the domain module '{name}' named in the castle-bdd "
            f"configuration: {error}"
        ) from error
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # the module's own code raised (or called sys.exit()): where
        raise DomainConfigurationError(import_failure(name, error)) from error


def _not_found(name: str, error: ImportError) -> bool:
    """Whether ``error`` says that the module ``name`` (or its package) does not exist."""
    missing = error.name
    return isinstance(error, ModuleNotFoundError) and (
        missing is None or _names_module(name, missing)
    )


def _names_module(name: str, missing: str) -> bool:
    """Whether ``missing`` (the module Python could not find) is ``name`` or a package of it."""
    return name == missing or name.startswith(missing + ".")


def _public_classes(module: ModuleType) -> Iterable[type]:
    for name, value in vars(module).items():
        if isinstance(value, type) and not name.startswith("_") and _is_domain_class(value):
            yield value


def _is_domain_class(value: type) -> bool:
    return not value.__module__.startswith(_LIBRARY_MODULES)


_LIBRARY_MODULES = ("castle_bdd", "builtins", "typing", "enum", "castlecraft_engineer")


def _is_strict_subclass(value: type, base: type) -> bool:
    return issubclass(value, base) and value is not base


def _read_handlers(catalogue: Catalogue, owner: type) -> None:
    table = handlers_of(owner)
    for role, kind in _MESSAGE_ROLES.items():
        for handler in table.handlers(role):
            if handler.message_type not in (None, object):  # object: a deadline's any payload
                catalogue._add_message(handler.message_type, kind, certain=True)
            association = handler.mark.association
            if association and handler.message_type is not None:
                key = handler.mark.association_key or association
                _add_association(catalogue, handler.message_type, association, key)
    # as in Axon, an aggregate's deadline reaches its member entities: theirs are its own
    tables = tables_with_members(owner) if _is_strict_subclass(owner, Aggregate) else [table]
    for deadline in (name for one in tables for name in one.deadlines_by_name):
        catalogue.deadline_names[deadline] = deadline
        owners = catalogue.deadline_owners.setdefault(deadline, [])
        if owner not in owners:
            owners.append(owner)


def _add_association(catalogue: Catalogue, message_type: type, association: str, key: str) -> None:
    catalogue.association_keys[key] = key
    spec = catalogue.messages.get(message_type)
    carrier = spec.fields.get(association) if spec is not None else None
    catalogue.association_types.setdefault(key, carrier.type if carrier else Any)


def _add_plain_class(catalogue: Catalogue, candidate: type) -> None:
    if issubclass(candidate, BaseException):
        catalogue.exceptions.setdefault(candidate.__name__, candidate)
    elif is_message_class(candidate) and candidate not in catalogue.messages:
        event = looks_like_event(candidate.__name__)
        kind = MessageKind.EVENT if event else MessageKind.COMMAND
        catalogue._add_message(candidate, kind, certain=False)


def _handles(owner: type, role: Role, message_type: type) -> bool:
    if message_type in handlers_of(owner).by_role.get(role, {}):
        return True
    return role is Role.COMMAND and any(
        message_type in handlers_of(member.entity_type).by_role.get(role, {})
        for member in member_fields(owner)
    )


def _lookup(named: dict[str, T], written: str) -> T | None:
    found = named.get(written)
    if found is not None:
        return found
    key = normalise_name(written)
    return next((value for name, value in named.items() if normalise_name(name) == key), None)


def _what_is(catalogue: Catalogue, written: str) -> str:
    """``CardRedeemed is an event``, for a name the catalogue knows as something else."""
    spec = catalogue._by_name.get(written) or catalogue._by_name.get(normalise_name(written))
    if spec is not None:
        return f"{spec.name} is {with_article(spec.kind.value)}"
    for noun, named in (("aggregate", catalogue.aggregates), ("saga", catalogue.sagas)):
        found = _lookup(named, written)
        if found is not None:
            return f"{found.__name__} is {with_article(noun)}"
    return ""
