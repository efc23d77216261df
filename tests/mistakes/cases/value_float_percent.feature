# wrong: cannot read "10%" as a number
# fix: write the number without "%": 10, or 0.1 if the field holds a fraction
# line: 7
Feature: F

  Scenario: s
    When the command PlaceOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001 and customer "Ada" and lines '[{"sku": "TEA", "quantity": 1, "unit_price": "4.50"}]' and ship_to '{"street": "a", "city": "b"}' and discount 10%
    Then the command returns 4.05
