# wrong: as an Address written as a JSON object — there is no field country
# fix: an Address
# not: a Address
# line: 8
Feature: Json nested extra

  Scenario: json nested extra
    When the command PlaceOrder is sent:
      """
      {"order_id": "6f1c2a4e-0000-4000-8000-000000000001", "customer": "Ada", "lines": [{"sku": "TEA", "quantity": 1, "unit_price": "4.50"}], "ship_to": {"street": "a", "city": "b", "country": "NL"}}
      """
    Then the command succeeds
