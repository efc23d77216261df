"""pytest support: `EventStoreContract` proves that an event store keeps the contract.

Importing this package imports pytest.
"""

from __future__ import annotations

import pytest

# The contract's assertions live in this package, not in the user's test module, so
# pytest must be told to rewrite them for its detailed failure reports.
pytest.register_assert_rewrite(
    "castle_bdd.testing._harness",
    "castle_bdd.testing._seed_behaviours",
    "castle_bdd.testing._more_behaviours",
    "castle_bdd.testing._concurrency_behaviours",
)

from castle_bdd.testing.contract import EventStoreContract  # noqa: E402
from castle_bdd.testing.errors import ContractSetupError  # noqa: E402
from castle_bdd.testing.events import ContractEvent, create_test_events  # noqa: E402

__all__ = ["ContractEvent", "ContractSetupError", "EventStoreContract", "create_test_events"]
