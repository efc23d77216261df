# wrong: <card> in the title of the Scenario Outline is not a column of its Examples table
# fix: add the column card to the Examples table
# line: 13
Feature: F

  Scenario Outline: redeeming <amount> from <card>
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command returns 70

    Examples:
      | amount |
      | 30     |
