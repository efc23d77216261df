"""What a running aggregate or saga can reach: scheduler, deadlines, commands, resources.

The fixture (or an application's runtime) hands these to each instance it loads, so
domain code never reaches for a global and two fixtures never see each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

from castle_bdd.errors import CastleBddError, refuse_argument, refuse_unless

T = TypeVar("T")


class EventScheduler(Protocol):
    """Schedules events for later publication (Axon's ``EventScheduler``)."""

    def schedule(self, trigger: timedelta | datetime, event: object) -> Any:
        """Publish ``event`` after a duration or at an instant; returns a token."""

    def cancel(self, token: Any) -> None:
        """Cancel a scheduled event by its token."""

    def reschedule(self, token: Any, trigger: timedelta | datetime, event: object = None) -> Any:
        """Move a scheduled event to another time (and payload); returns the new token."""


class DeadlineManager(Protocol):
    """Schedules named deadlines (Axon's ``DeadlineManager``)."""

    def schedule(
        self,
        trigger: timedelta | datetime,
        deadline_name: str,
        payload: object = None,
        scope: object = None,
    ) -> str:
        """Schedule a deadline; returns its id."""

    def cancel_schedule(self, deadline_name: str, deadline_id: str) -> None:
        """Cancel one scheduled deadline."""

    def cancel_all(self, deadline_name: str) -> None:
        """Cancel every deadline of that name."""


class CommandGateway(Protocol):
    """Sends commands (Axon's ``CommandGateway``)."""

    def send(self, command: object, metadata: Mapping[str, object] | None = None) -> Any:
        """Send ``command``; what it returns depends on the gateway."""


class CollaboratorMissingError(CastleBddError):
    """Domain code asked for a collaborator that whoever runs it did not provide."""


class Collaborators:
    """The collaborators one fixture gives the instances it runs."""

    def __init__(
        self,
        scheduler: EventScheduler | None = None,
        deadlines: DeadlineManager | None = None,
        commands: CommandGateway | None = None,
        resources: dict[str, object] | None = None,
    ) -> None:
        """These collaborators, and ``resources`` by name (none when None)."""
        self.scheduler = scheduler
        self.deadlines = deadlines
        self.commands = commands
        self.resources: dict[str, object] = resources if resources is not None else {}

    def resource(self, kind: type[T]) -> T:
        """The registered resource that is an instance of ``kind`` (the last one, as in Axon)."""
        for value in reversed(self.resources.values()):
            if isinstance(value, kind):
                return value
        raise CollaboratorMissingError(
            f"no resource of type {kind.__name__} is registered: "
            "register one with register_resource / register_injectable_resource"
        )


def refuse_non_resource_name(name: object, method: str) -> None:
    """Refuse a resource's ``name`` that is neither None nor a non-empty string: a
    handler's parameter is found by its name, so no other name would ever reach one."""
    write = f"{method}(resource, 'clock')"
    refuse_unless(name, (str, type(None)), method, "the resource's name as a string", write)
    if isinstance(name, str) and not name.isidentifier():
        refuse_argument(method, "the name of a handler's parameter", name, write)


class HasCollaborators:
    """Gives a domain class ``self.scheduler``, ``self.deadlines``, ``self.commands``."""

    _castle_collaborators: Collaborators | None = None

    @property
    def scheduler(self) -> EventScheduler:
        """The event scheduler of whoever runs this instance."""
        return _require(self, "scheduler")  # type: ignore[no-any-return]

    @property
    def deadlines(self) -> DeadlineManager:
        """The deadline manager of whoever runs this instance."""
        return _require(self, "deadlines")  # type: ignore[no-any-return]

    @property
    def commands(self) -> CommandGateway:
        """The command gateway of whoever runs this instance."""
        return _require(self, "commands")  # type: ignore[no-any-return]

    def resource(self, kind: type[T]) -> T:
        """A registered resource by its type."""
        return _collaborators(self, "resource").resource(kind)


def attach(instance: object, collaborators: Collaborators) -> None:
    """Give ``instance`` its collaborators (not part of its state)."""
    object.__setattr__(instance, "_castle_collaborators", collaborators)


def _collaborators(instance: object, wanted: str) -> Collaborators:
    collaborators: Collaborators | None = getattr(instance, "_castle_collaborators", None)
    if collaborators is None:
        raise CollaboratorMissingError(
            f"{type(instance).__name__} asked for its {wanted} outside a fixture or runtime "
            "that provides one"
        )
    return collaborators


def _require(instance: object, wanted: str) -> Any:
    value = getattr(_collaborators(instance, wanted), wanted)
    if value is None:
        raise CollaboratorMissingError(
            f"{type(instance).__name__} asked for its {wanted}, but none was provided"
        )
    return value
