"""Regenerate examples/expected/<name>.json from the linter as it is now.

Run it from anywhere with the project's Python:

    python tests/update_expected.py

Each file is the `--format json` output for examples/<name>.txt (path relative to the
repository, `--fail-on never`), without `version`, so that a version bump alone does not
change it. Review the diff before committing: it is what tests/test_examples.py enforces.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from helpers import EXPECTED, REPO, check_json, example_paths


def expected_path(example: Path) -> Path:
    return EXPECTED / f"{example.stem}.json"


def expected_document(example: Path) -> dict[str, Any]:
    """The JSON output for one example, minus the version."""
    doc = check_json(["--fail-on", "never", example.relative_to(REPO).as_posix()])
    doc.pop("version", None)
    return doc


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    EXPECTED.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for example in example_paths():
        target = expected_path(example)
        wanted.add(target)
        content = render(expected_document(example))
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if content != old:
            target.write_text(content, encoding="utf-8")
            print(f"{'updated' if old else 'created'} {target.relative_to(REPO)}")
    for stale in sorted(EXPECTED.glob("*.json")):
        if stale not in wanted:
            stale.unlink()
            print(f"removed {stale.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
