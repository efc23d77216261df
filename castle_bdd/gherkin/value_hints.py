"""Hints for values written as people write them in prose: what to write instead.

``1,000``, ``5,00``, ``€100``, ``10%`` or ``1O0`` for a number; ``n/a`` or ``-`` for no
value. Each hint names the nearest value castle-bdd reads; "" when there is none.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

__all__ = ["no_value_hint", "number_hint"]

#: A thousands separator in a number as people write it: ``1,000``, ``1 000``, ``1'000``.
_THOUSANDS = re.compile(r"(?<=\d)[,' \u00a0\u202f](?=\d{3}(?!\d))")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
#: A decimal comma: ``5,00``, ``9,9`` (three decimals, ``1,000``, are read as thousands).
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d{1,2}")
#: A currency written as its code before or after an amount: ``EUR 100``, ``100 EUR``.
_CURRENCY_CODE = re.compile(r"^[A-Z]{3}\s+|\s+[A-Z]{3}$")

_EMPTY = "nothing is written there: write the value"
#: What people write in a cell for "no value".
_NO_VALUE_WORDS = frozenset({"n/a", "na", "-", "--", "tbd", "?", "nil", "empty"})


def no_value_hint(value: str) -> str:
    """What to write instead of a blank cell or a word for "no value", or ""."""
    if not value.strip():
        return _EMPTY
    if value.strip().casefold() in _NO_VALUE_WORDS:
        return (
            f'"{value.strip()}" stands for no value: write the value, or null if the field '
            "may have none (in a Then, * matches any value)"
        )
    return ""


def number_hint(text: str, whole: bool) -> str:
    """How a number written as people write it in prose is written here, or ""."""
    return (
        _without_separators(text, whole)
        or _decimal_comma(text, whole)
        or _without_currency(text)
        or _without_percent(text)
        or _with_zeros(text)
    )


def _decimal_comma(text: str, whole: bool) -> str:
    """How ``5,00`` (a decimal comma, two decimals or one) is written with a point, or ""."""
    if whole or _DECIMAL_COMMA.fullmatch(text) is None:
        return ""
    return f"a number takes a decimal point, not a comma: write {text.replace(',', '.')}"


def _without_percent(text: str) -> str:
    """How ``10%`` is written without its sign, or ""."""
    bare = text.removesuffix("%").strip()
    if bare == text or not _NUMBER.fullmatch(bare):
        return ""
    fraction = Decimal(bare).scaleb(-2).normalize()
    return f'write the number without "%": {bare}, or {fraction:f} if the field holds a fraction'


def _without_separators(text: str, whole: bool) -> str:
    """How ``1,000`` (or ``1 000``, ``1_000.50``) is written without thousands separators,
    or "" when ``text`` is not such a number. A decimal's ``1,000`` may be a decimal comma:
    only ``1,000.50`` is read as separated thousands there."""
    bare = _THOUSANDS.sub("", text)
    if bare == text or not (whole or "." in bare):
        return ""
    return f"write it without separators: {bare}" if _NUMBER.fullmatch(bare) else ""


def _without_currency(text: str) -> str:
    """How ``€100``, ``100 €`` or ``100 EUR`` is written without its currency, or ""."""
    bare = _CURRENCY_CODE.sub("", text).strip("".join(c for c in text if _is_currency(c)))
    bare = bare.strip()
    if bare == text or not _NUMBER.fullmatch(bare):
        return ""
    return f"write the number without its currency: {bare}"


def _is_currency(character: str) -> bool:
    return unicodedata.category(character) == "Sc"


def _with_zeros(text: str) -> str:
    """How ``1O0``, written with the letter O for a zero, is written in digits, or ""."""
    digits = text.replace("O", "0").replace("o", "0")
    if digits == text or not any(c.isdigit() for c in text) or not _NUMBER.fullmatch(digits):
        return ""
    return f'the letter "O" in it is not a zero: write {digits}'
