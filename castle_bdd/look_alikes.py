"""Characters drawn like the ones a feature file needs, pasted from a chat or a word processor.

A Cyrillic letter in an event's name or an en dash before a number cannot be told from
the Latin letter or the keyboard's ``-`` on screen, so a message that only quotes the text
back (``unknown event '…' — did you mean CardIssued?``) would show two spellings that look
the same. These helpers name the character instead. They run only when something could not be
read: a passing suite never pays for them.
"""

from __future__ import annotations

import unicodedata

#: Cyrillic and Greek letters drawn like Latin ones, and the Latin letter each looks like.
_LOOK_ALIKES = dict(
    zip(
        "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0430"
        "\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u051b\u051d"
        "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4"
        "\u03a5\u03a7\u03bf\u03b1\u03bd\u0406\u0408\u0405",
        "ABEKMHOPCTXaeopcyxijsdqwABEZHIKMNOPTYXoavIJS",
        strict=True,
    )
)
#: Dashes drawn like the keyboard's ``-`` (of a negative number, a date, an id).
_DASHES = {
    "\u2010": "a hyphen",
    "\u2011": "a no-break hyphen",
    "\u2012": "a figure dash",
    "\u2013": "an en dash",
    "\u2014": "an em dash",
    "\u2015": "a horizontal bar",
    "\u2212": "a minus sign",
}
#: Quotation marks a word processor puts for the keyboard's apostrophe.
_APOSTROPHES = {"\u2019": "a right single quotation mark", "\u2018": "a left single quotation mark"}
_TO_LATIN = str.maketrans(_LOOK_ALIKES)
_TO_KEYBOARD = str.maketrans(
    {**_LOOK_ALIKES, **dict.fromkeys(_DASHES, "-"), **dict.fromkeys(_APOSTROPHES, "'")}
)


def look_alike_letters(text: str) -> list[str]:
    """Letters of another alphabet drawn like Latin ones, each with its word.

    ``a Cyrillic "\u0421" in "\u0421ardIssued" that looks like the Latin "C"``: a word of
    Latin letters with one of another alphabet in it, pasted from somewhere.
    """
    found: list[str] = []
    for word in text.split():
        if not any("a" <= character.casefold() <= "z" for character in word):
            continue  # a word of another alphabet, not a look-alike in a Latin one
        for character in dict.fromkeys(word):
            latin = _LOOK_ALIKES.get(character)
            if latin is not None:
                alphabet = unicodedata.name(character, "").split(" ")[0].capitalize()
                found.append(
                    f'a {alphabet} "{character}" in "{word}" that looks like the Latin "{latin}"'
                )
    return found


def look_alike_dashes(text: str) -> list[str]:
    """Dashes drawn like the keyboard's ``-``, each with its word."""
    return [
        f'{_DASHES[character]} "{character}" in "{word}" that looks like the keyboard\'s "-"'
        for word in text.split()
        for character in dict.fromkeys(word)
        if character in _DASHES
    ]


def latin_text(text: str) -> str:
    """``text`` with the Latin letters its look-alike letters stand for."""
    return text.translate(_TO_LATIN)


def look_alikes_hint(text: str, meant: str | None = None, subject: str = "it") -> str:
    """``it has a Cyrillic "…" in "…mount" that looks like the Latin "a": write amount``.

    ``meant`` is the spelling to suggest (the text in plain characters when None) and
    ``subject`` what the hint says has them; ``""`` when ``text`` has no look-alike
    characters.
    """
    found = look_alike_letters(text) + look_alike_dashes(text)
    if not found:
        return ""
    write = text.translate(_TO_KEYBOARD) if meant is None else meant
    return f"{subject} has {' and '.join(found)}: write {write}"


def alike_on_screen(one: str, other: str) -> bool:
    """Whether ``one`` and ``other`` differ, but only in characters drawn alike."""
    return one != other and one.translate(_TO_KEYBOARD) == other.translate(_TO_KEYBOARD)


def where_alike_differ(one: str, other: str) -> str:
    """The first character in which two texts that look the same (`alike_on_screen`)
    differ: ``"…" has right single quotation mark "…" where "…" has "'"``."""
    index = next(i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b)
    if one[index].translate(_TO_KEYBOARD) == one[index]:  # name the one not on a keyboard
        one, other = other, one
    character = one[index]
    name = unicodedata.name(character, "another character").lower()
    return f'"{one}" has {name} "{character}" where "{other}" has "{other[index]}"'


def dash_name(character: str) -> str | None:
    """``an en dash`` for a dash drawn like the keyboard's ``-``, else None."""
    return _DASHES.get(character)
