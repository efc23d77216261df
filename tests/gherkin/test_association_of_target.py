"""Denying an association through a key the saga under test never uses checks nothing."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast
from uuid import UUID

import pytest

from castle_bdd import Saga
from castle_bdd.gherkin.catalogue import build_catalogue
from castle_bdd.gherkin.checks import association, check_association_of_target
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.inline import InlineField
from castle_bdd.gherkin.plan import Target
from castle_bdd.gherkin.scenario import CastleScenario
from examples import giftcard, invoicing

CATALOGUE = build_catalogue(["examples.invoicing", "examples.subscription"])
INVOICING = Target("saga", invoicing.InvoicingSaga)


def _associated_through(key: str) -> Saga:
    saga = invoicing.InvoicingSaga()
    saga.associate_with(key, "C-1")
    return saga


def test_a_key_only_another_saga_declares_is_refused_with_the_keys_of_the_saga() -> None:
    with pytest.raises(GherkinError) as refused:
        check_association_of_target(CATALOGUE, INVOICING, "customer_id", [])
    message = str(refused.value)
    assert "customer_id is a key of the saga TrialSaga" in message
    assert "name one of the InvoicingSaga's keys (invoice_id)" in message
    assert "tag the scenario @saga:TrialSaga" in message


def test_a_key_the_saga_declares_or_used_in_the_scenario_is_checked() -> None:
    check_association_of_target(CATALOGUE, INVOICING, "invoice_id", [])
    used = _associated_through("customer_id")
    check_association_of_target(CATALOGUE, INVOICING, "customer_id", [used])
    used.dissociate_from("customer_id", "C-1")  # used, then let go: still a key of it here
    check_association_of_target(CATALOGUE, INVOICING, "customer_id", [used])


def test_the_keys_used_in_the_scenario_are_named_beside_the_declared_ones() -> None:
    used = _associated_through("account_id")
    with pytest.raises(GherkinError, match=r"keys \(account_id, invoice_id\)"):
        check_association_of_target(CATALOGUE, INVOICING, "customer_id", [used])


def test_an_aggregate_scenario_is_not_checked_here() -> None:
    check_association_of_target(CATALOGUE, Target("aggregate", giftcard.GiftCard), "x", [])
    check_association_of_target(CATALOGUE, None, "customer_id", [])


def test_a_key_the_saga_code_used_is_read_as_the_values_it_gave() -> None:
    reference = UUID("12345678-1234-5678-1234-567812345678")
    saga = invoicing.InvoicingSaga()
    saga.associate_with("reference", reference)
    scenario = cast(CastleScenario, SimpleNamespace(catalogue=CATALOGUE))  # all it reads
    written = [InlineField("reference", str(reference), quoted=False)]
    assert association(scenario, written, [saga]) == ("reference", reference)
    assert association(scenario, [InlineField("invoice_id", "7", quoted=True)], [saga]) == (
        "invoice_id",
        "7",
    )
