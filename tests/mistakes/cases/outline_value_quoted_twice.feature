# wrong: ""GC-1"" is in two pairs of quotes
# fix: quote it once (in a Scenario Outline, in the step or in the Examples cell, not in both)
# line: 7
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "<card>" and amount 100
    When the command RedeemCard is sent with card_id "<card>" and amount 3
    Then the command succeeds

    Examples:
      | card   |
      | "GC-1" |
