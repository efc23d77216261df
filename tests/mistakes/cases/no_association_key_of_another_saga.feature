# wrong: customer_id is a key of the saga TrialSaga
# wrong: tests the saga InvoicingSaga, whose handlers declare invoice_id
# wrong: so denying it checks nothing
# fix: name one of the InvoicingSaga's keys (invoice_id), or tag the scenario @saga:TrialSaga
# line: 10
Feature: F

  Scenario: s
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then no saga is associated with customer_id "C-1"
