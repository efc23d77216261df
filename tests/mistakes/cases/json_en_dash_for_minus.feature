# wrong: it has an en dash "–" where JSON needs the keyboard's "-"
# fix: write -
# line: 7
Feature: F

  Scenario: s
    When the command PlaceOrder is sent:
      """
      {"order_id": "6f1c2a4e-0000-4000-8000-000000000001", "customer": "Ada", "lines": [{"sku": "TEA", "quantity": –1, "unit_price": "4.50"}], "ship_to": {"street": "a", "city": "b"}}
      """
    Then the command succeeds
