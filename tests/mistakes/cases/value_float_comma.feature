# wrong: PlaceOrder.discount: cannot read "0,1"
# fix: as a number
# line: 7
Feature: Float comma

  Scenario: float comma
    When the command PlaceOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001 and customer "Ada" and lines '[{"sku": "TEA", "quantity": 1, "unit_price": "4.50"}]' and ship_to '{"street": "a", "city": "b"}' and discount 0,1
    Then the command succeeds
