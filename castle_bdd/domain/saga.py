"""The saga base class: a long-running process that reacts to events over time."""

from __future__ import annotations

from collections.abc import Iterable

from castle_bdd.domain.collaborators import HasCollaborators
from castle_bdd.domain.handlers import Handler
from castle_bdd.domain.lifecycle_state import WithLifecycle


class SagaLifecycle:
    """What castle-bdd tracks about one saga instance beside its state."""

    def __init__(self) -> None:
        """Active, with no associations yet."""
        self.associations: set[tuple[str, object]] = set()
        #: every key the saga was ever associated through, dissociated ones included
        self.keys: set[str] = set()
        self.active = True


class Saga(WithLifecycle[SagaLifecycle], HasCollaborators):
    """Base class of a saga, created with no arguments.

    Its ``@saga_event_handler`` methods find the saga through an association: the value
    of a property of the event. ``@start_saga`` handlers create it, ``@end_saga`` ones end it.
    """

    @staticmethod
    def _new_castle_lifecycle() -> SagaLifecycle:
        return SagaLifecycle()

    def associate_with(self, key: str, value: object) -> None:
        """Let events whose association ``key`` has ``value`` reach this saga."""
        lifecycle = self._castle_lifecycle
        lifecycle.associations.add((key, _hashable(value)))
        lifecycle.keys.add(key)

    def dissociate_from(self, key: str, value: object) -> None:
        """Stop events whose association ``key`` has ``value`` from reaching this saga."""
        self._castle_lifecycle.associations.discard((key, _hashable(value)))

    #: Axon's name for `dissociate_from`.
    remove_association_with = dissociate_from

    def end(self) -> None:
        """End this saga: it handles no further events."""
        self._castle_lifecycle.active = False

    @property
    def associations(self) -> frozenset[tuple[str, object]]:
        """The (key, value) pairs through which events reach this saga."""
        return frozenset(self._castle_lifecycle.associations)

    @property
    def is_active(self) -> bool:
        """Whether the saga has not ended."""
        return self._castle_lifecycle.active

    def is_associated_with(self, key: str, value: object) -> bool:
        """Whether events whose ``key`` has ``value`` reach this saga."""
        return (key, _hashable(value)) in self._castle_lifecycle.associations


def keys_associated(sagas: Iterable[Saga]) -> set[str]:
    """Every key these sagas were associated through: by their handlers or their own code."""
    return {key for saga in sagas for key in saga._castle_lifecycle.keys}


def differing_only_by_type(sagas: Iterable[Saga], key: str, value: object) -> list[object]:
    """The values of ``key`` that ``sagas`` are associated with and that differ from
    ``value`` only by their type: alike as text (``7`` beside ``"7"``), as Axon keeps them.

    Events reach a saga by the value and its type, so such a value is another association;
    a check that names it was most likely meant for the one the saga holds.
    """
    text = str(value)
    found: list[object] = []
    for saga in sagas:
        for met, held in saga._castle_lifecycle.associations:
            alike = met == key and type(held) is not type(value) and str(held) == text
            if alike and held not in found:
                found.append(held)
    return sorted(found, key=repr)


def association_of(handler: Handler, event: object) -> tuple[str, object]:
    """The (key, value) through which ``event`` reaches sagas via ``handler``."""
    prop = handler.mark.association
    assert prop is not None, "saga event handlers always name an association"
    key = handler.mark.association_key or prop
    return key, _hashable(getattr(event, prop))


def _hashable(value: object) -> object:
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value
