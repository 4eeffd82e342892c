"""A customer base saved as an Excel workbook (.xlsx): its first sheet as the CSV text
``customer_file`` reads, in memory.

Cells are written as a reader of the sheet sees them: dates (and date-times) as
``yyyy-mm-dd``, numbers with a decimal point and no thousands separator, yes/no and
text as they are; an empty cell stays empty. The header is the first non-empty row.
Rows keep their spreadsheet numbers: blank rows above the header are dropped, so the
CSV's row 1 is the header, and a problem is named by the CSV's row (the sheet's row
minus the blank rows above the header; the message says which sheet was read).

openpyxl reads the workbook in read-only mode (streamed, not loaded as a whole); it
is imported only when a workbook is opened.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

from .problems import InputError, Problem

ZIP_MAGIC = b"PK\x03\x04"  # an .xlsx is a zip archive
# openpyxl reads some 30,000 rows a second here, holding the session's thread: larger
# lists go as CSV, which reads a million transactions in under a second.
MAX_WORKBOOK_ROWS = 300_000


def is_workbook(data: bytes) -> bool:
    """Whether ``data`` looks like an .xlsx workbook (a zip archive with a workbook).

    >>> is_workbook(b"customer_id,date,amount\\n"), is_workbook(b"PK\\x03\\x04 not a zip")
    (False, False)
    """
    if not data.startswith(ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() else repr(value)
    return str(value)


def workbook_as_csv(data: bytes) -> bytes:
    """The first sheet of an .xlsx as comma-separated UTF-8 text (InputError if unreadable)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InputError(
            [Problem.rule("(file)", "customers.bad_workbook", reason=str(exc))]
        ) from None
    try:
        sheet = book.worksheets[0]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        width = 0  # the header's columns: cells right of its last name are not read
        rows = 0
        for row in sheet.iter_rows(values_only=True):
            cells = [_cell(value) for value in row]
            if not width:
                named = [i for i, cell in enumerate(cells) if cell.strip()]
                if not named:
                    continue  # blank rows above the header
                width = named[-1] + 1
            cells = (cells + [""] * width)[:width]
            if any(cell.strip() for cell in cells):
                writer.writerow(cells)
                rows += 1
                if rows > MAX_WORKBOOK_ROWS:
                    raise InputError(
                        [
                            Problem.rule(
                                "(file)", "customers.workbook_too_long", rows=MAX_WORKBOOK_ROWS
                            )
                        ]
                    )
    finally:
        book.close()
    return out.getvalue().encode("utf-8")


def customer_bytes(data: bytes) -> bytes:
    """CSV bytes as they came, or the first sheet of a workbook as CSV (a zip archive
    that is no workbook, e.g. one cut off in the upload, is refused as a workbook)."""
    return workbook_as_csv(data) if data.startswith(ZIP_MAGIC) else data
