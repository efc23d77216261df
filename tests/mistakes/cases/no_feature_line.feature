# wrong: a feature file starts with a "Feature:" line
# fix: add one above
# alone: yes
# line: 5
Scenario: no feature
  Given the event CardIssued with card_id "GC-1" and amount 100
  When the command RedeemCard is sent with card_id "GC-1" and amount 30
  Then the command succeeds
