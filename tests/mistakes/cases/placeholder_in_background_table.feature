# wrong: <amount> is in the Background, which no Examples table fills
# fix: move the step into the Scenario Outline
# line: 7
Feature: F

  Background:
    Given the events:
      | event      | card_id | amount   |
      | CardIssued | GC-1    | <amount> |

  Scenario Outline: s
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

    Examples:
      | amount |
      | 100    |
