"""The sentences nearest to a step that no step definition reads.

A step sentence is a ``parse`` pattern: words, and fields in braces
(``the event {message:MessageName} is published{fields:WithFields}``). A written step is
compared with each sentence word by word, forgiving a typo in a word (``suceeds``) and
letting each field take the words the step wrote there. The nearest sentences are shown
with the step's own words put back in their fields, so the suggestion can be copied:
``Then the event CardRedeemed is published with card_id "GC-1" and amount 30``.

Characters that look like a space but are not one (a tab, a no-break space, a
zero-width space…) are named with their place, because they cannot be seen.

This runs only when a step matches nothing: a passing suite never pays for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

#: How alike (0..1) a sentence must be to a step to be suggested.
NEAREST_CUTOFF = 0.5
#: How much less alike than the nearest a sentence may be and still be suggested.
NEAREST_MARGIN = 0.15
#: The lead a sentence of the step's own keyword gets when sentences are ranked.
_OWN_KEYWORD = 0.1
#: How many sentences a message suggests at most.
MAX_SUGGESTIONS = 3

_FIELD = re.compile(r"\{([^{}:]*)(?::([^{}]*))?\}")
_WORDS = re.compile(r"\"[^\"]*\"|'[^']*'|\S+")
#: A word that reads as a class name (``CardIssued``): what a name field usually holds.
_NAME = re.compile(r"\b[A-Z][a-z0-9]+[A-Z]\w*")
_ANY = re.compile(r".")
#: Field types whose value takes every written word left between two matched words.
_GREEDY = frozenset({"Duration", "Instant", "InlineFields"})
#: What a written word must look like to be the value of a field of each type.
_FITS = {
    "MessageName": _NAME,
    "FieldName": re.compile(r"\w"),
    "Duration": re.compile(r"\d"),
    "Instant": re.compile(r"\d"),
    "Count": re.compile(r"^(\d+|no|none|zero|an?|one|two|three)$"),
    "Quoted": re.compile(r"^[\"']"),
    # inline fields hold a value a sentence of the vocabulary would read: a number or a quote
    "InlineFields": re.compile(r"^(\d|[\"'])"),
}
#: How long a word must be to count as a word of content, not "the" or "is".
_CONTENT_WORD = 4
#: Words people write for a word of the vocabulary, read as that word.
_SYNONYMS = {
    "throws": "fails",
    "raises": "fails",
    "rejected": "fails",
    "errors": "fails",
    "raised": "published",
    "emitted": "published",
    "recorded": "published",
    "returned": "returns",
    "result": "returns",
    "passes": "elapses",
    "pass": "elapse",
    "later": "elapse",
}
_WITH_TAIL = re.compile(r"(\s+with\s+\S.*|:)$")
_INVISIBLE = {
    "\u200b": "a zero-width space",
    "\u200c": "a zero-width non-joiner",
    "\u200d": "a zero-width joiner",
    "\u2060": "a word joiner",
    "\u200e": "a left-to-right mark",
    "\u200f": "a right-to-left mark",
    "\ufeff": "a zero-width no-break space",
    "\u00ad": "a soft hyphen",
}
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


@dataclass(frozen=True)
class Sentence:
    """A step definition's pattern under its keyword (``given``, ``when``, ``then``)."""

    keyword: str
    pattern: str

    @property
    def takes_fields(self) -> bool:
        """Whether the pattern ends in ``with …``, a table or nothing (``WithFields``)."""
        return self.pattern.endswith(":WithFields}")


@dataclass(frozen=True)
class Suggestion:
    """A sentence near a step, written out with the step's own words in its fields."""

    sentence: Sentence
    text: str
    likeness: float

    def __str__(self) -> str:
        """``Then the command succeeds``."""
        return f"{self.sentence.keyword.capitalize()} {self.text}"


def unusual_characters(text: str) -> list[str]:
    """What is not a plain space between words: ``a tab after "the command"`` …"""
    found: list[str] = []
    for index, character in enumerate(text):
        name = _unusual_name(character)
        if name is not None:
            before = " ".join(text[:index].split()[-2:])
            found.append(f'{name} after "{before}"' if before else f"{name} at the start")
    if "  " in text:
        found.append("two spaces in a row")
    return found


