# wrong: the Scenario Outline has no Examples rows
# fix: one row per case
# line: 6
Feature: An outline whose examples table has only headings

  Scenario Outline: Redeeming <amount>
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command succeeds

    Examples:
      | amount |
