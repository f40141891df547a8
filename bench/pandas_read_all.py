"""Baseline for BENCHMARKS.md (issue 14): a fresh Python process that reads every embedded OEWS national workbook
(May 2014-2025) with pandas.read_excel, the same files `java -jar target/wage-outlook.jar datasets` loads.

Usage: python3 bench/pandas_read_all.py datasets/oews
Prints one line per workbook (rows) and the total; bench/issue2.sh times the whole process.
"""
import glob
import os
import sys

import pandas as pd

folder = sys.argv[1]
total = 0
for path in sorted(glob.glob(os.path.join(folder, "national_M20[0-9][0-9]_dl.xlsx"))):
    frame = pd.read_excel(path, sheet_name=0)
    total += len(frame)
    print(f"{os.path.basename(path)}: {len(frame)} rows")
print(f"total: {total} rows")
