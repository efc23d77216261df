"""What to tell a domain expert whose step no step definition reads.

In order, the first that applies:

1. the sentence has a character that looks like a space but is not one (a tab, a
   no-break space, a zero-width space…): name it and where it is;
2. the sentence is a step of another keyword (``Given time advances to …`` is a When);
3. the sentence is one of the vocabulary's but a value in it cannot be read
   (``When -5 days elapse``, ``Given the current time is tomorrow``): the value's own
   message;
4. otherwise the nearest sentences of the vocabulary, with the step's own words.

A step far from every sentence is told how to add a sentence of the project's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import parse

from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.durations import parse_duration, parse_instant
from castle_bdd.gherkin.parse_types import INSTANT_PATTERN
from castle_bdd.gherkin.sentences import (
    Sentence,
    Suggestion,
    nearest_sentences,
    plain_text,
    readable,
    related_sentences,
    suggest,
    unusual_characters,
)
from castle_bdd.gherkin.specs import NO_COMMENT_AT_END
from castle_bdd.look_alikes import latin_text, look_alike_letters
from castle_bdd.suggestions import is_slip_of

KEYWORDS = ("given", "when", "then")
_TYPED_FIELD = re.compile(r"\{([^{}:]*):([^{}]*)\}")
#: The readers of field types whose values can be told wrong: a value they cannot read
#: is what makes the step match nothing.
_VALUE_READERS: dict[str, Callable[[str], object]] = {
    "Duration": parse_duration,
    "Instant": parse_instant,
}


@dataclass(frozen=True)
class Vocabulary:
    """The sentences steps can be written in, and a test of whether a step is one.

    ``reads(keyword, text)`` tells whether a step definition of ``keyword`` reads ``text``.
    """

    sentences: Sequence[Sentence]
    reads: Callable[[str, str], bool]


def explain_unmatched(
    keyword: str, text: str, vocabulary: Vocabulary, read_as: str = "no step reads"
) -> str:
    """Why no step reads ``keyword text``, and what to write instead.

    ``read_as`` says how the step was read, for a step a sentence reads only in part.
    """
    written = f"{keyword.capitalize()} {text}"
    explainers = (
        _unusual,
        _look_alike,
        other_keyword,
        _unreadable_value,
        _time_for_duration,
        _raised,
        _time_in_other_words,
        _fails_with_both,
        _comment_at_end,
    )
    for explain in explainers:
        found = explain(keyword, text, vocabulary)
        if found:
            return found
    # the step itself is no suggestion (a sentence whose field took every word)
    nearest = [
        _quoted(s)
        for s in nearest_sentences(text, keyword, vocabulary.sentences)
        if str(s) != written
        and _names_are_names(s.sentence, s.text, vocabulary)
        and _values_read(s.sentence, s.text)
        and _takes_what_follows(s)
    ]
    if nearest:
        lines = "\n".join(f"  {suggestion}" for suggestion in nearest)
        return f'{read_as} "{written}" — did you mean:\n{lines}'
    related = related_sentences(text, keyword, vocabulary.sentences)
    shown = "".join(f"\n  {sentence}" for sentence in related)
    near = f"; the {keyword.capitalize()} sentences nearest to it:{shown}" if related else ""
    return (
        f'{read_as} "{written}"{near}\n'
        f'if it is a sentence of your own, define it in a module of steps/ with @{keyword}("…")'
    )


def _unusual(keyword: str, text: str, vocabulary: Vocabulary) -> str:
    return _characters_to_fix(
        keyword,
        unusual_characters(text),
        plain_text(text),
        vocabulary,
        "write plain spaces: ",
        "write a space",
    )


def _look_alike(keyword: str, text: str, vocabulary: Vocabulary) -> str:
    return _characters_to_fix(
        keyword,
        look_alike_letters(text),
        latin_text(text),
        vocabulary,
        "write: ",
        "write it in Latin letters",
    )


def _characters_to_fix(
    keyword: str, found: list[str], plain: str, vocabulary: Vocabulary, write: str, otherwise: str
) -> str:
    """The characters ``found`` in a step, and the step ``plain`` when the library reads it."""
    if not found:
        return ""
    readable = vocabulary.reads(keyword, plain)
    fix = f"{write}{keyword.capitalize()} {plain}" if readable else otherwise
    return f"the step has {' and '.join(found)}: {fix}"


def other_keyword(keyword: str, text: str, vocabulary: Vocabulary) -> str:
    """``"…" is a When step, not a Given step — write: …``, or ``""`` if it is not."""
    for other in KEYWORDS:
        if other != keyword and _reads_as_named(other, text, vocabulary):
            nearest = nearest_sentences(
                text, keyword, vocabulary.sentences, limit=1, only_keyword=True
            )
            also = f"\nor, as a {keyword.capitalize()}: {nearest[0]}" if nearest else ""
            return (
                f'"{text}" is a {other.capitalize()} step, not a {keyword.capitalize()} step '
                f"— write: {other.capitalize()} {text}{also}"
            )
    return ""


def _reads_as_named(keyword: str, text: str, vocabulary: Vocabulary) -> bool:
    """Whether a sentence of ``keyword`` reads ``text`` with names that are names.

    ``Then the event are:`` is read by ``Given the event {message}:`` with the message
    ``are``: a word of the sentences themselves is no message name.
    """
    if not vocabulary.reads(keyword, text):
        return False
    reading = [
        sentence
        for sentence in vocabulary.sentences
        if sentence.keyword == keyword and _relaxed_parse(sentence.pattern, text) is not None
    ]
    return not reading or any(_names_are_names(s, text, vocabulary) for s in reading)


#: Field types whose value is never one of the vocabulary's own words (``is``, ``fails``).
_NAMED = frozenset({"MessageName", "QuotedOrBare"})


def _names_are_names(sentence: Sentence, text: str, vocabulary: Vocabulary) -> bool:
    """Whether the names and values ``sentence`` reads in ``text`` are not its own words.

    ``Then the command fails`` is no ``Then the command returns fails``.
    """
    if not any(f":{type_name}}}" in sentence.pattern for type_name in _NAMED):
        return True
    found = _relaxed_parse(sentence.pattern, text)
    if found is None:
        return True
    own_words = _sentence_words(tuple(vocabulary.sentences))
    return not any(
        type_name in _NAMED and not_a_name(str(found.named.get(name, "")), own_words)
        for name, type_name in _TYPED_FIELD.findall(sentence.pattern)
    )


def _values_read(sentence: Sentence, text: str) -> bool:
    """Whether the durations and times a suggestion puts in its fields can be read:
    ``Given 2 days hve have elapsed`` is no suggestion."""
    if not any(f":{type_name}}}" in sentence.pattern for type_name in _VALUE_READERS):
        return True
    found = _relaxed_parse(sentence.pattern, text)
    if found is None:
        return True
    for name, type_name in _TYPED_FIELD.findall(sentence.pattern):
        value = str(found.named.get(name, "")).strip()
        reader = _VALUE_READERS.get(type_name)
        if reader is None or value.startswith("<"):
            continue
        try:
            reader(value)
        except CastleBddError:
            return False
    return True


def _quoted(suggestion: Suggestion) -> Suggestion:
    """The suggestion with the text a sentence takes in double quotes written in them:
    ``fails with message "balance is 100"``, not ``fails with message balance is 100``."""
    pattern = suggestion.sentence.pattern
    if ":Quoted}" not in pattern:
        return suggestion
    found = _relaxed_parse(pattern, suggestion.text)
    if found is None:
        return suggestion
    text = suggestion.text
    for name, type_name in _TYPED_FIELD.findall(pattern):
        value = str(found.named.get(name, "")).strip()
        if type_name == "Quoted" and value and not value.startswith(('"', "<")):
            text = text.replace(value, f'"{value.strip(chr(39))}"', 1)
    return Suggestion(suggestion.sentence, text, suggestion.likeness)


def _takes_what_follows(suggestion: Suggestion) -> bool:
    """Whether a suggestion ending in ``:`` is of a sentence that takes a table or doc
    string: ``Then the command returns are:`` is no suggestion for ``Then the commands are:``."""
    sentence = suggestion.sentence
    return (
        not suggestion.text.endswith(":") or sentence.takes_fields or sentence.pattern.endswith(":")
    )


def not_a_name(written: str, own_words: frozenset[str] = frozenset()) -> bool:
    """Whether ``written`` is words of a sentence rather than a name: ``are``, or
    ``CardRedeemed is publishd`` (a name has no ``is`` or ``was`` after its first word)."""
    words = written.casefold().split()
    return bool(words) and (set(words) <= own_words or bool(_LINKING & set(words[1:])))


#: Words that link a sentence, never a word of a message's name after its first.
_LINKING = frozenset(
    {"is", "are", "was", "were", "has", "have", "be", "been", "should", "must", "shall"}
)


@lru_cache(maxsize=4)
def _sentence_words(sentences: tuple[Sentence, ...]) -> frozenset[str]:
    return frozenset(
        word.casefold().rstrip(":,")
        for sentence in sentences
        for word in _TYPED_FIELD.sub(" ", sentence.pattern).split()
        if "{" not in word and "}" not in word
    )


def _unreadable_value(keyword: str, text: str, vocabulary: Vocabulary) -> str:
    for sentence in vocabulary.sentences:
        if sentence.keyword != keyword or not _TYPED_FIELD.search(sentence.pattern):
            continue
        found = _relaxed_parse(sentence.pattern, text)
        if found is None:
            continue
        for name, type_name in _TYPED_FIELD.findall(sentence.pattern):
            problem = _value_problem(type_name, str(found.named.get(name, "")), sentence, text)
            if problem:
                return problem
    return ""


def _time_for_duration(keyword: str, text: str, vocabulary: Vocabulary) -> str:
    """``… is scheduled at 2026-01-31`` where the sentence takes ``in 30 days``."""
    for sentence in vocabulary.sentences:
        if sentence.keyword != keyword or " in {" not in sentence.pattern:
            continue
        at_time = re.sub(r" in \{(\w*):Duration\}", r" at {\1}", sentence.pattern)
        found = _relaxed_parse(at_time, text) if at_time != sentence.pattern else None
        if found is None:
            continue
        for name, type_name in _TYPED_FIELD.findall(sentence.pattern):
            if type_name == "Duration":
                written = str(found.named.get(name, "")).strip()
                try:
                    parse_instant(written)
                except CastleBddError:
                    continue
                fix = suggest(text.replace(f" at {written}", " in <duration>"), sentence)
                return (
                    f'"{written}" is a time, and this sentence takes how long from now: write '
                    f"the duration, e.g. {fix} (like 30 days)"
                )
    return ""


_CLOCK_WORDS = frozenset({"it", "today", "now", "date", "time", "clock", "day", "current"})
_LINKING_WORDS = frozenset({"the", "is", "was", "at", "on", "of", "to", "set", "shows"})
_CLOCK_SENTENCES = {"given": "the current time is {}", "when": "time advances to {}"}


def _time_in_other_words(keyword: str, text: str, vocabulary: Vocabulary) -> str:
    """``Given it is 2026-01-01``, ``Given today is …``: the time sentences, in other words."""
    sentence = _CLOCK_SENTENCES.get(keyword)
    found = re.search(INSTANT_PATTERN, text) if sentence else None
    if sentence is None or found is None:
        return ""
    words = set(re.findall(r"[a-z]+", (text[: found.start()] + text[found.end() :]).casefold()))
    meant = sentence.format(found.group(0))
    # only words about the clock: "the due date is …" is a sentence of the project's own
    if not words & _CLOCK_WORDS or words - _CLOCK_WORDS - _LINKING_WORDS:
        return ""
    if not vocabulary.reads(keyword, meant):
        return ""
    return f'no step reads "{keyword.capitalize()} {text}" — write: {keyword.capitalize()} {meant}'


_RAISED = re.compile(
    r"^(?:an? |the )?(?:exception |error )?(\w+)(?: exception| error)? (?:is|was|gets|got) "
    r"(?:raised|thrown)$",
    re.IGNORECASE,
)


def _raised(keyword: str, text: str, vocabulary: Vocabulary) -> str:
    """``Then an InsufficientBalance is raised``: the way to say a command was refused."""
    found = _RAISED.match(text.strip())
    if keyword != "then" or found is None:
        return ""
    return (
        f'no step reads "Then {text}": an exception is checked as the command failing with '
        f"it — write: Then the command fails with {found.group(1)}"
    )


def _comment_at_end(keyword: str, text: str, vocabulary: Vocabulary) -> str:
    """``Given the event CardIssued: # a fresh card``: a comment behave reads as words."""
    step, hash_sign, _ = text.partition(" #")
    if not hash_sign or not vocabulary.reads(keyword, step.rstrip()):
        return ""
    return f"{NO_COMMENT_AT_END} — write: {keyword.capitalize()} {step.rstrip()}"


