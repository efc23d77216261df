# wrong: cannot read "street a, city b" as an Address
# fix: write it as {"street": …, "city": …}
# line: 7
Feature: F

  Scenario: s
    When the command PlaceOrder is sent:
      | order_id | 6f1c2a4e-0000-4000-8000-000000000001 |
      | customer | Ada |
      | lines    | [{"sku": "A", "quantity": 1, "unit_price": 10}] |
      | ship_to  | street a, city b |
    Then the command succeeds
