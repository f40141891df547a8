"""Checks the executed notebooks, kernel by kernel: every code cell ran, no error and nothing on stderr, no SLF4J
message anywhere, the key figures printed, the charts came back as 900x560 PNG images (and SVG where asked), and
the library's tables as HTML tables with a text/plain fallback. Prints, per kernel and notebook, what it checked.

Usage: /usr/bin/python3 .ci/check_notebooks.py DIR   (DIR/KERNEL/NAME.ipynb, as .ci/notebooks.sh writes them)

The expected figures are BLS's published values (OEWS national files, embedded in the library)."""
import base64
import glob
import os
import struct
import sys

import nbformat

# Text each notebook must print (stdout of its cells), and how many PNG images, SVG images and HTML tables it shows.
EXPECTED = {
    "01-tour-customer-service": {
        "text": [
            "Median hourly wage, May 2017: $15.81",
            "Median annual wage, May 2017: $32,890",
            "Median annual wage, May 2018: $33,750 ($16.23 an hour)",
            "Bottom 10% earn less than $22,140 ($10.65 an hour)",
            "Middle half earn between $26,730 and $42,970",
            "Top 10% earn more than    $55,310 ($26.59 an hour)",
            # similar occupations, May 2018 medians
            "43-4171   Receptionists and Information Clerks",
            "$29,140",
            "$30,400",
            "$53,390",
            # the same four as a careers comparison: OEWS May 2018 medians, Employment Projections 2024-34
            "Customer Service Representatives: median $33,750 (May 2018), jobs 2024–34 -5.5% (Decline), "
            "High school diploma or equivalent",
            "Lodging Managers: median $53,390 (May 2018), jobs 2024–34 +3.4% (As fast as average)",
            # O*NET 29.3's related occupations, with OEWS May 2025 figures, and O*NET's attribution
            "O*NET's related occupation #7: Receptionists and Information Clerks, median May 2025 $38,010",
            "This page includes information from the O*NET 29.3 Database by the U.S. Department of Labor",
            "Customer Service Representatives (43-4051): annual wage percentiles, May 2014–2025",
            # where a $40,000 offer ranks (the CLI's rank prints the 69th percentile) and the 95th percentile
            "A $40,000 offer in May 2018 ranks at the 69th percentile (68.5% earn that much or less)",
            "that is between the median and the 75th percentile",
            "95th percentile, May 2018 (estimated): $62,870/yr",
            # experience: PayScale brackets as career guides quote them, and the gain from the first to the last
            "  0–5 yrs: $28,000/yr",
            "  20+ yrs: $34,000/yr",
            "Gain from the first to the last bracket: +21.4%",
            # outlook in every projection cycle (EP 2016-26, 2019-29, 2023-33, 2024-34)
            "2016-26: 2,784.5 -> 2,920.8 thousand, +4.9%, As fast as average; openings 373.5 thousand a year",
            "2019-29: 3,018.8 -> 2,959.8 thousand, -2.0%, Decline",
            "2023-33: 2,954.6 -> 2,805.8 thousand, -5.0%, Decline",
            "2024-34: 2,814.0 -> 2,660.3 thousand, -5.5%, Decline",
            "Scenario: Customer service representatives in telephone call centers, 2016-26: +36.0%",
            "2016-26 vs OEWS 2016-2025: projected +0.48%/yr",
            # the 2017 median in 2025 dollars: 32,890 × 321.943 / 245.120 = 43,198.05, rounded to $10
            "CPI-U annual average: 2017 245.120, 2025 321.943",
            "Median annual wage, May 2017, in 2025 dollars: $43,200/yr (43,198.05)",
        ],
        # the experience curve, the projection paths, the comparison of four occupations, the fan
        "images": 4,
        # the WageComparison and the OccupationComparison
        "html_tables": 2,
        "html_contains": [">Median pay, May 2018<", ">Openings a year, 2024–34<", ">341,700<"],
    },
    "02-any-occupation": {
        "text": [
            "Registered Nurses (29-1141), May 2024",
            "Median: $93,600 a year, $45.00 an hour",
            "Bottom 10% earn less than $66,030",
            "Top 10% earn more than    $135,320",
            "Registered Nurses (29-1141): annual wage percentiles, May 2014–2025",
            "An offer of $80,000/yr in May 2024 ranks at the 27th percentile",
            "95th percentile, May 2024: $160,610/yr (estimated)",
            # the embedded brackets have only 43-4051: the notebook says so instead of failing
            "No experience brackets for 29-1141 in the embedded data",
            "2016-26: 2,955.2 -> 3,393.2 thousand, +14.8%, Much faster than average",
            "2024-34: 3,391.0 -> 3,557.1 thousand, +4.9%, Faster than average",
            "Registered Nurses (SOC 29-1141) — OEWS, May 2014–2025",
            "2017  29-1141  same code   2,906,840  245.120         $70,000",
        ],
        # the fan chart and the outlook chart; no experience chart without brackets
        "images": 2,
        "html_tables": 1,
    },
    "03-pay-by-place-and-industry": {
        "text": [
            # BLS OEWS May 2024, natsector file: 43-4051 in NAICS 56 (private), beside all industries
            "Customer Service Representatives, May 2024",
            "NAICS 56 Administrative and Support and Waste Management and Remediation Services (Private)",
            "Employment: 405,860 of 2,725,930 in all industries",
            "Median annual wage: $37,550 in the sector, $42,830 in all industries",
            "10th to 90th percentile in the sector: $29,460 to $52,180",
            "Share of the sector's employment: 4.38%",
            "Highest median: NAICS 22 Utilities — Private, $58,530",
            "NAICS 56 ranks 17 of 20",
            # no state file in CI (none ships; CI reaches no BLS server): the notebook says how to get one
            "No state file here: save state_M2024_dl.xlsx (from BLS's oesm24st.zip) beside this notebook, or run: "
            "java -jar wage-outlook.jar fetch oews state 2024",
        ],
        # the ranked comparison by sector, as an HTML table
        "html_tables": 1,
        "html_contains": ["ranked by annual median</caption>", ">$37,550<", ">405,860<"],
        # the ranked dot-and-band chart: 20 sector rows make it taller than the default
        "images": 1,
        "image_sizes": [(900, 840)],
    },
    # .ci/notebooks/kernel-display.ipynb: one cell per kind of library object
    "kernel-display": {
        "text": [],
        # OewsTable, ProjectionsTable, WageComparison, OccupationComparison (related occupations), WageHistory,
        # OccupationDistribution, GroupDistribution, ExperienceCurve, ExperienceBrackets
        "html_tables": 9,
        "html_contains": [
            "national_M2018_dl.xlsx (1,379 rows;", "… 1,369 more rows",
            "occupation_2016-26.xlsx, Table 1.7 (2016-26, 1,091 rows;",
            ">$53,390<",                                   # 11-9081 lodging managers, May 2018 median
            "O*NET® is a trademark of USDOL/ETA.",         # the related occupations carry O*NET's attribution
            "Customer Service Representatives (SOC 43-4051) — OEWS, May 2014–2025",
            ">$62,870/yr<",                                # P95 of 43-4051, May 2018, estimated
            ">$35,660/yr<",                                # median of the 43-0000 mixture, May 2018
            "mincer", "payscale/experience_brackets.csv (4 brackets)",
        ],
        # the Chart, and its toImage() (a BufferedImage, rendered by the kernel itself)
        "images": 2,
        "svg": 1,
    },
    # .ci/notebooks/jjava-extension.ipynb: JJava's extension, with no NotebookDisplay.install() call
    "jjava-extension": {
        "kernels": ("jjava",),
        "text": [],
        "html_tables": 1,
        "html_contains": [">$53,390<"],
        "images": 1,
    },
}
# Kernels that run every notebook (but those whose "kernels" name others); any other folder (the empty-repository
# proof) runs the ones it holds.
FULL_KERNELS = ("ijava", "jjava")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data):
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def text_of(value):
    return "".join(value) if isinstance(value, list) else str(value)


