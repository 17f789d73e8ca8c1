#!/usr/bin/env python3
"""Medians of several benchmark runs: reads the report.md of each run and prints one Markdown table, a row per
metric, each cell the median of the runs with every run's value after it, and the median ratio.

    python3 scripts/benchmark-medians.py target/benchmark-1/report.md target/benchmark-2/report.md ...
"""
import re
import statistics
import sys

NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
LATENCY = re.compile(r"\((\d+(?:\.\d+)?) / (\d+(?:\.\d+)?)\)")


def rows(path):
    table = {}
    for line in open(path, encoding="utf-8"):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] not in ("metric", "---"):
            table[cells[0]] = cells[1:]
    return table


def numbers(cell):
    """The numbers of a cell, leaving out the names of quantiles (p50, p99)."""
    return [float(n.replace(",", "")) for n in NUMBER.findall(re.sub(r"\bp\d+\b", "", cell))]


def median_cell(cells):
    """The cell of the median run (by its first number), and every run's first number."""
    firsts = [numbers(c)[0] if numbers(c) else None for c in cells]
    known = [(f, c) for f, c in zip(firsts, cells) if f is not None]
    if not known:
        return cells[0], ""
    known.sort(key=lambda pair: pair[0])
    middle = known[len(known) // 2][1]
    runs = " / ".join(f"{f:,.2f}".rstrip("0").rstrip(".") for f in firsts if f is not None)
    return middle, runs


def main():
    runs = [rows(path) for path in sys.argv[1:]]
    print("| metric | Flock (median run) | baseline (median run) | ratio, median (runs) | target |")
    print("|---|---|---|---|---|")
    for metric in runs[0]:
        cells = [run.get(metric, ["", "", "", ""]) for run in runs]
        flock, flock_runs = median_cell([c[0] for c in cells])
        baseline, _ = median_cell([c[1] for c in cells])
        ratios = [numbers(c[2])[0] for c in cells if numbers(c[2])]
        ratio = f"{statistics.median(ratios):.2f} ({' / '.join(f'{r:.2f}' for r in ratios)})" if ratios else ""
        if not ratio and len(runs) > 1 and flock_runs:
            flock = f"{flock} (runs: {flock_runs})"
        p99s = [float(m.group(2)) for m in (LATENCY.search(c[0]) for c in cells) if m]
        if len(p99s) > 1:
            flock = f"{flock}; p99 median {statistics.median(p99s):.1f} ms ({' / '.join(f'{p:.1f}' for p in p99s)})"
        print(f"| {metric} | {flock} | {baseline} | {ratio} | {cells[0][3]} |")


if __name__ == "__main__":
    main()
