"""The one accessor of what castle-bdd keeps on an aggregate or saga beside its own state."""

from __future__ import annotations

from typing import Generic, TypeVar

L = TypeVar("L")


class WithLifecycle(Generic[L]):
    """An aggregate or saga: its lifecycle (events applied, associations …) made on first use.

    A subclass says how a new lifecycle is made, in ``_new_castle_lifecycle``.
    """

    _castle_lifecycle_state: L | None = None

    @property
    def _castle_lifecycle(self) -> L:
        # plain attribute access: touching __dict__ would make every attribute slower
        lifecycle = self._castle_lifecycle_state
        if lifecycle is None:
            lifecycle = self._castle_lifecycle_state = self._new_castle_lifecycle()
        return lifecycle

    @staticmethod
    def _new_castle_lifecycle() -> L:
        raise NotImplementedError  # each kind of instance says how its lifecycle is made
