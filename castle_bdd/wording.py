"""How castle-bdd's messages fit a word into a sentence: ``an InvoiceCreated``, ``The command``."""

from __future__ import annotations

_VOWELS = frozenset("aeiouAEIOU")


def with_article(noun: str) -> str:
    """``noun`` after its indefinite article: ``an aggregate``, ``a saga``, ``an Order``.

    ``an`` before a vowel, whatever its case; ``a`` otherwise.
    """
    article = "an" if noun[:1] in _VOWELS else "a"
    return f"{article} {noun}"


def capitalized(text: str) -> str:
    """``text`` with its first letter in upper case and the rest as written."""
    return text[:1].upper() + text[1:]