def check(path, expected):
    problems = []
    nb = nbformat.read(path, as_version=4)
    stdout, images, svgs, tables, html, cells = [], [], 0, 0, [], 0
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        cells += 1
        if cell.get("execution_count") is None:
            problems.append(f"cell {i} did not run")
        for out in cell.get("outputs", []):
            everything = text_of(out.get("text", "")) + "".join(text_of(v) for v in out.get("data", {}).values())
            if "SLF4J" in everything:
                problems.append(f"cell {i} shows an SLF4J message: {everything.strip()[:200]!r}")
            if out.output_type == "error":
                problems.append(f"cell {i} raised {out.get('ename')}: {out.get('evalue')}")
            elif out.output_type == "stream" and out.name == "stderr":
                problems.append(f"cell {i} wrote to stderr: {text_of(out.text).strip()[:200]!r}")
            elif out.output_type == "stream":
                stdout.append(text_of(out.text))
            elif out.output_type in ("execute_result", "display_data"):
                data = out.get("data", {})
                shown = text_of(data.get("text/html", "")) + text_of(data.get("text/plain", ""))
                if "java.io.PrintStream@" in shown:
                    # a cell ending in printf(...) shows the stream as its result: end it with println
                    problems.append(f"cell {i} shows a PrintStream as its result")
                if "image/png" in data:
                    images.append(base64.b64decode(text_of(data["image/png"])))
                if "image/svg+xml" in data:
                    svg = text_of(data["image/svg+xml"])
                    if "<svg" not in svg:
                        problems.append(f"cell {i}: image/svg+xml without an <svg> element")
                    svgs += 1
                page = text_of(data.get("text/html", ""))
                if "<table>" in page and "<caption>" in page:
                    tables += 1
                    html.append(page)
                    if not text_of(data.get("text/plain", "")).strip():
                        problems.append(f"cell {i}: an HTML table without a text/plain fallback")
    text = "".join(stdout)
    for want in expected["text"]:
        if want not in text:
            problems.append(f"printed text lacks {want!r}")
    pages = "".join(html)
    for want in expected.get("html_contains", []):
        if want not in pages:
            problems.append(f"the HTML tables lack {want!r}")
    if len(images) != expected["images"]:
        problems.append(f"{len(images)} image/png outputs, expected {expected['images']}")
    sizes = expected.get("image_sizes", [(900, 560)] * len(images))
    for img, size in zip(images, sizes):
        try:
            w, h = png_size(img)
            if (w, h) != size or len(img) < 10_000:
                problems.append(f"chart image is {w}x{h}, {len(img)} bytes; expected {size[0]}x{size[1]} and > 10 kB")
        except ValueError as e:
            problems.append(f"chart image: {e}")
    if svgs != expected.get("svg", 0):
        problems.append(f"{svgs} image/svg+xml outputs, expected {expected.get('svg', 0)}")
    if tables != expected["html_tables"]:
        problems.append(f"{tables} text/html tables, expected {expected['html_tables']}")
    summary = (f"{cells} code cells ran, no error, nothing on stderr, no SLF4J; "
               f"{len(expected['text']) + len(expected.get('html_contains', []))} expected figures found; "
               f"image/png x{len(images)} ("
               + ", ".join(f"{w}x{h}" for w, h in expected.get("image_sizes", [(900, 560)] * len(images))) + ")"
               + (f", image/svg+xml x{svgs}" if svgs else "")
               + f"; text/html tables x{tables}, each with text/plain")
    return problems, summary


