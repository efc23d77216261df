# wrong: When
# fix: When time advances to
# line: 8
Feature: Known step wrong keyword but

  Scenario: known step wrong keyword but
    Given the event CardIssued with card_id "GC-1" and amount 100
    But time advances to 2026-02-01T00:00:00Z
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
