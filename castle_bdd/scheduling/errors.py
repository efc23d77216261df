"""The error the event scheduler and deadline manager stubs raise."""

from __future__ import annotations

from castle_bdd.errors import CastleBddError


class SchedulingError(CastleBddError):
    """Something was scheduled, cancelled or moved in time in a way that cannot work."""