def main():
    folder = sys.argv[1]
    failed = passed = 0
    kernels = sorted(d for d in os.listdir(folder) if os.path.isdir(os.path.join(folder, d)))
    for kernel in FULL_KERNELS:
        if kernel not in kernels:
            print(f"FAIL {kernel}: no executed notebooks")
            failed += 1
    for kernel in kernels:
        found = {os.path.splitext(os.path.basename(p))[0]: p
                 for p in glob.glob(os.path.join(folder, kernel, "*.ipynb"))}
        wanted = ({n for n, e in EXPECTED.items() if kernel in e.get("kernels", FULL_KERNELS)}
                  if kernel in FULL_KERNELS else set(found))
        for name in sorted(wanted | set(found)):
            label = f"{kernel:<24} {name}"
            if name not in found:
                print(f"FAIL {label}: not executed")
                failed += 1
                continue
            if name not in EXPECTED:
                print(f"FAIL {label}: no expected figures in .ci/check_notebooks.py")
                failed += 1
                continue
            problems, summary = check(found[name], EXPECTED[name])
            if problems:
                failed += 1
                print(f"FAIL {label}:")
                for p in problems:
                    print("  - " + p)
            else:
                passed += 1
                print(f"ok   {label}: {summary}")
    print(f"notebooks: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
