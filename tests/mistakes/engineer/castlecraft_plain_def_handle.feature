# where: tests/mistakes/domains/castlecraft_plain_def_handle.py
# domain: tests.mistakes.domains.castlecraft_plain_def_handle
# line: 11
# wrong: The event handler CatalogueCard, run after the command ShelveBook, crashed with TypeError
# wrong: This is a bug in the code
# fix: castlecraft awaits what CatalogueCard.handle returns: write async def handle
# not: cannot read
Feature: A castlecraft event handler written with a plain def

  Scenario: Shelving a book
    When the command ShelveBook is sent with book_id "B-1"
    Then the command succeeds
