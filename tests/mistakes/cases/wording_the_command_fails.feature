# wrong: no step reads "Then the command fails"
# fix: Then the command fails with <exception>
# not: returns fails
# line: 10
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command fails
