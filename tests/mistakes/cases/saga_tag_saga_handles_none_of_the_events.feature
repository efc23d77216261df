# wrong: chose TrialSaga, which handles none of the scenario's events
# fix: tag the scenario @saga:InvoicingSaga
# line: 9
@saga:TrialSaga
Feature: F

  Scenario: s
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the command MarkAsOverdue is dispatched
