#!/usr/bin/env python3
"""The importer's limits, measured (issue 28, item 1): the product's own largest scorecards
exported to CSV, XLSX and ODS and imported again (statuses compared with the original's), and
the worst files each limit admits, each timed with its peak memory.

    python3 tests/bench/import-limits.py target/cli/scorecard [DIR]

Prints Markdown rows for docs/benchmarks.md ("Import limits"). Needs /usr/bin/time.
"""
import json, os, subprocess, sys, tempfile, zipfile

BIN = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "target/cli/scorecard"
DIR = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="import-limits-")
os.makedirs(DIR, exist_ok=True)


def timed(*args):
    """(exit code, seconds, peak MB, stderr's last line) of one run of the command line."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M", BIN, *args], capture_output=True, text=True)
    lines = out.stderr.strip().splitlines()
    secs, kb = lines[-1].split()
    said = next((l for l in reversed(lines[:-1]) if l.strip() and not l.startswith("Command exited")), "")
    said = said or (out.stdout.strip().splitlines() or [""])[-1]
    return out.returncode, float(secs), int(kb) / 1024, said


def statuses(path):
    out = subprocess.run([BIN, "status", path, "--json"], capture_output=True, text=True, check=True)
    return [(i["id"], i["status"], i["direction"]) for i in json.loads(out.stdout)["indicators"]]


def round_trips():
    print("| scorecard | `check` | format | file | import | peak memory | statuses |")
    print("|---|---|---|---|---|---|---|")
    for n, m in [(5000, 40), (8000, 25)]:
        src = os.path.join(DIR, f"g{n}x{m}.json")
        subprocess.run([BIN, "generate", "--indicators", str(n), "--periods", str(m), "--output", src], check=True)
        _, check_s, _, _ = timed("check", src)
        want = statuses(src)
        for kind in ["csv", "xlsx", "ods"]:
            book = os.path.join(DIR, f"g{n}x{m}.{kind}")
            subprocess.run([BIN, "export", src, f"--{kind}", book], check=True, capture_output=True)
            back = os.path.join(DIR, f"g{n}x{m}-{kind}.json")
            code, secs, mb, said = timed("import", book, "--organisation", "Wexcombe Borough Council", "-o", back)
            same = "identical" if code == 0 and statuses(back) == want else f"DIFFER (exit {code}: {said})"
            size = os.path.getsize(book) / 1e6
            print(f"| {n:,} × {m} | {check_s:.2f} s | {kind.upper()} | {size:.1f} MB | {secs:.2f} s ({secs / max(check_s, 0.01):.1f}× check) | {mb:.0f} MB | {same} |")


def xlsx(path, rows, cell, shared=None):
    z = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{rel}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    with z.open("xl/worksheets/sheet1.xml", "w") as f:
        f.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for r in range(rows):
            f.write(("<row>" + cell(r) + "</row>").encode())
        f.write(b"</sheetData></worksheet>")
    with z.open("xl/sharedStrings.xml", "w") as f:
        f.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        for _ in range(shared or 0):
            f.write(b"<si><t>x</t></si>")
        f.write(b"</sst>")
    z.close()


def ods(path, body):
    z = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S">' + body + "</table:table></office:spreadsheet></office:body></office:document-content>")
    z.close()


def worst_cases():
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    p = lambda name: os.path.join(DIR, name)
    with open(p("long.csv"), "w") as f:  # 599,999 values, each its own observation
        f.write("Code,Title,Period,Value,Target,Unit,Polarity\n")
        for i in range(599_999):
            f.write(f"I{i // 40},T{i // 40},{months[i % 12]} {2000 + (i % 40) // 12},{i % 97},50,number,higher\n")
    with open(p("bad-periods.csv"), "w") as f:  # 599,999 rows, each a problem to report
        f.write("Code,Period,Value\n")
        for i in range(599_999):
            f.write(f"I{i},2000-Q{i % 4 + 1},{i % 97}\n")
    with open(p("wide.csv"), "w") as f:  # 7,000,000 cells: 304,347 rows of 23
        for i in range(304_347):
            f.write(",".join(f"v{(i + c) % 1000}" for c in range(23)) + "\n")
    with open(p("blank-lines.csv"), "w") as f:
        f.write("a,b\n" + "\n" * 700_000)
    xlsx(p("numbers.xlsx"), 583_333, lambda r: "<c><v>1</v></c>" * 12)  # 6,999,996 cells
    xlsx(p("shared-text.xlsx"), 1, lambda r: '<c t="s"><v>0</v></c>', shared=3_900_000)  # 63 MB of strings
    ods(p("repeated.ods"), '<table:table-row table:number-rows-repeated="427"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>abcdefghijklmnopqrstuvwxyz</text:p></table:table-cell></table:table-row>')
    print("| file | what it holds | result | time | peak memory |")
    print("|---|---|---|---|---|")
    for name, what in [
        ("long.csv", "599,999 rows of values, each its own observation"),
        ("bad-periods.csv", "599,999 rows, each a problem to report"),
        ("wide.csv", "7,000,000 cells (304,347 rows × 23)"),
        ("blank-lines.csv", "700,000 empty lines"),
        ("numbers.xlsx", "6,999,996 numbers (583,333 rows × 12)"),
        ("shared-text.xlsx", "3,900,000 shared strings (63 MB unpacked)"),
        ("repeated.ods", "a text cell repeated over 427 rows × 16,384 columns (6,995,968 cells)"),
    ]:
        code, secs, mb, said = timed("import", p(name), "--organisation", "X", "-o", p("out.json"))
        said = said.replace("scorecard: ", "")[:110]
        print(f"| {name} | {what} | exit {code}: {said} | {secs:.2f} s | {mb:.0f} MB |")


round_trips()
print()
worst_cases()
