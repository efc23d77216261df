# wrong: IssueCard has no field 'amont'
# fix: did you mean amount?
# line: 7
Feature: F

  Scenario: s
    Given the command IssueCard was sent with card_id "GC-1" and amont 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds
