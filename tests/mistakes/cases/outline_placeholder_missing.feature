# wrong: <amout> is not a column of the Examples table
# wrong: <amout> is not a column of the Examples table
# fix: did you mean <amount>?
# line: 9
Feature: Outline placeholder missing

  Scenario Outline: Redeeming
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amout>
    Then the command succeeds

    Examples:
      | amount |
      | 10     |
