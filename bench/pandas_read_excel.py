"""Baseline for BENCHMARKS.md: pandas.read_excel on one OEWS national workbook, in-process, warmed.

Usage: python3 bench/pandas_read_excel.py datasets/oews/national_M2024_dl.xlsx [repeats]
Prints the median and all timings in milliseconds (the file is read from memory, as in the JMH benchmark).
"""
import io
import statistics
import sys
import time

import pandas as pd

path = sys.argv[1]
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 10
data = open(path, "rb").read()
pd.read_excel(io.BytesIO(data), sheet_name=0)  # warm-up: imports, openpyxl
times = []
for _ in range(repeats):
    start = time.perf_counter()
    frame = pd.read_excel(io.BytesIO(data), sheet_name=0)
    times.append((time.perf_counter() - start) * 1000)
print(f"pandas {pd.__version__} read_excel {path}: {len(frame)} rows, median {statistics.median(times):.1f} ms "
      f"over {repeats} runs; all: {', '.join(f'{t:.0f}' for t in times)}")