_FAILS_WITH_BOTH = re.compile(
    r"^the command fails with ([A-Za-z_][\w.]*)"
    r"(?:\s*[:,]|\s+(?:with|and)(?: the)? message)\s*(\S.*)$"
)


def _fails_with_both(keyword: str, text: str, vocabulary: Vocabulary) -> str:
    """``Then the command fails with InsufficientBalance: balance is 100``: two checks."""
    found = _FAILS_WITH_BOTH.match(text.strip())
    if keyword != "then" or found is None:
        return ""
    name, message = found.group(1), found.group(2).strip().strip('"\u201c\u201d')
    if is_slip_of(name, "message") or not vocabulary.reads(
        "then", f"the command fails with {name}"
    ):
        return ""
    return (
        f'no step reads "Then {text}": the exception and its message are two steps — '
        f"write: Then the command fails with {name}\n"
        f'  And the command fails with message "{message}"'
    )


def _fields_where_none_go(
    reader: Callable[[str], object], raw: str, sentence: Sentence, text: str
) -> str:
    """``… is scheduled in 12 days with customer_id "C-1"``: fields after a sentence that
    takes none (a deadline is told by its name and due time)."""
    value, with_, _ = raw.partition(" with ")
    if not with_ or sentence.takes_fields:
        return ""
    try:
        reader(value.strip())
    except CastleBddError:
        return ""
    fix = suggest(text.replace(raw, value, 1), sentence)
    fields = raw[len(value) :].strip()
    return f'this sentence takes no fields, so "{fields}" cannot be checked — write: {fix}'


