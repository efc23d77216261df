# wrong: no step reads "Then the CardIssued event is published
# fix: Then the event <message> is published with card_id "GC-1"
# line: 8
Feature: F

  Scenario: s
    When the command IssueCard is sent with card_id "GC-1" and amount 10
    Then the CardIssued event is published with card_id "GC-1"
