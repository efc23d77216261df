"""The scheduler's fast constructors build exactly what the dataclass constructors build."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from castle_bdd.scheduling.items import ScheduledItem, ScheduleToken

instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(timezone.utc)
)
names = st.none() | st.text(min_size=1, max_size=10)


@given(
    due=instants,
    scheduled_at=instants,
    payload=st.integers() | st.text() | st.none(),
    kind=st.sampled_from(["event", "deadline"]),
    sequence=st.integers(min_value=0),
    deadline_name=names,
    deadline_id=names,
    scope=st.none() | st.text(),
)
def test_create_agrees_with_the_constructor(
    due: datetime,
    scheduled_at: datetime,
    payload: object,
    kind: str,
    sequence: int,
    deadline_name: str | None,
    deadline_id: str | None,
    scope: object,
) -> None:
    token = ScheduleToken.issue()
    arguments = (due, payload, token, kind, sequence, scheduled_at, deadline_name, deadline_id)
    fast = ScheduledItem.create(*arguments, scope)  # type: ignore[arg-type]
    full = ScheduledItem(*arguments, scope)  # type: ignore[arg-type]
    assert fast == full
    assert hash(fast) == hash(full)
    assert all(getattr(fast, f.name) is getattr(full, f.name) for f in fields(ScheduledItem))


def test_an_issued_token_is_a_token_of_its_own_id() -> None:
    token = ScheduleToken.issue()
    assert token == ScheduleToken(token.id)
    assert ScheduleToken.issue().id != token.id
