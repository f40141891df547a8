"""Issue-8 baselines: the same workloads as Issue8Harness, with pandas and with polars, in-process and warmed.

Usage: python3 bench/issue8_baselines.py FILE.csv FILE.xlsx [repeats] [workloads: csv,xlsx,rank,p95,group,heap]
Prints one line per workload and library: "RESULT <library> <workload> | median_ms M | runs ...".
Workloads 3-4 use the usual vectorized shortcut: linear interpolation of log-wage in standard-normal-quantile space
between the published annual percentiles (P10 P25 P50 P75 P90), extended past P90 with the slope of the last
segment; workload 5 uses the employment-weighted mean of member medians. Timings start from the loaded frame.
"""
import gc
import resource
import statistics
import sys
import time

import numpy as np
import pandas as pd
import polars as pl

CSV, XLSX = sys.argv[1], sys.argv[2]
REPEATS = int(sys.argv[3]) if len(sys.argv) > 3 else 5
WORK = (sys.argv[4] if len(sys.argv) > 4 else "csv,xlsx,rank,p95,group,heap").split(",")
SPECIAL = ["*", "**", "#", "~"]
TEXT = {c: str for c in ["AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP",
                         "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP"]}
PCTS = ["A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"]
# Standard-normal quantiles of 0.10, 0.25, 0.50, 0.75, 0.90 and 0.95.
Z = np.array([-1.2815515655446004, -0.6744897501960817, 0.0, 0.6744897501960817, 1.2815515655446004])
Z95 = 1.6448536269514722


def timed(library, name, warmups, repeats, work):
    for _ in range(warmups):
        result = work()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    print(f"RESULT {library} {name} | median_ms {statistics.median(times):.1f} | runs "
          + ",".join(f"{t:.1f}" for t in times), flush=True)
    return result


def pandas_csv():
    return pd.read_csv(CSV, dtype=TEXT, na_values=SPECIAL, keep_default_na=False)


def polars_csv():
    return pl.read_csv(CSV, schema_overrides={c: pl.Utf8 for c in TEXT}, null_values=SPECIAL,
                       infer_schema_length=10000)


def numpy_rank(frame, salary):
    """Rank of one salary in every row: linear in (z, ln w) between the published percentiles, tails extended."""
    w = frame[PCTS].to_numpy(dtype=float)
    y = np.log(w)
    k = np.sum(w < salary, axis=1)                      # points below the salary (NaN counts as not below)
    k = np.clip(k, 1, 4)                                # segment k-1 .. k, tails use the end segments
    rows = np.arange(len(w))
    y0, y1 = y[rows, k - 1], y[rows, k]
    z0, z1 = Z[k - 1], Z[k]
    z = z0 + (np.log(salary) - y0) * (z1 - z0) / (y1 - y0)
    return 100 * ndtr(z)


def numpy_p95(frame):
    w = frame[PCTS].to_numpy(dtype=float)
    y75, y90 = np.log(w[:, 3]), np.log(w[:, 4])
    return np.exp(y90 + (y90 - y75) / (Z[4] - Z[3]) * (Z95 - Z[4]))


