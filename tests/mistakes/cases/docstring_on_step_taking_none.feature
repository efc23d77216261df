# wrong: takes no doc string
# fix: remove the doc string under it
# line: 9
Feature: Docstring on step taking none

  Scenario: docstring on step taking none
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
      """
      hello
      """
