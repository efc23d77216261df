"""Argument checks shared by the in-memory store's methods, cheapest case first."""

from __future__ import annotations

from collections.abc import Sequence


def checked_expected_version(expected_version: object) -> int:
    """`expected_version` if it is an int of -1 or more; a clear error otherwise."""
    if type(expected_version) is int:
        version = expected_version
    else:
        version = _as_int("expected_version", expected_version, "use -1 for a new stream")
    if version < -1:
        raise ValueError(f"expected_version must be -1 (a new stream) or more, got {version}")
    return version


def checked_start_index(from_version: object) -> int:
    """The list index that `load_events(..., from_version)` starts reading at."""
    if from_version is None:
        return 0
    if type(from_version) is int:
        version = from_version
    else:
        version = _as_int("from_version", from_version, "or None for the whole stream")
    # Anything below -1 means "from the start", like -1 itself.
    return version + 1 if version >= 0 else 0


def checked_events(events: object) -> Sequence[object]:
    """`events` if it is a sequence of events; `TypeError` for a lone event or an iterator."""
    if type(events) is list or type(events) is tuple:
        return events
    if isinstance(events, (str, bytes)) or not isinstance(events, Sequence):
        raise TypeError(
            "events must be a sequence (a list or tuple) of events, "
            f"got {type(events).__name__} {events!r}"
        )
    return events


def _as_int(name: str, value: object, hint: str) -> int:
    # bool is an int subclass, but a True or False version is always a slip.
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError(f"{name} must be an int ({hint}), got {type(value).__name__} {value!r}")
