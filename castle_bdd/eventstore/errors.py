"""The error an event store raises when an append loses an optimistic-concurrency race."""

from __future__ import annotations

from castle_bdd.errors import CastleBddError


class EventStoreConflictError(CastleBddError):
    """An append expected the stream at one version, but the stream is at another.

    Someone else wrote to the stream since the caller read it: reload the events,
    decide again, and retry with the version the stream is at now.
    """

    def __init__(
        self, aggregate_id: object, expected_version: int, actual_version: int | None = None
    ) -> None:
        """Record the stream, the version the caller expected and the one it found."""
        self.aggregate_id = aggregate_id
        self.expected_version = expected_version
        self.actual_version = actual_version
        # Not super(): a subclass that is castlecraft's conflict error too has castlecraft's
        # __init__ next in line, and it takes other arguments.
        CastleBddError.__init__(
            self,
            f"cannot append to the stream of aggregate {aggregate_id!r}: expected it at "
            f"version {expected_version}, but it is at {_describe_version(actual_version)}",
        )

    def __reduce__(self) -> tuple[object, ...]:
        """Rebuild from the three attributes, so the error survives pickling."""
        return (type(self), (self.aggregate_id, self.expected_version, self.actual_version))


def _describe_version(version: int | None) -> str:
    if version is None:
        return "an unknown version"
    if version == -1:
        return "version -1 (it has no events yet)"
    return f"version {version}"


class SerializationError(CastleBddError):
    """A message cannot be written as text, or what was written cannot be read back."""


class MissingFieldError(SerializationError):
    """A stored message lacks a field that its class requires (one added without a default)."""

    def __init__(self, message_type: type, field_name: str) -> None:
        """Name the class and the field that the stored message lacks."""
        self.message_type = message_type
        self.field_name = field_name
        super().__init__(
            f"{message_type.__name__}.{field_name}: the stored {message_type.__name__} has no "
            f"{field_name}, and the field has no default (a field added without a default "
            "cannot be read from messages stored before it)"
        )

    def __reduce__(self) -> tuple[object, ...]:
        """Rebuild from the class and the field name."""
        return (type(self), (self.message_type, self.field_name))
