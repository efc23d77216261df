# wrong: <Start> is not a column of the Examples table
# fix: did you mean <start>?
# line: 7
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount <Start>
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

    Examples:
      | start |
      | 10    |
