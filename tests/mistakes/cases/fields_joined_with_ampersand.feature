# wrong: the value "GC-1" is followed by "& amount" without "and" between them
# fix: join the fields with "and" (or a comma)
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" & amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
