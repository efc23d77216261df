# wrong: PlaceOrder.lines[0].quantity: cannot read "two" as a whole number
# fix: whole number
# line: 7
Feature: Nested value path

  Scenario: nested value path
    When the command PlaceOrder is sent:
      """
      {"order_id": "6f1c2a4e-0000-4000-8000-000000000001", "customer": "Ada", "lines": [{"sku": "TEA", "quantity": "two", "unit_price": "4.50"}], "ship_to": {"street": "a", "city": "b"}}
      """
    Then the command succeeds
