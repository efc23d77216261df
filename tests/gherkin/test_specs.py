"""Message specs: field values read by type, instances built, expectations made."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from freezegun import freeze_time

from castle_bdd.gherkin.catalogue import build_catalogue
from castle_bdd.gherkin.conversion import ANY_VALUE
from castle_bdd.gherkin.errors import FieldValueError, GherkinError, MissingFieldsError
from castle_bdd.gherkin.specs import RawValue
from castle_bdd.matching import field_differences
from examples import giftcard, subscription

DOMAIN = ["examples.giftcard", "examples.subscription", "examples.ordering"]


@pytest.fixture(scope="module")
def catalogue():
    return build_catalogue(DOMAIN)


def test_values_are_read_as_the_field_types(catalogue) -> None:
    spec = catalogue.message("SubscriptionStarted")
    values = spec.values(
        [
            ("subscription id", RawValue("S-1", quoted=True)),
            ("plan", RawValue("premium")),
            ("monthly_fee", RawValue("9.99")),
            ("started on", RawValue("2026-01-01")),
        ],
        wildcard_ok=False,
    )
    assert values == {
        "subscription_id": "S-1",
        "plan": subscription.Plan.PREMIUM,
        "monthly_fee": Decimal("9.99"),
        "started_on": date(2026, 1, 1),
    }


def test_json_values_are_converted_too(catalogue) -> None:
    spec = catalogue.message("PlaceOrder")
    values = spec.values(
        [
            (
                "lines",
                RawValue("", json=[{"sku": "A", "quantity": 2, "unit_price": "1.5"}], is_json=True),
            )
        ],
        wildcard_ok=False,
    )
    assert values["lines"][0].unit_price == Decimal("1.5")


def test_a_value_that_does_not_convert_names_field_value_and_type(catalogue) -> None:
    spec = catalogue.message("CardIssued")
    with pytest.raises(FieldValueError) as caught:
        spec.values([("amount", RawValue("lots"))], wildcard_ok=False)
    assert caught.value.problem == 'CardIssued.amount: cannot read "lots" as a whole number'


def test_the_wildcard_only_in_then(catalogue) -> None:
    spec = catalogue.message("CardIssued")
    assert spec.values([("card id", RawValue("*"))], wildcard_ok=True) == {"card_id": ANY_VALUE}
    assert spec.values([("card id", RawValue("*", quoted=True))], wildcard_ok=True) == {
        "card_id": "*"
    }
    with pytest.raises(GherkinError, match=r"\* \(any value\) can only be used in a Then"):
        spec.values([("card id", RawValue("*"))], wildcard_ok=False)


def test_a_field_given_twice(catalogue) -> None:
    spec = catalogue.message("CardIssued")
    with pytest.raises(GherkinError, match=r"CardIssued\.card_id is given twice"):
        spec.values([("card_id", RawValue("a")), ("card id", RawValue("b"))], wildcard_ok=False)


def test_build_names_every_missing_field(catalogue) -> None:
    spec = catalogue.message("SubscriptionStarted")
    with pytest.raises(MissingFieldsError) as caught:
        spec.build({"subscription_id": "S-1"})
    assert caught.value.missing == ("plan", "monthly_fee", "started_on")
    assert "needs the fields plan, monthly_fee, started_on" in caught.value.problem


def test_build_uses_defaults(catalogue) -> None:
    assert catalogue.message("CancelCard").build({"card_id": "GC-1"}) == giftcard.CancelCard(
        "GC-1", "unspecified"
    )


def test_wildcards_match_any_value(catalogue) -> None:
    expected = catalogue.message("CardIssued").expect({"card_id": ANY_VALUE, "amount": 5})
    assert expected.fields["card_id"] is ANY_VALUE
    assert not field_differences(expected, giftcard.CardIssued("anything", 5))
    assert field_differences(expected, giftcard.CardIssued("anything", 6))


def test_dates_made_under_a_frozen_clock_are_equal_to_written_ones(catalogue) -> None:
    with freeze_time("2026-01-01T09:00:00"):
        frozen_day = date.today()
        frozen_moment = datetime.now(timezone.utc)
    assert type(frozen_day).__name__ == "FakeDate"
    expected = catalogue.message("SubscriptionStarted").expect({"started_on": date(2026, 1, 1)})
    actual = subscription.SubscriptionStarted(
        "S-1", subscription.Plan.BASIC, Decimal(1), frozen_day
    )
    assert not field_differences(expected, actual)
    written = [datetime(2026, 1, 1, 9, tzinfo=timezone.utc)]
    assert not field_differences(written, [frozen_moment])