def _value_problem(type_name: str, raw: str, sentence: Sentence, text: str) -> str:
    reader = _VALUE_READERS.get(type_name)
    if reader is not None:
        try:
            reader(raw.strip())
        except CastleBddError as error:
            return _fields_where_none_go(reader, raw, sentence, text) or str(error)
        return ""
    number = _NUMBER_TYPES.get(type_name)
    if number is not None:
        if _NUMBER.fullmatch(raw.strip()) and (number != "a whole number" or "." not in raw):
            return ""
        shown = f"{sentence.keyword.capitalize()} {readable(sentence.pattern)}"
        return (
            f'"{raw.strip()}" is not {number}, and the sentence "{shown}" takes {number} '
            "there: write it in digits, e.g. 70"
        )
    if type_name == "Quoted" and not raw.startswith('"') and '"' in raw.strip()[1:]:
        words, _, inner = raw.partition('"')
        fix = suggest(text.replace(raw, f'"{inner}', 1), sentence)
        return (
            f'"{words.strip()}" before the text in quotes is no word of this sentence, which '
            f"takes the text whole, in double quotes — write: {fix}"
        )
    if type_name == "Quoted" and not raw.startswith('"'):
        quoted = text.replace(raw, f'"{raw.strip(chr(39))}"', 1)
        fix = suggest(quoted, sentence)
        return f'"{raw}" must be in double quotes here — write: {fix}'
    return ""


#: behave's (the parse module's) number types, as a project's own sentences write them.
_NUMBER_TYPES = {"d": "a whole number", "n": "a whole number", "f": "a number", "g": "a number"}
_NUMBER = re.compile(r"[+-]?(?:\d[\d,_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _relaxed_parse(pattern: str, text: str) -> Any:
    """``pattern`` with its typed fields reading any text (``WithFields`` kept)."""
    relaxed = _TYPED_FIELD.sub(
        lambda field: field.group(0) if field.group(2) == "WithFields" else f"{{{field.group(1)}}}",
        pattern,
    )
    try:
        return _compiled(relaxed).parse(text)
    except (ValueError, CastleBddError):
        return None


def _any_fields(text: str) -> str:
    return text


_any_fields.pattern = r"(?:\s+with\s+\S.*|:)?"  # type: ignore[attr-defined]


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> Any:
    return parse.compile(pattern, extra_types={"WithFields": _any_fields})
