# where: tests/mistakes/domains/result_equality_crash_in_then.py
# wrong: the domain's code this step called raised AttributeError
# fix: in __eq__
# not: Traceback
Feature: A returned value whose __eq__ crashes

  Scenario: Selling
    Given the event StallOpened with stall_id "S-1"
    When the command SellApple is sent with stall_id "S-1"
    Then the command returns 7
