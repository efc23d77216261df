# wrong: PlaceOrder.lines: cannot read
# fix: a list of OrderLine values, each written as a JSON object
# line: 7
Feature: Json list as object

  Scenario: json list for object
    When the command PlaceOrder is sent:
      """
      {"order_id": "6f1c2a4e-0000-4000-8000-000000000001", "customer": "Ada", "lines": {"sku": "TEA", "quantity": 1, "unit_price": "4.50"}, "ship_to": {"street": "a", "city": "b"}}
      """
    Then the command succeeds
