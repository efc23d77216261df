"""The catalogue: what it finds in the example domains and how names resolve."""

from __future__ import annotations

import pytest

from castle_bdd.gherkin.catalogue import (
    DomainConfigurationError,
    build_catalogue,
    looks_like_event,
)
from castle_bdd.gherkin.errors import GherkinError, UnknownNameError
from castle_bdd.gherkin.specs import MessageKind
from examples import giftcard, invoicing, ordering, subscription

DOMAIN = ["examples.giftcard", "examples.invoicing", "examples.subscription", "examples.ordering"]


@pytest.fixture(scope="module")
def catalogue():
    return build_catalogue(DOMAIN)


def test_catalogue_is_built_once_per_domain(catalogue) -> None:
    assert build_catalogue(list(DOMAIN)) is catalogue


def test_aggregates_and_sagas_are_found(catalogue) -> None:
    assert set(catalogue.aggregates) == {"GiftCard", "Subscription", "Order"}
    assert set(catalogue.sagas) == {"InvoicingSaga", "TrialSaga"}


def test_handled_messages_are_classified_by_their_handlers(catalogue) -> None:
    assert catalogue.message("RedeemCard").kind is MessageKind.COMMAND
    assert catalogue.message("CardRedeemed").kind is MessageKind.EVENT
    assert catalogue.message("InvoiceOverdue").kind is MessageKind.EVENT
    assert catalogue.message("PaymentDue").kind is MessageKind.DEADLINE


def test_unhandled_messages_are_classified_by_their_names(catalogue) -> None:
    mark = catalogue.message("MarkAsOverdue")
    assert (mark.kind, mark.certain) == (MessageKind.COMMAND, False)
    assert catalogue.message("EndTrial").kind is MessageKind.COMMAND


@pytest.mark.parametrize(
    ("name", "event"),
    [
        ("CardIssued", True),
        ("InvoicePaid", True),
        ("OrderSent", True),
        ("HTTPRequestFailed", True),
        ("IssueCard", False),
        ("MarkAsOverdue", False),
        ("SendTrialReminder", False),
    ],
)
def test_event_names_read_as_past_participles(name: str, event: bool) -> None:
    assert looks_like_event(name) is event


@pytest.mark.parametrize("written", ["CardIssued", "card issued", "CARD ISSUED", "card_issued"])
def test_message_names_resolve_in_any_spelling(catalogue, written: str) -> None:
    assert catalogue.message(written, MessageKind.EVENT).message_type is giftcard.CardIssued


def test_resolution_is_remembered(catalogue) -> None:
    first = catalogue.message("card redeemed")
    assert catalogue.message("card redeemed") is first
    assert ("card redeemed", None) in catalogue._resolved


def test_unknown_message_suggests_the_nearest(catalogue) -> None:
    with pytest.raises(UnknownNameError) as caught:
        catalogue.message("CardIsued", MessageKind.EVENT)
    assert caught.value.problem == "unknown event 'CardIsued' — did you mean CardIssued?"


def test_unknown_message_far_from_any_has_no_suggestion(catalogue) -> None:
    with pytest.raises(UnknownNameError) as caught:
        catalogue.message("Zebra", MessageKind.EVENT)
    assert caught.value.problem == "unknown event 'Zebra'"


def test_a_command_is_not_an_event(catalogue) -> None:
    with pytest.raises(GherkinError, match="RedeemCard is a command, not an event"):
        catalogue.message("RedeemCard", MessageKind.EVENT)


def test_a_guessed_kind_does_not_refuse(catalogue) -> None:
    spec = catalogue.message("MarkAsOverdue", MessageKind.EVENT)
    assert spec.message_type is invoicing.MarkAsOverdue


def test_exceptions_of_the_domain_and_of_python(catalogue) -> None:
    assert catalogue.exception("insufficient balance") is giftcard.InsufficientBalance
    assert catalogue.exception("ValueError") is ValueError
    assert catalogue.exception("builtins.ValueError") is ValueError
    with pytest.raises(UnknownNameError, match="did you mean InsufficientBalance"):
        catalogue.exception("InsuficientBalance")


def test_aggregates_sagas_deadlines_and_associations_by_name(catalogue) -> None:
    assert catalogue.aggregate("gift card") is giftcard.GiftCard
    assert catalogue.saga("invoicing saga") is invoicing.InvoicingSaga
    assert catalogue.deadline("payment due") == "PaymentDue"
    assert catalogue.association_key("invoice id") == "invoice_id"
    assert catalogue.association_types["invoice_id"] is str
    with pytest.raises(UnknownNameError, match="unknown saga 'InvoiceSaga' — did you mean"):
        catalogue.saga("InvoiceSaga")


def test_who_handles_what(catalogue) -> None:
    assert catalogue.aggregates_handling(giftcard.RedeemCard) == [giftcard.GiftCard]
    assert catalogue.aggregates_sourcing(subscription.FeePaid) == [subscription.Subscription]
    assert catalogue.sagas_handling(invoicing.InvoicePaid) == [invoicing.InvoicingSaga]
    assert catalogue.sagas_handling(ordering.OrderPlaced) == []


def test_fields_by_attribute_or_spaced_name(catalogue) -> None:
    spec = catalogue.message("SubscriptionStarted")
    assert spec.field("monthly fee").name == "monthly_fee"
    assert spec.field("started_on").required


def test_a_domain_module_that_does_not_exist() -> None:
    with pytest.raises(DomainConfigurationError, match="cannot import the domain module"):
        build_catalogue(["examples.nowhere"])


def test_two_classes_with_one_name_are_named_with_their_module() -> None:
    from tests.mistakes.domains import duplicate_a, duplicate_b

    catalogue = build_catalogue(
        ["tests.mistakes.domains.duplicate_a", "tests.mistakes.domains.duplicate_b"]
    )
    assert catalogue.message("duplicate_a.ParcelShipped").message_type is duplicate_a.ParcelShipped
    assert catalogue.message("duplicate_b.ParcelShipped").message_type is duplicate_b.ParcelShipped
    with pytest.raises(GherkinError) as refused:
        catalogue.message("ParcelShipped")
    assert "two classes are named ParcelShipped" in str(refused.value)
    assert "tests.mistakes.domains.duplicate_a.ParcelShipped" in str(refused.value)
    assert "tests.mistakes.domains.duplicate_b.ParcelShipped" in str(refused.value)


def test_a_name_of_a_module_the_domain_does_not_list_says_which_to_add() -> None:
    catalogue = build_catalogue(["examples.giftcard"])
    with pytest.raises(GherkinError) as unknown:
        catalogue.message("InvoiceCreated")
    assert "InvoiceCreated is in examples.invoicing, which the domain does not list" in str(
        unknown.value
    )
