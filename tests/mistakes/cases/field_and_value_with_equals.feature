# wrong: IssueCard has no field 'card_id ='
# fix: write the field and its value with nothing between: card_id
# line: 7
Feature: F

  Scenario: s
    When the command IssueCard is sent with card_id = "GC-1" and amount = 10
    Then the command succeeds
