"""Nearest valid choices for a mistyped name ("did you mean CardIssued?").

Names are compared after `normalise_name`, so ``card issued``, ``CardIssued`` and
``card_issued`` are one name, and a suggestion is only made for a real typo. The Gherkin layer,
the fixtures and the matchers all ask it: one rule for what counts as a near miss, and one
way (`refuse_near_miss`) to refuse a name that is one.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable
from functools import lru_cache

from castle_bdd.errors import CastleBddError, FixtureUsageError
from castle_bdd.look_alikes import latin_text, look_alikes_hint

_SEPARATORS = re.compile(r"[\s_\-]+")

#: How alike two normalised names must be (0..1) before one is suggested for the other.
DEFAULT_CUTOFF = 0.6


@lru_cache(maxsize=4096)
def normalise_name(text: str) -> str:
    """The key under which spellings of one name meet: no case, spaces, ``_`` or ``-``.

    ``"card issued"``, ``"CardIssued"`` and ``"card_issued"`` all give ``"cardissued"``.
    """
    return _SEPARATORS.sub("", text).casefold()


def closest(word: str, choices: Iterable[str], cutoff: float = DEFAULT_CUTOFF) -> str | None:
    """The choice nearest to ``word``, as spelled in ``choices``, or None if none is near.

    A choice that is the same name as ``word`` once normalised is always the answer.
    """
    by_key: dict[str, str] = {}
    for choice in choices:
        by_key.setdefault(normalise_name(choice), choice)
    key = normalise_name(word)
    if key in by_key:
        return by_key[key]
    matches = difflib.get_close_matches(key, list(by_key), n=1, cutoff=cutoff)
    return by_key[matches[0]] if matches else None


def did_you_mean(word: str, choices: Iterable[str], quote: str = "") -> str:
    """``" — did you mean X?"`` for the nearest choice, or ``""`` when none is near.

    ``quote`` is put around the suggestion, e.g. ``'"'`` for ``did you mean "days"?``.
    A word that is the choice but for a letter of another alphabet drawn like a Latin one
    is told which letter that is, as the two look the same on screen.
    """
    suggestion = closest(word, choices)
    if suggestion is None:
        return ""
    if normalise_name(latin_text(word)) == normalise_name(suggestion):
        return " — " + look_alikes_hint(word, f"{quote}{suggestion}{quote}")
    return f" — did you mean {quote}{suggestion}{quote}?"


def refuse_near_miss(
    name: str,
    known: Collection[str],
    call: str,
    unknown: str,
    error: type[CastleBddError] = FixtureUsageError,
) -> None:
    """Refuse ``name``, given to ``call``, when it is not known but one slip (`is_slip_of`)
    from a name that is.

    ``unknown`` says what is wrong and what it would lead to ("no deadline named … is
    handled or scheduled here, so the check passes whatever was scheduled"); the message
    ends with the nearest known name. A fixture raises `FixtureUsageError`, a matcher
    its own ``error``.
    """
    if name in known:
        return
    nearest = closest(name, [choice for choice in known if is_slip_of(name, choice)])
    if nearest is not None:
        raise error(f"{call}: {unknown} — did you mean {nearest!r}?")


def is_slip_of(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` written with one slip of the hand, once normalised.

    A slip is one character left out, added, changed, or two swapped (``PaymentDu``,
    ``amout``, ``invoce_id``, ``cahnnel``). A name that names another thing is no slip,
    however alike: one whose number differs (``Reminder-2`` beside ``Reminder-1``) or one
    more than a slip away (``PaymentDone`` beside ``PaymentDue``). A free name given to a
    check is refused only for a slip; a suggestion (`closest`) reaches further.
    """
    one, other = normalise_name(word), normalise_name(name)
    if one == other:
        return True
    if abs(len(one) - len(other)) > 1:
        return False
    shorter = min(len(one), len(other))
    start = 0
    while start < shorter and one[start] == other[start]:
        start += 1
    end = 0
    while end < shorter - start and one[-1 - end] == other[-1 - end]:
        end += 1
    left, right = one[start : len(one) - end], other[start : len(other) - end]
    slipped = (len(left) <= 1 and len(right) <= 1) or (len(left) == 2 and left == right[::-1])
    return slipped and not any(character.isdigit() for character in left + right)
