# wrong: When
# fix: When the command IssueCard is sent
# line: 7
Feature: Keyword given command is sent

  Scenario: keyword given command is sent
    Given the command IssueCard is sent with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
