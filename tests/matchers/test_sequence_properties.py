from __future__ import annotations

from typing import Any

from hamcrest.core.string_description import StringDescription
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn

from castle_bdd.domain.messages import Message
from castle_bdd.matchers import and_no_more, exact_sequence_of, sequence_of

from .sample_messages import CardIssued, CardRedeemed

_payloads = st.one_of(
    st.builds(CardIssued, st.sampled_from(["GC-1", "GC-2"]), st.integers(1, 500)),
    st.builds(CardRedeemed, st.sampled_from(["GC-1", "GC-2"]), st.integers(1, 500)),
)


@st.composite
def _published(draw: DrawFn) -> list[Any]:
    payloads = draw(st.lists(_payloads, max_size=6))
    return [Message(p) if draw(st.booleans()) else p for p in payloads]


@given(_published())
def test_a_list_matches_its_own_payloads_exactly(published: list[Any]) -> None:
    payloads = [p.payload if isinstance(p, Message) else p for p in published]

    assert exact_sequence_of(*payloads, and_no_more()).matches(published)
    assert sequence_of(*payloads, and_no_more()).matches(published)


@given(_published().filter(bool), st.data())
def test_a_changed_amount_is_named_at_its_index(published: list[Any], data: st.DataObject) -> None:
    payloads: list[Any] = [p.payload if isinstance(p, Message) else p for p in published]
    index = data.draw(st.integers(0, len(payloads) - 1))
    changed = payloads[index]
    payloads[index] = type(changed)(changed.card_id, changed.amount + 1000)
    description = StringDescription()

    exact_sequence_of(*payloads).describe_mismatch(published, description)

    expected_start = f"item {index} ({type(changed).__name__}): amount: expected"
    assert str(description).startswith(expected_start)
