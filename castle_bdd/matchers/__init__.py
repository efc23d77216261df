"""PyHamcrest matchers of events, commands and lists of them (Axon's ``Matchers``).

Items of a list may be bare payloads or `Message` envelopes. A plain payload given to a
list matcher is compared field by field with `equal_to`.
"""

from __future__ import annotations

from castle_bdd.matchers.exact_class import exact_class_of
from castle_bdd.matchers.exact_sequence import exact_sequence_of
from castle_bdd.matchers.field_equality import deep_equals, equal_to, ignoring_fields
from castle_bdd.matchers.list_with_all import list_with_all_of
from castle_bdd.matchers.list_with_any import list_with_any_of
from castle_bdd.matchers.message_payload import message_with_payload
from castle_bdd.matchers.no_messages import no_commands, no_events
from castle_bdd.matchers.no_more import and_no_more, nothing
from castle_bdd.matchers.payloads import payloads_matching
from castle_bdd.matchers.predicate_matcher import matches, predicate
from castle_bdd.matchers.sequence import sequence_of

__all__ = [
    "and_no_more",
    "deep_equals",
    "equal_to",
    "exact_class_of",
    "exact_sequence_of",
    "ignoring_fields",
    "list_with_all_of",
    "list_with_any_of",
    "matches",
    "message_with_payload",
    "no_commands",
    "no_events",
    "nothing",
    "payloads_matching",
    "predicate",
    "sequence_of",
]
