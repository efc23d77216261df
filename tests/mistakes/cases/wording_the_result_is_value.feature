# wrong: no step reads "Then the result is 7"
# fix: Then the command returns 7
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the result is 7
