"""Print how fast withdraw-lint is on this machine. Run: python bench/bench.py [--quick]

Numbers, not assertions: timings belong in a report, not in tests that flake.

1. cold CLI time for one 150-word draft, next to the floor
   `python -c "import spacy; spacy.blank('en')"`, as a ratio (text and JSON output);
2. in-process CPU time per draft (pipeline loaded) for about 150, 1,500 and 15,000 words;
3. batch: 2,000 drafts in one `withdraw-lint check` run, in one process and in two;
4. peak memory (max RSS of the measured process) for each;
5. the language server: a re-lint after an edit, next to the cold CLI run;
6. the warm path: a repeated `withdraw-lint check` answered by the background worker,
   next to proselint's cold check of the same draft (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "examples" / "good-not-a-fit.txt"  # 145 words: the "150-word draft"
EXE = Path(sys.executable).parent / "withdraw-lint"
COLD_ENV = {**os.environ, "WITHDRAW_LINT_NO_DAEMON": "1"}
"""Cold measurements must not be answered by a background worker."""


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall time in seconds and this child's own peak memory in MB (from wait4)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=COLD_ENV
    )
    _, _, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = 0  # reaped above; keep Popen from waiting again
    return seconds, usage.ru_maxrss / 1024


def cold(commands: list[list[str]], runs: int) -> list[tuple[float, float]]:
    """Median seconds and peak MB of each command, run in turns so drift hits all alike."""
    samples: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(runs):
        for cmd, taken in zip(commands, samples, strict=True):
            taken.append(run(cmd))
    return [(statistics.median(s for s, _ in taken), max(m for _, m in taken)) for taken in samples]


def scaled_draft(words: int) -> str:
    """The example draft with its body paragraphs repeated to about `words` words."""
    text = DRAFT.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n\n")
    body, _, tail = rest.rpartition("\n\n")
    grown = body
    while len(f"{head} {grown} {tail}".split()) < words * 0.95:
        grown = grown + "\n\n" + body
    return f"{head}\n\n{grown}\n\n{tail}"


def in_process(words: int, runs: int) -> tuple[float, int]:
    from withdraw_lint.engine import lint_text

    text = scaled_draft(words)
    lint_text(text)
    start = time.process_time()
    for _ in range(runs):
        lint_text(text)
    return (time.process_time() - start) / runs, len(text.split())


def cue_patterns() -> str:
    """How many cue patterns the Matcher holds, and how many run on the 145-word draft."""
    from withdraw_lint.cue_ruler import first_words
    from withdraw_lint.pipeline import load

    nlp = load()
    ruler = nlp.get_pipe("cue_ruler")
    present = {t.lower_ for t in nlp.make_doc(DRAFT.read_text(encoding="utf-8"))}
    token = [p["pattern"] for p in ruler.patterns if isinstance(p["pattern"], list)]
    running = sum(1 for p in token if (w := first_words(p)) is None or not w.isdisjoint(present))
    phrases = len(ruler.patterns) - len(token)
    return (
        f"cue patterns: {len(token)} token patterns, {running} run on the 145-word draft; "
        f"{phrases} phrases"
    )


LOAD = (
    "import time, spacy; from withdraw_lint.pipeline import load; "
    "t = time.process_time(); load(); print(time.process_time() - t)"
)


def pipeline_load(runs: int) -> float:
    """CPU seconds to load the shipped pipeline, median of fresh processes (in-process it is
    cached after the first)."""
    return statistics.median(
        float(
            subprocess.run(
                [sys.executable, "-c", LOAD], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    )


def batch(count: int, jobs: int) -> tuple[float, float]:
    from withdraw_lint.corpus import load_corpus

    records = load_corpus()
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i in range(count):
            path = Path(folder) / f"draft{i:05d}.txt"
            path.write_text(records[i % len(records)].text, encoding="utf-8")
            paths.append(str(path))
        return run([str(EXE), "check", "--format", "json", "--jobs", str(jobs), *paths])


async def _server_relint(runs: int) -> float:
    """Median seconds from a didChange to its diagnostics, in a running server."""
    from lsprotocol import types
    from pygls.lsp.client import LanguageClient

    client = LanguageClient("bench", "1")
    waiting: dict[int, asyncio.Future[None]] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        future = waiting.get(params.version or 0)
        if future and not future.done():
            future.set_result(None)

    loop = asyncio.get_running_loop()
    await client.start_io(str(EXE), "server")
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    uri = (ROOT / "draft.txt").as_uri()
    text = scaled_draft(200)
    waiting[1] = loop.create_future()
    item = types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
    await waiting[1]
    samples = []
    for version in range(2, runs + 2):
        waiting[version] = loop.create_future()
        start = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text + " ")],
            )
        )
        await waiting[version]
        samples.append(time.perf_counter() - start)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return statistics.median(samples)


def warm_path(runs: int) -> tuple[float, float | None]:
    """Median whole-process time of a check answered by the worker, and proselint's."""
    import shutil

    with tempfile.TemporaryDirectory() as runtime:
        env = {**os.environ, "XDG_RUNTIME_DIR": runtime, "WITHDRAW_LINT_DAEMON_IDLE": "60"}
        env.pop("WITHDRAW_LINT_NO_DAEMON", None)
        env.pop("CI", None)
        check = [str(EXE), "check", str(DRAFT)]
        subprocess.run(check, env=env, capture_output=True, check=False)
        for _ in range(100):
            status = [str(EXE), "daemon", "status"]
            if subprocess.run(status, env=env, capture_output=True).returncode == 0:
                break
            time.sleep(0.2)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(check, env=env, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
        subprocess.run([str(EXE), "daemon", "stop"], env=env, capture_output=True)
    proselint = shutil.which("proselint", path=str(EXE.parent))
    other = cold([[proselint, "check", str(DRAFT)]], runs)[0][0] if proselint else None
    return statistics.median(times), other


def main() -> None:
    parser = argparse.ArgumentParser(description="withdraw-lint benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer runs and drafts")
    parser.add_argument("--cold-only", action="store_true", help="only the cold CLI lines")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    drafts = 400 if args.quick else 2000

    (floor, floor_mb), (text_cli, text_mb), (json_cli, json_mb) = cold(
        [
            [sys.executable, "-c", "import spacy; spacy.blank('en')"],
            [str(EXE), "check", str(DRAFT)],
            [str(EXE), "check", "--format", "json", str(DRAFT)],
        ],
        runs,
    )
    print(f"{'measure':44} {'value':>12} {'peak MB':>8}  ")
    print(f"{'floor: import spacy; spacy.blank(en)':44} {floor * 1000:>9.0f} ms {floor_mb:>8.0f}")
    ratio = f"{text_cli * 1000:.0f} ms ({text_cli / floor:.2f}x)"
    print(f"{'cold CLI, one draft, text':44} {ratio:>12} {text_mb:>8.0f}")
    ratio = f"{json_cli * 1000:.0f} ms ({json_cli / floor:.2f}x)"
    print(f"{'cold CLI, one draft, --format json':44} {ratio:>12} {json_mb:>8.0f}")
    if args.cold_only:
        return
    for words, count in ((150, 200), (1500, 20), (15000, 3)):
        seconds, actual = in_process(words, max(1, count // (3 if args.quick else 1)))
        label = f"in-process CPU per draft, {actual} words"
        print(f"{label:44} {seconds * 1000:>9.1f} ms")
    print(cue_patterns())
    load_ms = pipeline_load(3 if args.quick else 5) * 1000
    print(f"{'pipeline load, CPU (median of fresh processes)':44} {load_ms:>9.0f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory of the in-process runs':44} {'':>12} {peak:>8.0f}")
    relint = asyncio.run(_server_relint(5 if args.quick else 20))
    share = f"{relint * 1000:.0f} ms ({relint / text_cli:.1%})"
    print(f"{'server re-lint of a 200-word draft':44} {share:>12}   (of the cold text CLI)")
    warm, proselint = warm_path(runs)
    print(f"{'warm path: repeated check, whole process':44} {warm * 1000:>9.0f} ms")
    if proselint is None:
        print(f"{'proselint cold check, same draft':44} {'not installed':>12}")
    else:
        ratio = f"{proselint * 1000:.0f} ms"
        print(f"{'proselint cold check, same draft':44} {ratio:>12}   (warm/proselint "
              f"{warm / proselint:.2f})")  # fmt: skip
    for jobs in (1, 2):
        seconds, peak = batch(drafts, jobs)
        label = f"batch of {drafts}, --jobs {jobs}"
        rate = f"{drafts / seconds:.0f}/s"
        print(f"{label:44} {rate:>12} {peak:>8.0f}   ({seconds * 1000 / drafts:.1f} ms/draft)")


if __name__ == "__main__":
    main()