def _unusual_name(character: str) -> str | None:
    if character == "\t":
        return "a tab"
    if character in _INVISIBLE:
        return _INVISIBLE[character]
    if character != " " and unicodedata.category(character) == "Zs":
        return "a no-break space" if character == "\u00a0" else "an unusual space"
    return None


def plain_text(text: str) -> str:
    """``text`` with plain spaces and quotes: what the step most likely meant."""
    for character in _INVISIBLE:
        text = text.replace(character, "")
    return " ".join(text.translate(_QUOTES).split())


def nearest_sentences(
    text: str,
    keyword: str,
    sentences: Iterable[Sentence],
    limit: int = MAX_SUGGESTIONS,
    only_keyword: bool = False,
) -> list[Suggestion]:
    """The sentences nearest to ``text``, nearest first; those of ``keyword`` win ties.

    With ``only_keyword``, only sentences of ``keyword`` are considered.
    """
    scored = [
        suggest(text, sentence)
        for sentence in sentences
        if not only_keyword or sentence.keyword == keyword
    ]
    best = max((s.likeness for s in scored), default=0.0)
    cutoff = max(NEAREST_CUTOFF, best - NEAREST_MARGIN)
    near = [s for s in scored if s.likeness >= cutoff]
    # a sentence of the step's own keyword is the likelier meaning
    near.sort(key=lambda s: -s.likeness - (_OWN_KEYWORD if s.sentence.keyword == keyword else 0))
    unique: dict[str, Suggestion] = {}
    for suggestion in near:
        unique.setdefault(str(suggestion), suggestion)
    return list(unique.values())[:limit]


def suggest(text: str, sentence: Sentence) -> Suggestion:
    """``sentence`` written with the words ``text`` puts in its fields, and how alike."""
    body, tail = _split_tail(text) if sentence.takes_fields else (text, "")
    written = _WORDS.findall(body)
    pieces = _pieces(sentence.pattern)
    words = [word for kind, word in pieces if kind == "word"]
    pairs = _align([_key(w) for w in words], [_key(w) for w in written])
    used = {j for _, j in pairs}
    spare = [w for j, w in enumerate(written) if j not in used]
    types = [type_name for kind, type_name in _field_types(sentence.pattern)]
    filled = _fillable(types, spare)
    likeness = (len(pairs) + filled) / max(len(words) + len(types), len(written), 1)
    if not any(len(written[j]) >= _CONTENT_WORD for _, j in pairs):
        likeness = 0.0  # only "the" and "is" in common: not near
    return Suggestion(sentence, _fill(pieces, pairs, written) + tail, likeness)


def _key(word: str) -> str:
    word = word.casefold().rstrip(":,.")
    return _SYNONYMS.get(word, word)


def _field_types(pattern: str) -> list[tuple[str, str]]:
    return [
        (field.group(1), field.group(2) or "")
        for field in _FIELD.finditer(pattern)
        if field.group(2) != "WithFields"
    ]


def _fillable(types: Sequence[str], spare: Sequence[str]) -> int:
    """How many fields of these types the written words left over could fill."""
    left = list(spare)
    filled = 0
    for type_name in types:
        fits = _FITS.get(type_name, _ANY)
        found = next((word for word in left if fits.search(word)), None)
        if found is not None:
            left.remove(found)
            filled += 1
    return filled


def _split_tail(text: str) -> tuple[str, str]:
    found = _WITH_TAIL.search(text)
    if found is None:
        return text, ""
    return text[: found.start()], found.group(0)


@lru_cache(maxsize=1024)
def _pieces(pattern: str) -> tuple[tuple[str, str], ...]:
    """The pattern as ("word", w) and ("field", name) pieces (``WithFields`` dropped)."""
    pieces: list[tuple[str, str]] = []
    position = 0
    for field in _FIELD.finditer(pattern):
        pieces += [("word", w) for w in pattern[position : field.start()].split()]
        if field.group(2) != "WithFields":
            kind = "greedy field" if field.group(2) in _GREEDY else "field"
            pieces.append((kind, field.group(1) or "value"))
        position = field.end()
    pieces += [("word", w) for w in pattern[position:].split()]
    return tuple(pieces)


