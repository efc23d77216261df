"""The checks behind Then steps, failing with Gherkin tables a domain expert can read.

Lists of messages are checked by the fixtures' expectations (`castle_bdd.fixtures.
expectations`); when one fails, its verdict is redrawn here as an expected and an actual
table with the differing cells marked, followed by the command's exception if it raised.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from castle_bdd.domain import Saga
from castle_bdd.domain.messages import payload_of
from castle_bdd.domain.saga import differing_only_by_type, keys_associated
from castle_bdd.fixtures.cards import card_comparison, cell_text
from castle_bdd.fixtures.expectations import (
    ExpectationFailed,
    assert_absent,
    assert_contains,
    assert_exact,
    assert_in_order,
    assert_none,
    missing_title,
    noun_of,
)
from castle_bdd.fixtures.near_misses import declared_association_keys
from castle_bdd.fixtures.reports import describe_differences, render_exception
from castle_bdd.fixtures.user_code import exception_message
from castle_bdd.gherkin.conversion import (
    ValueConversionError,
    converter_for,
    describe_type,
    is_wildcard,
)
from castle_bdd.gherkin.durations import STANDARD_TIME_CLASSES
from castle_bdd.gherkin.errors import FieldValueError, GherkinError
from castle_bdd.gherkin.plan import Given, Target
from castle_bdd.gherkin.reading import WrittenMessage
from castle_bdd.look_alikes import alike_on_screen, where_alike_differ
from castle_bdd.matching import messages_alike
from castle_bdd.suggestions import did_you_mean
from castle_bdd.wording import capitalized

if TYPE_CHECKING:
    from castle_bdd.gherkin.catalogue import Catalogue
    from castle_bdd.gherkin.inline import InlineField
    from castle_bdd.gherkin.report import MessageTables
    from castle_bdd.gherkin.scenario import CastleScenario
    from castle_bdd.gherkin.seam import Verdict


def ignored_fields(validator: Verdict) -> Collection[str]:
    """The fields the validator leaves out of comparisons."""
    return frozenset(validator.ignored_fields)


def exception_note(validator: Verdict) -> str:
    """``The command failed with X: message`` when the When step raised, else ``""``."""
    return capitalized(failure_of(validator))


def failure_of(validator: Verdict) -> str:
    """``the command failed with X: message`` when the When step raised, else ``""``."""
    exception = validator.exception
    if exception is None:
        return ""
    subject = str(getattr(validator, "subject", "the command"))
    # a deadline's handler is no command: the note names what failed
    if subject.startswith("the command"):
        return f"the command failed with {render_exception(exception, with_origin=False)}"
    return f"{subject} failed with {render_exception(exception, with_origin=True)}"


def check_exact(
    validator: Verdict, kind: str, expected: Sequence[WrittenMessage], actual: Sequence[object]
) -> None:
    """Exactly ``expected``, in order, nothing more."""
    wanted = [message.expectation() for message in expected]
    ignored = ignored_fields(validator)
    try:
        assert_exact(kind, wanted, actual, ignored)
    except ExpectationFailed as failure:
        tables = _tables(noun_of(kind), expected, actual, ignored)
        for row in range(min(len(expected), len(actual))):
            tables.mark_pair(row, row)
        for row in range(len(actual), len(expected)):
            tables.mark_expected(row)
        for row in range(len(expected), len(actual)):
            tables.mark_actual(row)
        lines = describe_differences(wanted, actual, failure.differences, ignored, tables.noun)
        notes = [*_wildcard_words(expected), *_alike_texts(expected, actual)]
        _fail(validator, failure, tables, [*lines, *notes])


def check_in_order(
    validator: Verdict, kind: str, expected: Sequence[WrittenMessage], actual: Sequence[object]
) -> None:
    """``expected`` in this order; other messages may sit between."""
    if not expected:
        raise GherkinError(
            f"this step lists no {noun_of(kind)}s, so it checks nothing: write one row per "
            f"{noun_of(kind)} that must be there, in order"
        )
    wanted = [message.expectation() for message in expected]
    ignored = ignored_fields(validator)
    try:
        assert_in_order(kind, wanted, actual, ignored)
    except ExpectationFailed as failure:
        tables = _tables(noun_of(kind), expected, actual, ignored)
        missing = [row for row, item in enumerate(wanted) if _among(item, failure.missing)]
        for row in missing:
            tables.mark_expected(row)
        lines = [f"not found in this order: {tables.noun} {row + 1}" for row in missing]
        notes = [*_wildcard_words(expected), *_alike_texts(expected, actual)]
        _fail(validator, failure, tables, [*lines, *notes])


def check_contains(
    validator: Verdict, kind: str, expected: WrittenMessage, actual: Sequence[object]
) -> None:
    """Some message of ``actual`` is alike ``expected``."""
    ignored = ignored_fields(validator)
    try:
        assert_contains(kind, expected.expectation(), actual, ignored)
    except ExpectationFailed as failure:
        tables = _tables(noun_of(kind), [expected], actual, ignored)
        alike = [
            row
            for row, item in enumerate(actual)
            if isinstance(payload_of(item), expected.spec.message_type)
        ]
        for row in alike:
            tables.mark_pair(0, row)
        if not alike:
            tables.mark_expected(0)
        # the tables show the fields as the feature file writes them, not as Python does
        title = missing_title(kind, expected.spec.name)
        notes = [*_wildcard_words([expected]), *_alike_texts([expected], actual)]
        _fail(validator, failure, tables, notes, title)


#: Words people write for "any value", which a Then step compares as written.
_ANY_WORDS = frozenset({"any", "anything", "whatever", "?", "??", "...", "…", "_", "x"})


def _wildcard_words(expected: Sequence[WrittenMessage]) -> list[str]:
    """A note for each field written as a word for "any value" (``card_id any``)."""
    return [
        f'{message.spec.name}.{name}: "{text}" is compared as written — a value that '
        "matches anything is written *"
        for message in expected
        for name, text in message.written.items()
        if text.strip().casefold() in _ANY_WORDS
    ]


def _alike_texts(expected: Sequence[WrittenMessage], actual: Sequence[object]) -> list[str]:
    """A note for each value expected that looks the same as one the When gave but is not:
    a text with a curly apostrophe, a Cyrillic letter or an en dash, which the tables cannot
    show, or the same time with a zone on one side only (``Z`` written, none published)."""
    notes: dict[str, None] = {}
    for message in expected:
        for name, value in message.values.items():
            if not isinstance(value, (str, STANDARD_TIME_CLASSES.datetime)):
                continue
            for item in actual:
                found = getattr(payload_of(item), name, None)
                note = _alike(value, found)
                if note:
                    notes[f"{message.spec.name}.{name}: {note}"] = None
    return list(notes)


def _alike(value: object, found: object) -> str:
    if isinstance(value, str) and isinstance(found, str) and alike_on_screen(value, found):
        return f"{where_alike_differ(value, found)}, which looks the same"
    moment = STANDARD_TIME_CLASSES.datetime
    if not isinstance(value, moment) or not isinstance(found, moment):
        return ""
    if (value.tzinfo is None) == (found.tzinfo is None):
        return ""
    if value.replace(tzinfo=None) != found.replace(tzinfo=None):
        return ""
    plain = found.isoformat() if found.tzinfo is None else cell_text(found)
    zone = "has no time zone" if found.tzinfo is None else "has a time zone"
    return (
        f"the value published {zone}, and the one written "
        f"{'has one' if found.tzinfo is None else 'has none'} — write {plain}"
    )


def check_absent(validator: Verdict, kind: str, unexpected: type, actual: Sequence[object]) -> None:
    """No message of ``actual`` is of the class ``unexpected``."""
    try:
        assert_absent(kind, unexpected, actual)
    except ExpectationFailed as failure:
        _fail_unexpected(validator, kind, failure, actual)


def check_none(validator: Verdict, kind: str, actual: Sequence[object]) -> None:
    """``actual`` is empty."""
    try:
        assert_none(kind, actual)
    except ExpectationFailed as failure:
        _fail_unexpected(validator, kind, failure, actual)


def given_before_when(
    error: GherkinError,
    expected: Sequence[WrittenMessage],
    actual: Sequence[object],
    givens: Sequence[Given],
) -> GherkinError:
    """``error``, with a note when a message it expects was given before the When (and the
    When did not publish one): a Then step checks only what the When published."""
    given = {type(payload) for step in givens for payload in step.payloads}
    published = {type(payload_of(item)) for item in actual}
    names = [
        message.spec.name
        for message in expected
        if message.spec.message_type in given and message.spec.message_type not in published
    ]
    if not names:
        return error
    note = (
        f"{' and '.join(dict.fromkeys(names))} happened in the Given steps, before the When: "
        "a Then step checks only what the When published"
    )
    told = GherkinError(f"{error.problem}\n{note}", error.location)
    told.comparison = error.comparison
    return told


def _fail_unexpected(
    validator: Verdict, kind: str, failure: ExpectationFailed, actual: Sequence[object]
) -> None:
    tables = _tables(noun_of(kind), [], actual, ignored_fields(validator))
    extras = {id(extra) for extra in failure.extra}  # by identity: one pass, however many
    for row, item in enumerate(actual):
        if id(item) in extras:
            tables.mark_actual(row)
    _fail(validator, failure, tables, [])


def _tables(
    noun: str,
    expected: Sequence[WrittenMessage],
    actual: Sequence[object],
    ignored: Collection[str],
) -> MessageTables:
    """The tables of a failed check; loaded with the first failure, as a passing run has none."""
    from castle_bdd.gherkin.report import MessageTables

    return MessageTables(noun, expected, actual, ignored)


def _fail(
    validator: Verdict,
    failure: ExpectationFailed,
    tables: MessageTables,
    lines: list[str],
    title: str = "",
) -> None:
    title = title or str(failure).splitlines()[0].replace(f" The {failure.kind} were:", "")
    title = title.rstrip(":.") + ":"
    parts = [title, tables.render(), *lines, exception_note(validator)]
    error = GherkinError("\n".join(part for part in parts if part))
    error.comparison = tables.comparison()  # the living document draws both sides
    raise error from None


def _among(item: object, items: Sequence[object]) -> bool:
    return any(item is other or item == other for other in items)


def check_value(
    what: str,
    expected: object,
    written: str,
    actual: object,
    ignored: Collection[str] = frozenset(),
) -> None:
    """``actual`` is ``expected`` as events compare values: ``the command returned 40, not 70``.

    Two values written alike but of different kinds say their kinds: ``the command
    returned 40 (a whole number), not 40 (text)``; ``true`` is no ``1``.
    """
    if messages_alike(expected, actual, ignored):
        return
    written, found = told_apart(written, expected, actual)
    error = GherkinError(f"{what} {found}, not {written}")
    error.comparison = card_comparison("return value", "result", (written, found))
    raise error


def told_apart(written: str, expected: object, actual: object) -> tuple[str, str]:
    """``written`` and ``actual`` as a report shows them: with their kinds when they are
    written alike (``40 (a whole number)`` beside ``40 (text)``)."""
    found = cell_text(actual)
    if found != written:
        return written, found
    return (
        f"{written} ({describe_type(type(expected))})",
        f"{found} ({describe_type(type(actual))})",
    )


def check_failure(
    validator: Verdict, exception_type: type[BaseException], subject: str = "the command"
) -> None:
    """The When raised ``exception_type`` (or a subclass); ``subject`` names what ran."""
    exception = validator.exception
    if isinstance(exception, exception_type):
        return
    wanted = exception_type.__name__
    if exception is None:
        raise GherkinError(f"{subject} succeeded, but it was expected to fail with {wanted}")
    found = render_exception(exception, with_origin=False)
    raise GherkinError(f"{subject} was expected to fail with {wanted}, but it failed with {found}")


def check_failure_message(validator: Verdict, text: str, subject: str = "the command") -> None:
    """The When raised an exception whose message is ``text``; ``subject`` names what ran."""
    exception = validator.exception
    if exception is None:
        raise GherkinError(f'{subject} succeeded, but it was expected to fail with "{text}"')
    if exception_message(exception) != text:
        found = render_exception(exception, with_origin=False)
        hint = ""
        if text.strip() == "*":
            hint = (
                ' — "*" in quotes is the text *, not any message: to accept any message, '
                f"name the exception: Then the command fails with {type(exception).__name__}"
            )
        raise GherkinError(
            f'{subject} was expected to fail with the message "{text}", '
            f"but it failed with {found}{hint}"
        )


def check_success(validator: Verdict, subject: str = "the command") -> None:
    """The When raised nothing; ``subject`` names what ran."""
    exception = validator.exception
    if exception is not None:
        found = render_exception(exception, with_origin=True)
        raise GherkinError(f"{subject} was expected to succeed, but it failed with {found}")


def association(
    scenario: CastleScenario, fields: Sequence[InlineField], sagas: Sequence[Saga] = ()
) -> tuple[str, object]:
    """The saga association ``invoice_id "INV-1"`` names: its key and typed value. The key
    is one the handlers declare, or one ``sagas`` associated themselves with."""
    if len(fields) != 1:
        raise GherkinError('name one association key and its value, e.g. invoice_id "INV-1"')
    catalogue = scenario.catalogue
    key = catalogue.association_key(fields[0].name, keys_associated(sagas))
    if not fields[0].quoted and is_wildcard(fields[0].value):
        raise GherkinError(
            "* (any value) matches the fields of a message, not an association: name the "
            f'value the saga is associated with: {key} "…"'
        )
    hint = catalogue.association_types.get(key)
    held = [type(value) for saga in sagas for met, value in saga.associations if met == key]
    if hint is None:  # a key only the saga's own code used: read as the values it gave
        hint = held[0] if held else Any
    elif hint is Any and len(set(held)) == 1:  # no event says the kind: the saga's values do
        try:
            return key, converter_for(held[0]).from_text(fields[0].value, fields[0].quoted)
        except ValueConversionError:
            pass  # not a value of that kind: read as written
    try:
        return key, converter_for(hint).from_text(fields[0].value, fields[0].quoted)
    except ValueConversionError as error:
        raise FieldValueError("", key, fields[0].value, error.expected) from None


def check_association_kind(
    catalogue: Catalogue, key: str, value: object, written: str, sagas: Sequence[Saga]
) -> None:
    """Refuse to check an association whose value an active saga holds in another kind
    only (``7``, a whole number, beside ``"7"``, text): an event reaches a saga only with
    the kind the saga holds, while Axon, which keeps association values as text, counts
    the two as one. Neither a denial nor an expectation could say what the step means."""
    active = [saga for saga in sagas if saga.is_active]
    if any(saga.is_associated_with(key, value) for saga in active):
        return
    held = differing_only_by_type(active, key, value)
    if not held:
        return
    owner = next(
        saga for saga in active for met, one in saga.associations if met == key and one in held
    )
    step, found = told_apart(written, value, held[0])
    events = ""
    if catalogue.association_types.get(key, Any) is type(value):
        events = (
            f" The {type(owner).__name__}'s code associates it with {key} as "
            f"{describe_type(type(held[0]))}, while the events its handlers take by {key} "
            f"carry {describe_type(type(value))}: associate the saga with the value as the "
            "events carry it"
        )
    raise GherkinError(
        f"the saga {type(owner).__name__} is associated with {key} {found}, and the step "
        f"names {key} {step}: the two differ only in their kind, and an event reaches a saga "
        "only with a value of the kind the saga holds, so the step cannot be checked."
        f"{events}"
    )


def check_association_of_target(
    catalogue: Catalogue, target: Target | None, key: str, sagas: Sequence[Saga]
) -> None:
    """Refuse to deny an association through a key the saga under test never uses: none of
    its handlers declares it and no saga of the scenario was associated through it (its
    own code may associate it through any key), so the denial passes whatever happened."""
    if target is None or target.kind != "saga":
        return
    declared = declared_association_keys(target.type)
    if key in declared:
        return
    used = keys_associated(sagas)
    if key in used:
        return
    keys = sorted(declared | used)
    owners = [
        saga.__name__
        for saga in catalogue.sagas.values()
        if saga is not target.type and key in declared_association_keys(saga)
    ]
    whose = f"{key} is a key of the saga {owners[0]}, but this scenario" if owners else "This"
    declares = ", ".join(sorted(declared)) or "no key"
    instead = (
        f"name one of the {target.name}'s keys ({', '.join(keys)}){did_you_mean(key, keys)}"
        if keys
        else "remove the step"
    )
    tag = f", or tag the scenario @saga:{owners[0]} to test the {owners[0]}" if owners else ""
    raise GherkinError(
        f"{whose} tests the saga {target.name}, whose handlers declare {declares} and which "
        f"was not associated through {key} in this scenario, so denying it checks nothing: "
        f"{instead}{tag}"
    )
