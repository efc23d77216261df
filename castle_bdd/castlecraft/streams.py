"""Which stream a castlecraft event or command belongs to, read from its fields.

castlecraft events carry no aggregate id of their own: the handler that stores them
names the stream. A feature file's Given events must land in the stream the handler
will load, so the stream id is read from the message: its ``aggregate_id`` field if it
has one, else its first field whose name ends in ``_id`` (``card_id``), else its ``id``.
A fixture can be given another rule (`CastlecraftTestFixture.use_stream_ids`).
"""

from __future__ import annotations

from castle_bdd.domain.messages import field_values, refuse_non_message
from castle_bdd.errors import FixtureUsageError

#: Fields castlecraft gives every event, which never name a stream.
_STAMPS = frozenset({"event_id", "occurred_on"})


def stream_id_of(message: object) -> object:
    """The stream id ``message`` names (see the module's rule)."""
    values = {k: v for k, v in field_values(message).items() if k not in _STAMPS}
    if "aggregate_id" in values:
        return values["aggregate_id"]
    for name, value in values.items():
        if name.endswith("_id"):
            return value
    if "id" in values:
        return values["id"]
    refuse_non_message(message, "a given event")
    raise FixtureUsageError(
        f"{type(message).__name__} has no field that names its aggregate's stream "
        "(aggregate_id, a field ending in _id, or id): add one, or give the fixture "
        "a rule with use_stream_ids(function)"
    )
