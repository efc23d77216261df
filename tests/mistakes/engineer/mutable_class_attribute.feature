# where: tests/mistakes/domains/mutable_class_attribute.py
# wrong: Basket.items is a list held by the class
# fix: set it in __init__
Feature: A list shared by every basket

  Scenario: Adding an item
    When the command AddItem is sent with basket_id "B-1" and item "tea"
    Then the command succeeds
