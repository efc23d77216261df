# wrong: "customer’s request" has right single quotation mark "’" where "customer's request" has "'"
# fix: which looks the same
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command CancelCard is sent with card_id "GC-1" and reason "customer’s request"
    Then the event CardCancelled is published with reason "customer's request"
