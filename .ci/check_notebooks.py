"""Checks the executed notebooks: no error output, every code cell ran, the key figures printed, and the charts
and HTML tables came back. Usage: /usr/bin/python3 .ci/check_notebooks.py DIR_OF_EXECUTED_NOTEBOOKS

The expected figures are BLS's published values (OEWS national files, embedded in the library)."""
import base64
import glob
import os
import struct
import sys

import nbformat

# Text each notebook must print (stdout of its cells), and how many PNG images and HTML tables it must show.
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
            "Customer Service Representatives (43-4051): annual wage percentiles, May 2014–2024",
        ],
        "images": 1,
        "html_tables": 1,
    },
    "02-any-occupation": {
        "text": [
            "Registered Nurses (29-1141), May 2024",
            "Median: $93,600 a year, $45.00 an hour",
            "Bottom 10% earn less than $66,030",
            "Top 10% earn more than    $135,320",
            "Registered Nurses (29-1141): annual wage percentiles, May 2014–2024",
        ],
        "images": 1,
        "html_tables": 1,
    },
}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data):
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def check(path, expected):
    problems = []
    nb = nbformat.read(path, as_version=4)
    stdout, images, tables = [], [], 0
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if cell.get("execution_count") is None:
            problems.append(f"cell {i} did not run")
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                problems.append(f"cell {i} raised {out.get('ename')}: {out.get('evalue')}")
            elif out.output_type == "stream" and out.name == "stdout":
                stdout.append(out.text)
            elif out.output_type in ("execute_result", "display_data"):
                data = out.get("data", {})
                if "image/png" in data:
                    images.append(base64.b64decode(data["image/png"]))
                if "<table>" in data.get("text/html", "") and "<caption>" in data.get("text/html", ""):
                    tables += 1
    text = "".join(stdout)
    for want in expected["text"]:
        if want not in text:
            problems.append(f"printed text lacks {want!r}")
    if len(images) != expected["images"]:
        problems.append(f"{len(images)} PNG images, expected {expected['images']}")
    for img in images:
        try:
            w, h = png_size(img)
            if (w, h) != (900, 560) or len(img) < 10_000:
                problems.append(f"chart image is {w}x{h}, {len(img)} bytes; expected 900x560 and > 10 kB")
        except ValueError as e:
            problems.append(f"chart image: {e}")
    if tables != expected["html_tables"]:
        problems.append(f"{tables} HTML tables, expected {expected['html_tables']}")
    return problems, len(expected["text"])


def main():
    folder = sys.argv[1]
    failed = passed = 0
    found = {os.path.splitext(os.path.basename(p))[0]: p for p in glob.glob(os.path.join(folder, "*.ipynb"))}
    for name in sorted(set(found) | set(EXPECTED)):
        if name not in found:
            print(f"FAIL {name}: not executed")
            failed += 1
            continue
        if name not in EXPECTED:
            print(f"FAIL {name}: no expected figures in .ci/check_notebooks.py")
            failed += 1
            continue
        problems, n = check(found[name], EXPECTED[name])
        if problems:
            failed += 1
            print(f"FAIL {name}:")
            for p in problems:
                print("  - " + p)
        else:
            passed += 1
            print(f"ok   {name}: no errors, {n} printed figures, charts and HTML tables as expected")
    print(f"notebooks: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
