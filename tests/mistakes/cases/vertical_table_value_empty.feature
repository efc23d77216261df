# wrong: CardIssued.amount: cannot read "" as a whole number — nothing is written there
# fix: write the value
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued:
      | card_id | GC-1 |
      | amount  |      |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70
