"""One message class as feature files see it: its kind, its fields, and how to build it.

A `MessageSpec` is made once per class when the catalogue is built. Field names are
found by attribute name or spaced (``card id``), and each field keeps the converter of
its type, so a step only looks things up in dictionaries.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from castle_bdd.domain.messages import message_fields
from castle_bdd.fixtures.accidents import is_code_bug
from castle_bdd.fixtures.user_code import UserCodeError
from castle_bdd.gherkin.conversion import (
    ANY_VALUE,
    ValueConversionError,
    convert_json_value,
    converter_for,
    is_wildcard,
)
from castle_bdd.gherkin.converters import Converter
from castle_bdd.gherkin.errors import FieldValueError, GherkinError, MissingFieldsError
from castle_bdd.gherkin.written import holds_records, written_text, written_value
from castle_bdd.matching import ExpectedMessage
from castle_bdd.suggestions import did_you_mean, normalise_name

#: A sentence carried on in a step's fields: ``… and then the command RedeemCard is sent``.
_ANOTHER_STEP = re.compile(r"(?:^|\s)(?:(?:and )?then |when |given )?the (?:command|event) \S+ is ")
#: What people write between a name and its value, which a step leaves out: ``amount = 30``.
BETWEEN_NAME_AND_VALUE = ("=", ":", "is")
#: What is told of a ``#`` after a step, which behave reads as part of the step.
NO_COMMENT_AT_END = (
    "Gherkin has no comment at the end of a step line: put the comment on a line of its own, "
    "starting with #"
)


class MessageKind(Enum):
    """What a message is to the domain."""

    EVENT = "event"
    COMMAND = "command"
    DEADLINE = "deadline payload"


class FieldSpec(NamedTuple):
    """One field of a message class, with the converter of its type."""

    name: str
    type: object
    required: bool
    converter: Converter
    #: Whether its value may hold a record written as a JSON object (`holds_records`).
    nested: bool = False


@dataclass
class RawValue:
    """A value as a feature file writes it: text (possibly quoted) or parsed JSON."""

    text: str
    quoted: bool = False
    json: object = None
    is_json: bool = False


#: Words that compare a value, where a step wants the value itself (``amount > 20``).
_COMPARISONS = frozenset(
    (
        *("<", ">", "<=", ">=", "!=", "=<", "=>", "≤", "≥", "≠", "not", "is not"),
        *("greater than", "less than", "more than", "fewer than", "at least", "at most"),
        *("over", "under", "above", "below", "bigger than", "smaller than", "not equal to"),
    )
)


class MessageSpec:
    """A message class as feature files name it.

    ``certain`` is False when the kind was guessed from the class name because no handler
    in the domain takes the message.
    """

    def __init__(self, message_type: type, kind: MessageKind, certain: bool = True) -> None:
        """The spec of ``message_type``, with no fields yet: `of` reads them."""
        self.message_type = message_type
        self.kind = kind
        self.certain = certain
        self.fields: dict[str, FieldSpec] = {}
        self._by_key: dict[str, FieldSpec] = {}
        self._required: frozenset[str] | None = None

    @classmethod
    def of(cls, message_type: type, kind: MessageKind, certain: bool = True) -> MessageSpec:
        """The spec of ``message_type``, its fields read once."""
        spec = cls(message_type, kind, certain)
        for info in message_fields(message_type):
            spec.fields[info.name] = FieldSpec(
                info.name,
                info.type,
                info.required,
                converter_for(info.type),
                holds_records(info.type),
            )
        spec._by_key = {normalise_name(name): f for name, f in spec.fields.items()}
        spec._required = frozenset(name for name, f in spec.fields.items() if f.required)
        return spec

    @property
    def name(self) -> str:
        """The class name."""
        return self.message_type.__name__

    def __repr__(self) -> str:
        """``MessageSpec(CardIssued, event)``."""
        return f"MessageSpec({self.name}, {self.kind.value})"

    def field(self, written: str) -> FieldSpec:
        """The field ``written`` names (``card_id`` or ``card id``)."""
        found = self.fields.get(written) or self._by_key.get(normalise_name(written))
        if found is None:
            hint = self._value_with_spaces(written) or did_you_mean(written, self.fields)
            known = ", ".join(self.fields) or "no fields"
            raise GherkinError(f"{self.name} has no field '{written}'{hint} (its fields: {known})")
        return found

    def _value_with_spaces(self, written: str) -> str:
        """`` — if "1st …" is the value of started_on, …`` when a field starts ``written``.

        ``started_on 1st January`` is read as the field ``started_on 1st`` and the value
        ``January``: a value with spaces in it must be quoted.
        """
        from castle_bdd.gherkin.sentences import unusual_characters  # a failure's words only

        unusual = unusual_characters(written)
        if unusual:
            return f" — it has {' and '.join(unusual)}: delete it"
        words = written.split()
        sentence = _ANOTHER_STEP.search(written)
        if sentence is not None:
            return (
                f' — "{written[sentence.start() :].strip()} …" is a step of its own: a step line '
                "holds one sentence, and a scenario one When (a second command goes in a "
                "scenario of its own)"
            )
        if "#" in words:
            return f" — {NO_COMMENT_AT_END}"
        for end in range(len(words) - 1, 0, -1):
            name = " ".join(words[:end])
            if self.fields.get(name) or self._by_key.get(normalise_name(name)):
                start = " ".join(words[end:])
                if start in BETWEEN_NAME_AND_VALUE:
                    return f' — write the field and its value with nothing between: {name} "…"'
                if start.casefold() in _COMPARISONS:
                    return (
                        f' — "{start}" compares, and a step gives each field one value: write '
                        f"the value of {name} itself (in a Then step, {name} * matches any value)"
                    )
                return (
                    f' — if "{start} …" is the value of {name}, put the whole value in double '
                    f'quotes: {name} "{start} …"'
                )
        return ""

    def value(self, field_spec: FieldSpec, raw: RawValue, wildcard_ok: bool) -> object:
        """``raw`` read as the type of ``field_spec``; ``*`` is `ANY_VALUE` where allowed."""
        if not raw.is_json:
            return self.text_value(field_spec, raw.text, raw.quoted, wildcard_ok)
        try:
            value = convert_json_value(raw.json, field_spec.type)
        except ValueConversionError as error:
            shown = json.dumps(raw.json, default=str)
            raise _misread(self.name, field_spec, shown, error) from None
        if wildcard_ok and field_spec.nested:  # a Then compares the fields written
            return written_value(raw.json, value)
        return value

    def text_value(
        self, field_spec: FieldSpec, text: str, quoted: bool, wildcard_ok: bool
    ) -> object:
        """Cell ``text`` (unquoted) read as the type of ``field_spec``, as `value` reads it."""
        if not quoted and is_wildcard(text):
            if not wildcard_ok:
                raise GherkinError(
                    f"{self.name}.{field_spec.name}: * (any value) can only be used in a Then"
                )
            return ANY_VALUE
        try:
            value = field_spec.converter.from_text(text, quoted)
        except ValueConversionError as error:
            raise _misread(self.name, field_spec, text, error) from None
        if wildcard_ok and field_spec.nested:  # a Then compares the fields written
            return written_text(text, value)
        return value

    def values(
        self, written: Iterable[tuple[str, RawValue]], wildcard_ok: bool
    ) -> dict[str, object]:
        """Field values by attribute name, from ``(field as written, value)`` pairs."""
        return self.read(written, wildcard_ok)[0]

    def read(
        self, written: Iterable[tuple[str, RawValue]], wildcard_ok: bool
    ) -> tuple[dict[str, object], dict[str, str]]:
        """Field values and their text as written, both by attribute name."""
        values: dict[str, object] = {}
        texts: dict[str, str] = {}
        for name, raw in written:
            field_spec = self.field(name)
            if field_spec.name in values:
                raise GherkinError(
                    f"{self.name}.{field_spec.name} is given twice: give each field once"
                )
            values[field_spec.name] = self.value(field_spec, raw, wildcard_ok)
            texts[field_spec.name] = raw.text
        return values, texts

    def build(self, values: Mapping[str, object]) -> object:
        """An instance from complete ``values``; names missing required fields."""
        required = self._required
        if required is None:  # made without `of`: its fields may still change
            required = frozenset(n for n, f in self.fields.items() if f.required)
        if not values.keys() >= required:
            missing = [n for n, f in self.fields.items() if f.required and n not in values]
            raise MissingFieldsError(self.name, missing)
        try:
            return self.message_type(**values)
        except Exception as error:  # the constructor is user code: a refusal, or a bug
            if is_code_bug(error):
                raise UserCodeError(f"{self.name}(…)", error) from None
            raise GherkinError(f"cannot create {self.name}: {error}") from None

    def expect(self, values: Mapping[str, object]) -> ExpectedMessage:
        """An expectation comparing only the fields in ``values`` (wildcards left out), of
        this class exactly: the name a step writes is not a subclass's."""
        return ExpectedMessage(self.message_type, dict(values), exact_class=True)


def _misread(
    message_name: str, field_spec: FieldSpec, shown: str, error: ValueConversionError
) -> FieldValueError:
    expected = f"{error.expected} — {error.hint}" if error.hint else error.expected
    if error.path:  # the value inside that cannot be read, where it is
        return FieldValueError(message_name, field_spec.name + error.path, error.value, expected)
    return FieldValueError(message_name, field_spec.name, shown, expected)
