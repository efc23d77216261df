# wrong: @knownissue is not a tag
# fix: write @known-issue
# line: 6
Feature: Known issue typo

  @knownissue
  Scenario: known issue typo
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 300
    Then the command succeeds
