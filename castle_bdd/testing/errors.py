"""The error the contract raises when a test class does not give it what it needs."""

from __future__ import annotations

from castle_bdd.errors import CastleBddError


class ContractSetupError(CastleBddError):
    """An `EventStoreContract` subclass's fixtures give something the contract cannot use."""
