# wrong: <aggregate> is not a column of the Examples table
# fix: add the column aggregate to the Examples table
# line: 6
Feature: F

  @aggregate:<aggregate>
  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command succeeds

    Examples:
      | amount |
      | 10     |
