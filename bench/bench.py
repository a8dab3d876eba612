"""Print how fast withdraw-lint is on this machine. Run: python bench/bench.py

Numbers, not assertions: timings belong in a report, not in tests that flake.
1. cold CLI time for one draft next to the floor `import spacy; spacy.blank('en')`;
2. in-process CPU time per draft (pipeline loaded) for about 150, 1,500 and 15,000 words;
3. peak memory (max RSS) of the in-process run.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "examples" / "good-other-offer.txt"


def cold(cmd: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def scaled_draft(words: int) -> str:
    text = DRAFT.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n\n")
    body, _, tail = rest.rpartition("\n\n")
    paragraph = body
    while len(body.split()) < words:
        body = body + "\n\n" + paragraph
    return f"{head}\n\n{body}\n\n{tail}"


def in_process(words: int, runs: int) -> tuple[float, int]:
    from withdraw_lint.engine import lint_text

    text = scaled_draft(words)
    lint_text(text)
    start = time.process_time()
    for _ in range(runs):
        lint_text(text)
    return (time.process_time() - start) / runs, len(text.split())


def main() -> None:
    exe = Path(sys.executable).parent / "withdraw-lint"
    floor = cold([sys.executable, "-c", "import spacy; spacy.blank('en')"])
    cli = cold([str(exe), "check", str(DRAFT)])
    print(f"cold CLI, one draft:            {cli * 1000:8.0f} ms")
    print(f"floor (import spacy + blank):   {floor * 1000:8.0f} ms   ratio {cli / floor:.2f}x")
    for words, runs in ((150, 200), (1500, 20), (15000, 3)):
        seconds, actual = in_process(words, runs)
        print(f"in-process, {actual:6d} words:     {seconds * 1000:8.2f} ms CPU per draft")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (in-process run):   {peak:8.0f} MB")


if __name__ == "__main__":
    main()
