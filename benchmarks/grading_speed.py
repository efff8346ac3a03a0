"""How fast a class is graded: the demo class, timed end to end, several times.

Builds the demo class from the answer bank (``mlpath demo``) ``--repeats`` times and prints
the median seconds for the whole loop and per student. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    """Time the demo class and print medians."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--assignment", default="m1_statistics")
    parser.add_argument("--students", type=int, default=24)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    times = []
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "mlpath.cli", "demo", args.assignment,
                            "--students", str(args.students), "--out", str(Path(tmp) / "demo")],
                           check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    median = statistics.median(times)
    print(f"demo class of {args.students} ({args.assignment}): median {median:.1f} s over "
          f"{args.repeats} runs, {median / args.students:.2f} s per student "
          f"(runs: {', '.join(f'{t:.1f}' for t in times)})")


if __name__ == "__main__":
    main()
