# wrong: IssueCard
# wrong: failed
# fix: a given command must succeed
# line: 8
Feature: Given command fails

  Scenario: given command fails
    Given the command IssueCard was sent with card_id "GC-1" and amount -1
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
