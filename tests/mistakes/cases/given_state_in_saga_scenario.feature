# wrong: which has no aggregate state to start from
# fix: give the events it heard instead
# line: 7
Feature: State in saga

  Scenario: state in saga
    Given the aggregate starts with the state token "x"
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then 1 saga is active
