# wrong: Gherkin has no comment at the end of a step line
# fix: write: Given the event CardIssued:
# not: # was published
# line: 8
Feature: F

  Scenario: s
    Given the event CardIssued: # the card
      | card_id | GC-1 |
      | amount  | 100  |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70
