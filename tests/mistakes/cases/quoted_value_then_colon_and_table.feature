# wrong: the fields end in ":"
# fix: give the fields once, after 'with' or under the step
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1":
      | amount | 100 |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
