from __future__ import annotations

import pytest

from castle_bdd.domain import aggregate_state, attach
from castle_bdd.domain.collaborators import CollaboratorMissingError, Collaborators
from examples.giftcard import CardIssued, CardRedeemed, GiftCard, IssueCard
from examples.invoicing import InvoicingSaga


def test_apply_records_the_event_and_changes_state_at_once() -> None:
    card = GiftCard()
    card.issue(IssueCard("GC-1", 100))
    assert card.remaining == 100 and card.id == "GC-1"
    assert [applied.payload for applied in card._castle_lifecycle.applied] == [
        CardIssued("GC-1", 100)
    ]


def test_replay_changes_state_without_recording() -> None:
    card = GiftCard()
    for event in (CardIssued("GC-1", 100), CardRedeemed("GC-1", 30)):
        card._castle_replay(event)
    assert card.remaining == 70
    assert card._castle_lifecycle.applied == []
    assert card._castle_lifecycle.version == 1


def test_apply_during_replay_is_ignored() -> None:
    card = GiftCard()
    card._castle_lifecycle.replaying = True
    card.apply(CardIssued("GC-1", 5))
    assert card.remaining == 0 and card._castle_lifecycle.applied == []


def test_mark_deleted() -> None:
    card = GiftCard()
    assert not card.is_deleted
    card.mark_deleted()
    assert card.is_deleted


def test_state_leaves_out_bookkeeping() -> None:
    card = GiftCard()
    card.apply(CardIssued("GC-1", 100))
    attach(card, Collaborators())
    assert aggregate_state(card) == {"remaining": 100, "cancelled": False, "id": "GC-1"}


def test_collaborators_come_from_whoever_runs_the_instance() -> None:
    saga = InvoicingSaga()
    with pytest.raises(CollaboratorMissingError, match="asked for its scheduler outside"):
        _ = saga.scheduler
    attach(saga, Collaborators(commands=None))
    with pytest.raises(CollaboratorMissingError, match="none was provided"):
        _ = saga.commands


def test_saga_associations() -> None:
    saga = InvoicingSaga()
    saga.associate_with("invoice_id", "INV-1")
    saga.associate_with("tags", ["unhashable"])
    assert saga.is_associated_with("invoice_id", "INV-1")
    assert saga.is_associated_with("tags", ["unhashable"])
    saga.dissociate_from("invoice_id", "INV-1")
    assert not saga.is_associated_with("invoice_id", "INV-1")
    saga.remove_association_with("tags", ["unhashable"])  # Axon's name
    assert not saga.is_associated_with("tags", ["unhashable"])
    assert saga.is_active
    saga.end()
    assert not saga.is_active
