# wrong: PlaceOrder.lines[0]
# fix: missing quantity
# line: 7
Feature: Json nested missing

  Scenario: json nested missing
    When the command PlaceOrder is sent:
      """
      {"order_id": "6f1c2a4e-0000-4000-8000-000000000001", "customer": "Ada", "lines": [{"sku": "TEA", "unit_price": "4.50"}], "ship_to": {"street": "a", "city": "b"}}
      """
    Then the command succeeds
