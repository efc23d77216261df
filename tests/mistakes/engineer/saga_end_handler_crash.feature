# where: tests/mistakes/domains/saga_end_handler_crash.py
# wrong: The saga handler LoanSaga.on_repaid crashed with AttributeError
# fix: in on_repaid
# not: cannot read
Feature: A saga's end handler with a typo

  Scenario: Repaying
    Given the event LoanGranted was published with loan_id "L-1"
    When the event LoanRepaid is published with loan_id "L-1"
    Then the command CloseLoanFile is dispatched with loan_id "L-1"
