# wrong: <amount> is a placeholder, but this is a Scenario
# fix: Scenario Outline with an Examples: table
# line: 8
Feature: Placeholder in scenario

  Scenario: placeholder in scenario
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command succeeds
