"""A step that no step definition reads fails with the nearest sentences of the vocabulary.

`read_unmatched_steps` puts one more step definition last in behave's list: it reads
every sentence, so behave reaches it only when nothing else does — a passing suite never
does. It fails the step with a message that names the feature file and line and the
sentences nearest to it (`castle_bdd.gherkin.unmatched`), instead of behave's
"undefined step" and a Python snippet. The vocabulary is every sentence the run knows:
castle-bdd's and the project's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from behave import matchers

from castle_bdd._compat.behave import put_last, step_definitions, step_registry_of
from castle_bdd.gherkin.errors import UnmatchedStepError

if TYPE_CHECKING:
    from castle_bdd.gherkin.unmatched import Vocabulary


def step_unmatched(context: object) -> None:
    """A sentence no step reads: fails, naming the nearest sentences."""
    step = running_step(context)
    if step is None:
        raise UnmatchedStepError("no step reads this sentence")
    from castle_bdd.gherkin.unmatched import explain_unmatched

    registry = step_registry_of(context)
    problem = explain_unmatched(step.step_type, step.name, vocabulary_of(registry))
    raise UnmatchedStepError(problem + _in_english(step), location=str(step.location))


def _in_english(step: Any) -> str:
    """Under a ``# language:`` line other than English: the sentences stay English."""
    from castle_bdd.unparsable import language_of

    code = language_of(str(step.location.filename))
    if code in (None, "en"):
        return ""
    keyword = str(step.keyword).strip()
    return (
        f'\nthe line "# language: {code}" changes the keywords only ({keyword} for '
        f"{step.step_type.capitalize()}): the sentences of castle-bdd are English, so write the "
        f"rest of the step in English, as in: {keyword} {_EXAMPLES.get(step.step_type, '')}"
    )


#: A sentence of each keyword, to show under a ``# language:`` line.
_EXAMPLES = {
    "given": "the events:",
    "when": 'the command RedeemCard is sent with card_id "GC-1"',
    "then": "the events are:",
}


def as_other_keyword(context: object) -> str:
    """``"…" is a When step …`` when the running step is a step of another keyword.

    A step can match a sentence of its keyword only in part (``Given the event CardIssued
    is published …`` reads ``CardIssued is published`` as the event's name); asked only
    once that step has failed.
    """
    from castle_bdd.gherkin.unmatched import other_keyword

    step = running_step(context)
    if step is None:
        return ""
    vocabulary = vocabulary_of(step_registry_of(context))
    return other_keyword(step.step_type, step.name, vocabulary)


def as_nearest_sentences(context: object, read_as: str) -> str:
    """The sentences nearest to the running step, which a sentence read only in part."""
    from castle_bdd.gherkin.unmatched import explain_unmatched

    step = running_step(context)
    if step is None:
        return ""
    vocabulary = vocabulary_of(step_registry_of(context))
    return explain_unmatched(step.step_type, step.name, vocabulary, read_as)


class UnmatchedSentences(matchers.ParseMatcher):  # type: ignore[misc]
    """Reads any sentence, so that a step nothing else reads fails with a message."""

    def __init__(self) -> None:
        """The matcher of `step_unmatched`."""
        super().__init__(step_unmatched, "{sentence}", "step")

    def check_match(self, step_text: str) -> list[object]:
        """Every sentence matches, with no argument."""
        return []

    def matches(self, step_text: str) -> bool:
        """No sentence is taken from another definition: behave asks this when one is added."""
        return False


def read_unmatched_steps(context: object) -> None:
    """Put `UnmatchedSentences` last among the run's step definitions."""
    put_last(step_registry_of(context), UnmatchedSentences())


def running_step(context: object) -> Any:
    """The step of the current scenario that is running (the first not yet tested)."""
    scenario = getattr(context, "scenario", None)
    for step in getattr(scenario, "all_steps", ()):
        if step.status.name == "untested":
            return step
    return None


def vocabulary_of(registry: object) -> Vocabulary:
    """Every sentence of ``registry``'s step definitions, and a test that one reads a text."""
    from castle_bdd.gherkin.sentences import Sentence
    from castle_bdd.gherkin.unmatched import KEYWORDS, Vocabulary

    definitions = step_definitions(registry)
    sentences = [
        Sentence(keyword, str(matcher.pattern))
        for keyword in (*KEYWORDS, "step")
        for matcher in definitions.get(keyword, [])
        if not isinstance(matcher, UnmatchedSentences)
    ]

    def reads(keyword: str, text: str) -> bool:
        candidates = [*definitions.get(keyword, []), *definitions.get("step", [])]
        return any(not isinstance(m, UnmatchedSentences) and m.match(text) for m in candidates)

    return Vocabulary(sentences, reads)
