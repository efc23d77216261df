# wrong: cannot read "A-1" as an OrderLine
# fix: write it as {"sku": …, "quantity": …, "unit_price": …}
# line: 7
Feature: F

  Scenario: s
    When the command PlaceOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001 and customer "Ada" and lines "A-1, B-2" and ship_to '{"street": "a", "city": "b"}'
    Then the command succeeds