def main():
    out = {}
    if "csv" in WORK:
        timed("pandas", "1_load_csv", 1, REPEATS, pandas_csv)
        timed("polars", "1_load_csv", 1, REPEATS, polars_csv)
    if "xlsx" in WORK:
        # openpyxl is the engine both libraries have here (no calamine/fastexcel in the wheel store).
        timed("pandas", "2_load_xlsx", 0, 1, lambda: pd.read_excel(XLSX, dtype=TEXT, na_values=SPECIAL))
        timed("polars", "2_load_xlsx", 0, 1, lambda: pl.read_excel(XLSX, engine="openpyxl"))
    pdf = pandas_csv()
    plf = polars_csv()
    print(f"frame: {len(pdf):,} rows", flush=True)
    if "rank" in WORK:
        r = timed("numpy(pandas)", "3_rank_60000", 3, REPEATS * 4, lambda: numpy_rank(pdf, 60_000.0))
        print(f"  check: mean rank {np.nanmean(r):.3f} over {np.count_nonzero(~np.isnan(r)):,} rows", flush=True)
        timed("polars", "3_rank_60000", 3, REPEATS * 4, lambda: polars_rank(plf, 60_000.0))
    if "p95" in WORK:
        r = timed("numpy(pandas)", "4_p95", 3, REPEATS * 4, lambda: numpy_p95(pdf))
        print(f"  check: mean P95 {np.nanmean(r):.1f} over {np.count_nonzero(~np.isnan(r)):,} rows", flush=True)
        timed("polars", "4_p95", 3, REPEATS * 4, lambda: polars_p95(plf))
    if "group" in WORK:
        g = timed("pandas", "5_group_median", 1, REPEATS, lambda: pandas_group(pdf))
        print(f"  check: {len(g):,} groups, mean median {g.mean():.1f}", flush=True)
        timed("polars", "5_group_median", 1, REPEATS, lambda: polars_group(plf))
    if "heap" in WORK:
        del pdf, plf
        gc.collect()
        stacked = pd.concat([pandas_csv() for _ in range(11)], ignore_index=True)
        gc.collect()
        rows = len(stacked)
        print(f"RESULT pandas 6_heap_bytes_per_row {stacked.memory_usage(deep=True).sum() / rows:.1f} rows={rows} "
              f"max_rss_mb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}", flush=True)
        del stacked
        gc.collect()
        stacked = pl.concat([polars_csv() for _ in range(11)], rechunk=True)
        rows = stacked.height
        print(f"RESULT polars 6_heap_bytes_per_row {stacked.estimated_size() / rows:.1f} rows={rows}", flush=True)


def pandas_group(frame):
    d = frame[frame["O_GROUP"] == "detailed"]
    d = d[d["TOT_EMP"] > 0]
    major = d["OCC_CODE"].str.slice(0, 2)
    weighted = (d["A_MEDIAN"] * d["TOT_EMP"]).where(d["A_MEDIAN"].notna())
    weights = d["TOT_EMP"].where(d["A_MEDIAN"].notna())
    keys = [d["AREA"], major]
    return weighted.groupby(keys).sum() / weights.groupby(keys).sum()


def polars_group(frame):
    return (frame.lazy()
            .filter((pl.col("O_GROUP") == "detailed") & (pl.col("TOT_EMP") > 0) & pl.col("A_MEDIAN").is_not_null())
            .group_by(pl.col("AREA"), pl.col("OCC_CODE").str.slice(0, 2).alias("MAJOR"))
            .agg((pl.col("A_MEDIAN") * pl.col("TOT_EMP")).sum() / pl.col("TOT_EMP").sum())
            .collect())


def polars_rank(frame, salary):
    ls = np.log(salary)
    y = [pl.col(c).log() for c in PCTS]
    below = sum((pl.col(c) < salary).fill_null(False).cast(pl.Int32) for c in PCTS)
    k = below.clip(1, 4)

    def seg(j):
        z = Z[j - 1] + (ls - y[j - 1]) * (Z[j] - Z[j - 1]) / (y[j] - y[j - 1])
        return z

    z = (pl.when(k == 1).then(seg(1)).when(k == 2).then(seg(2)).when(k == 3).then(seg(3)).otherwise(seg(4)))
    # Φ(z) through erf is not a polars expression: take z out and use the same vectorized Φ as numpy.
    return 100 * ndtr(frame.select(z.alias("z"))["z"].to_numpy())


def polars_p95(frame):
    y75, y90 = pl.col("A_PCT75").log(), pl.col("A_PCT90").log()
    return frame.select((y90 + (y90 - y75) / (Z[4] - Z[3]) * (Z95 - Z[4])).exp().alias("P95"))


def ndtr(z):
    """Vectorized Φ(z) with numpy only (scipy is not in the wheel store): erfc by the Numerical Recipes Chebyshev
    fit (relative error below 1.2e-7), enough for a baseline."""
    x = np.abs(z) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.5 * x)
    erfc = t * np.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
        -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
    return np.where(z >= 0, 1 - 0.5 * erfc, 0.5 * erfc)


if __name__ == "__main__":
    main()
