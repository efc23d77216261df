"""Without castlecraft-engineer installed, castle-bdd imports nothing of it and says what to do."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A finder that refuses castlecraft_engineer, as if it were not installed, and counts asks.
_BLOCKED = """
import sys
asked = []
class _NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "castlecraft_engineer":
            asked.append(name)
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, _NotInstalled())
"""


def _run(body: str) -> subprocess.CompletedProcess[str]:
    code = _BLOCKED + textwrap.dedent(body)
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=False,
    )


def test_castle_bdd_runs_a_domain_without_ever_asking_for_castlecraft() -> None:
    result = _run(
        """
        import castle_bdd, castle_bdd.behave, castle_bdd.steps, castle_bdd.docs
        from castle_bdd import AggregateTestFixture
        from castle_bdd.gherkin.catalogue import build_catalogue
        from examples.giftcard import CardIssued, CardRedeemed, GiftCard, RedeemCard
        build_catalogue(["examples.giftcard"])
        AggregateTestFixture(GiftCard).given(CardIssued("GC-1", 10)).when(
            RedeemCard("GC-1", 4)).expect_events(CardRedeemed("GC-1", 4))
        print(asked, [m for m in sys.modules if m.startswith("castlecraft")])
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[] []"


def test_naming_castlecraft_classes_without_it_says_to_install_the_extra() -> None:
    result = _run(
        """
        try:
            from castle_bdd.castlecraft import CastlecraftEventStore
        except ImportError as error:
            print(type(error).__name__, "|", error)
        """
    )
    assert result.returncode == 0, result.stderr
    kind, _, message = result.stdout.partition(" | ")
    assert kind == "CastlecraftMissingError"
    assert "pip install castlecraft-engineer" in message


def test_init_castlecraft_without_it_writes_the_project_and_says_what_to_install(
    tmp_path: Path,
) -> None:
    result = _run(
        f"""
        from castle_bdd.cli import main
        main(["init", "--castlecraft", {str(tmp_path / "shop")!r}])
        """
    )
    assert result.returncode == 0, result.stderr
    assert "The domain needs castlecraft-engineer: pip install castlecraft-engineer" in (
        result.stdout
    )
    assert (tmp_path / "shop" / "domain" / "library.py").is_file()
