# wrong: When
# fix: When the command RedeemCard is sent
# line: 8
Feature: Wording missing the

  Scenario: wording missing the
    Given the event CardIssued with card_id "GC-1" and amount 100
    When command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