def _alike(word: str, other: str) -> bool:
    if word == other:
        return True
    if min(len(word), len(other)) < 4:
        return False
    return SequenceMatcher(None, word, other).ratio() >= 0.75


def _align(words: Sequence[str], written: Sequence[str]) -> list[tuple[int, int]]:
    """The longest run of (sentence word, written word) pairs alike, in order."""
    rows, columns = len(words), len(written)
    best = [[0] * (columns + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(columns - 1, -1, -1):
            if _alike(words[i], written[j]):
                best[i][j] = best[i + 1][j + 1] + 1
            else:
                best[i][j] = max(best[i + 1][j], best[i][j + 1])
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < rows and j < columns:
        if _alike(words[i], written[j]) and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _fill(
    pieces: Sequence[tuple[str, str]], pairs: Sequence[tuple[int, int]], written: Sequence[str]
) -> str:
    """The sentence's words, each field given the written words it most likely holds.

    Between two words that match, the sentence's other words each stand for one written
    word (``is`` for ``was``), and the fields share the written words left over.
    """
    matched = dict(pairs)
    out: list[str] = []
    segment: list[tuple[str, str]] = []
    word_index, start = 0, 0
    for kind, value in pieces:
        if kind == "word" and word_index in matched:
            out += _fill_segment(segment, written[start : matched[word_index]])
            out.append(value)
            start, segment = matched[word_index] + 1, []
        else:
            segment.append((kind, value))
        word_index += kind == "word"
    out += _fill_segment(segment, written[start:])
    return " ".join(out)


def _fill_segment(segment: Sequence[tuple[str, str]], span: Sequence[str]) -> list[str]:
    """The pieces between two matched words, with the written words of ``span``.

    The sentence's own words stand for written words only where there are enough of
    them for the fields too: the fields' values matter more.
    """
    fields = [i for i, (kind, _) in enumerate(segment) if kind != "word"]
    if not fields:
        return [value for _, value in segment]
    unmatched = len(segment) - len(fields)
    enough = len(span) >= unmatched + len(fields)
    standing = unmatched if enough and segment[fields[0]][0] == "field" else 0
    taken = sum(1 for kind, _ in segment[: fields[0]] if kind == "word") if standing else 0
    first_share = max(len(span) - standing - (len(fields) - 1), 1)
    out: list[str] = []
    for index, (kind, value) in enumerate(segment):
        if kind == "word":
            out.append(value)
            continue
        share = first_share if index == fields[0] else 1
        words = _without_leading_linking_words(span[taken : taken + share])
        out.append(" ".join(words) if words else f"<{value}>")
        taken += share
    return out


def _without_leading_linking_words(words: Sequence[str]) -> Sequence[str]:
    """``is 70`` → ``70``: a value does not start with a word that links the sentence."""
    start = 0
    while start < len(words) - 1 and words[start].casefold() in _LINKING_WORDS:
        start += 1
    return words[start:]


_LINKING_WORDS = frozenset(
    {"is", "are", "was", "were", "be", "should", "to", "with", "within", "after"}
)


def related_sentences(
    text: str, keyword: str, sentences: Iterable[Sentence], limit: int = 6
) -> list[str]:
    """Sentences of ``keyword`` that share a word with ``text``, fields shown as ``<name>``."""
    written = [w.casefold() for w in _WORDS.findall(text) if len(w) >= 4]
    related: dict[str, None] = {}
    for sentence in sentences:
        words = [w.casefold() for kind, w in _pieces(sentence.pattern) if kind == "word"]
        if sentence.keyword == keyword and any(_alike(w, x) for w in words for x in written):
            related.setdefault(f"{keyword.capitalize()} {readable(sentence.pattern)}")
    return list(related)[:limit]


def readable(pattern: str) -> str:
    """``the event <message> is published [with <field> <value> and …]``."""
    return _FIELD.sub(_readable_field, pattern)


def _readable_field(field: re.Match[str]) -> str:
    if field.group(2) == "WithFields":
        return " [with <field> <value> and …]"
    return f"<{field.group(1) or 'value'}>"
