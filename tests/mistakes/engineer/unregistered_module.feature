# domain: examples.giftcard
# line: 10
# wrong: unknown event 'InvoiceCreated'
# wrong: InvoiceCreated is in examples.invoicing
# fix: [tool.castle_bdd] domain
# fix: setup_castle_bdd(domain=…)
Feature: A message whose module the domain does not list

  Scenario: An invoice
    Given the event InvoiceCreated with invoice_id "I-1" and amount 5
    When the command IssueCard is sent with card_id "GC-1" and amount 5
    Then the command succeeds
