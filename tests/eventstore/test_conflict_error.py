"""`EventStoreConflictError`: what it carries and how it reads."""

from __future__ import annotations

import pickle

from castle_bdd.eventstore import EventStoreConflictError


def test_conflict_error_carries_the_stream_and_both_versions() -> None:
    error = EventStoreConflictError("GC-1", 0, 2)
    assert (error.aggregate_id, error.expected_version, error.actual_version) == ("GC-1", 0, 2)


def test_conflict_error_message_names_stream_and_versions() -> None:
    assert str(EventStoreConflictError("GC-1", 0, 2)) == (
        "cannot append to the stream of aggregate 'GC-1': "
        "expected it at version 0, but it is at version 2"
    )


def test_conflict_error_message_explains_an_empty_stream() -> None:
    message = str(EventStoreConflictError("GC-1", 3, -1))
    assert message.endswith("but it is at version -1 (it has no events yet)")


def test_conflict_error_actual_version_may_be_unknown() -> None:
    error = EventStoreConflictError(7, 3)
    assert error.actual_version is None
    assert str(error).endswith("but it is at an unknown version")


def test_conflict_error_survives_pickling() -> None:
    copy = pickle.loads(pickle.dumps(EventStoreConflictError("GC-1", 0, 2)))
    assert isinstance(copy, EventStoreConflictError)
    assert (copy.aggregate_id, copy.expected_version, copy.actual_version) == ("GC-1", 0, 2)
    assert str(copy) == str(EventStoreConflictError("GC-1", 0, 2))
