"""castlecraft projectors fed a scenario's events, so a Then can read what they show."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from castlecraft_engineer.abstractions.projection import ProjectionId, ProjectionState
from castlecraft_engineer.abstractions.projection_store import ProjectionStore
from castlecraft_engineer.abstractions.projector import Projector

from castle_bdd._compat.castlecraft import projector_logger
from castle_bdd.awaiting import resolve
from castle_bdd.fixtures.runtime import ScenarioTime
from castle_bdd.fixtures.saga_errors import UserFrames

#: The type of the ids of the events a projection reads.
TEventId = TypeVar("TEventId")

# what a projector's handler raised, in behave's captured log: the frames of the handler's
# code, not castlecraft's that called it (the scenario's step says the same, in words)
projector_logger().addFilter(UserFrames())


class InMemoryProjectionStore(ProjectionStore[TEventId]):
    """Where a projector notes how far it read: a dict, for one scenario."""

    def __init__(self) -> None:
        """No projection has read anything yet."""
        self.states: dict[ProjectionId, ProjectionState] = {}

    async def get_projection_state(self, projection_id: ProjectionId) -> ProjectionState | None:
        """How far ``projection_id`` read, if it read anything."""
        return self.states.get(projection_id)

    async def save_projection_state(self, projection_state: ProjectionState) -> None:
        """Note how far a projection read."""
        self.states[projection_state.projection_id] = projection_state

    async def clear_projection_state(self, projection_id: ProjectionId) -> None:
        """Forget how far ``projection_id`` read."""
        self.states.pop(projection_id, None)


def project(
    projector_type: type[Projector], events: Sequence[Any], time: ScenarioTime
) -> Projector:
    """A new ``projector_type`` that handled ``events`` in order, in the scenario's time."""
    projector = projector_type(InMemoryProjectionStore())

    async def feed() -> None:
        for event in events:
            await projector.handle_event(event)

    time.run(lambda: resolve(feed()))
    return projector
