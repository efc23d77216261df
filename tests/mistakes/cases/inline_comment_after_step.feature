# wrong: Gherkin has no comment at the end of a step line
# fix: put the comment on a line of its own
# line: 7
Feature: Inline comment

  Scenario: inline comment
    Given the event CardIssued with card_id "GC-1" and amount 10 # a fresh card
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds
