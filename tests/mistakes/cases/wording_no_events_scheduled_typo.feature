# wrong: Then
# fix: Then no events are scheduled
# line: 9
Feature: Wording no events scheduled typo

  Scenario: wording no events scheduled typo
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 1 day elapses
    Then no event is scheduled
