# where: tests/mistakes/domains/castlecraft_execute_signature.py
# domain: tests.mistakes.domains.castlecraft_execute_signature
# line: 11
# wrong: The command RingBuoy crashed with TypeError
# wrong: got an unexpected keyword argument 'subject_id'
# fix: castlecraft calls RingBuoyHandler.execute(command, subject_id=…, permissions=…)
# not: cannot read
Feature: A castlecraft command handler whose execute takes too little

  Scenario: Ringing a buoy
    When the command RingBuoy is sent with buoy_id "B-1"
    Then the command succeeds
