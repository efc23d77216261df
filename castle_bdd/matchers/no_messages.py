"""`no_events` and `no_commands`: the empty list, described in the domain's words."""

from __future__ import annotations

from collections.abc import Sequence

from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description

from castle_bdd.matchers._lists import as_items, describe_not_a_list
from castle_bdd.matchers._text import counted, show_all


class NoMessages(BaseMatcher[Sequence[object]]):
    """Matches an empty list of messages; a mismatch shows what was ``verb`` instead."""

    #: It matches a list of messages, never one message.
    matches_lists = True

    def __init__(self, noun: str, verb: str) -> None:
        self.noun = noun
        self.verb = verb

    def _matches(self, item: Sequence[object]) -> bool:
        items = as_items(item, sets=True)
        return items is not None and not items

    def describe_to(self, description: Description) -> None:
        """Writes ``no events`` or ``no commands``."""
        description.append_text(f"no {self.noun}s")

    def describe_mismatch(self, item: Sequence[object], mismatch_description: Description) -> None:
        """``2 events were published: [...]``."""
        items = as_items(item, sets=True)
        if items is None:
            describe_not_a_list(item, mismatch_description)
            return
        were = "was" if len(items) == 1 else "were"
        mismatch_description.append_text(
            f"{counted(len(items), self.noun)} {were} {self.verb}: {show_all(items)}"
        )


def no_events() -> NoMessages:
    """A matcher of an empty list of events (Axon's ``noEvents``)."""
    return NoMessages("event", "published")


def no_commands() -> NoMessages:
    """A matcher of an empty list of commands (Axon's ``noCommands``)."""
    return NoMessages("command", "dispatched")
