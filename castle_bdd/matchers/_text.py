"""How matchers write payloads, matchers and counts into their descriptions."""

from __future__ import annotations

from collections.abc import Collection

from hamcrest.core.matcher import Matcher
from hamcrest.core.string_description import StringDescription

from castle_bdd.domain.equality import describe_message
from castle_bdd.domain.messages import DEFAULT_IGNORED_FIELDS, payload_of
from castle_bdd.hamcrest_support import describe_matcher, is_matcher
from castle_bdd.matching import ExpectedMessage, type_name
from castle_bdd.wording import with_article


def show(value: object, ignored_fields: Collection[str] = DEFAULT_IGNORED_FIELDS) -> str:
    """A payload as Python would write it, leaving out the fields no comparison reads.

    A castlecraft ``Event`` would otherwise show a fresh ``event_id`` and ``occurred_on``
    that say nothing about why two events differ.
    """
    payload = payload_of(value)
    if isinstance(payload, ExpectedMessage):
        return _show_expected(payload)
    return describe_message(payload, ignored_fields)


def _show_expected(expected: ExpectedMessage) -> str:
    shown = ", ".join(
        f"{name}={description_of(field) if is_matcher(field) else repr(field)}"
        for name, field in expected.fields.items()
    )
    return f"{expected.message_type.__name__}({shown})"


def show_all(items: Collection[object]) -> str:
    """A list of payloads or messages, each shown with `show`."""
    return "[" + ", ".join(show(item) for item in items) + "]"


def show_with_class(value: object) -> str:
    """A value introduced by its class: ``a CardIssued(card_id='GC-1', amount=100)``."""
    if payload_of(value) is None:
        return "None"
    name, shown = type_name(value), show(value)
    if shown.startswith(name):
        return with_article(shown)
    return f"{shown} ({with_article(name)})"


def description_of(matcher: Matcher[object]) -> str:
    """What ``matcher`` expects, as text."""
    return describe_matcher(matcher)


def mismatch_of(matcher: Matcher[object], item: object) -> str:
    """Why ``matcher`` rejects ``item``, as text."""
    description = StringDescription()
    matcher.describe_mismatch(item, description)
    return str(description)


def counted(count: int, noun: str) -> str:
    """``1 item``, ``2 items``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
