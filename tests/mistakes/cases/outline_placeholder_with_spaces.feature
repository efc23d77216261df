# wrong: "< start >" is no placeholder
# fix: write <start>
# line: 7
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount < start >
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

    Examples:
      | start |
      | 10    |
