# wrong: PlaceOrder.express: cannot read
# fix: true or false
# line: 7
Feature: JSON bool string

  Scenario: json bool string
    When the command PlaceOrder is sent:
      """
      {"order_id": "6f1c2a4e-0000-4000-8000-000000000001", "customer": "Ada", "lines": [{"sku": "TEA", "quantity": 1, "unit_price": "4.50"}], "ship_to": {"street": "a", "city": "b"}, "express": "nope"}
      """
    Then the command succeeds
