"""Read a customer base from a CSV export: transactions or one row per customer.

Two layouts are accepted (column names are matched case-, space- and
punctuation-insensitively against English and Dutch aliases, see ``ALIASES``; a
``columns`` mapping field → header overrides them):

- **transactions**: ``customer_id``, ``date``, ``amount`` — one row per purchase;
- **customers**: ``customer_id``, ``last_purchase``, ``purchases``, ``total_spend``.

Optional in both: ``consent`` (opt-in: yes/no; empty = no consent), ``segment``
(the company's own grouping, kept as text) and ``response`` (bought after an
earlier offer: yes/no; empty = never offered). In a transaction file the latest
row of a customer (by date, then by position) gives consent and segment, and a
customer responded when any row says so. Other columns are never read.

The file is personal data: it is read from bytes in memory, never written to disk
or logs, and only aggregates leave ``ccx_model.rfm``. Rows are numbered as a
spreadsheet shows them: the header is row 1. Every unreadable cell is reported
with its row and column (the first 20, then a count), nothing is guessed.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from .csv_values import DecimalMark
from .customer_values import Collector, parse_columns
from .customer_workbook import customer_bytes
from .problems import InputError, Problem

Layout = Literal["transactions", "customers"]
REQUIRED: dict[Layout, tuple[str, ...]] = {
    "transactions": ("customer_id", "date", "amount"),
    "customers": ("customer_id", "last_purchase", "purchases", "total_spend"),
}
OPTIONAL = ("consent", "segment", "response")
FIELDS = ("customer_id", "date", "amount", "last_purchase", "purchases", "total_spend", *OPTIONAL)
# Normalised header names (``normalise``) read as each field, English and Dutch.
_ALIAS_TEXT = {
    "customer_id": "customerid customer customerno customernumber customernr clientid client "
    "clientnumber accountid klantid klantnummer klantnr klant relatienummer relatienr relatie "
    "debiteurnummer id",
    "date": "date orderdate purchasedate transactiondate invoicedate datum orderdatum "
    "aankoopdatum transactiedatum factuurdatum besteldatum",
    "amount": "amount amounteur value revenue sales spend price ordervalue bedrag bedrageur omzet "
    "waarde orderwaarde orderbedrag prijs",
    "last_purchase": "lastpurchase lastpurchasedate lastorder lastorderdate laatsteaankoop "
    "laatsteaankoopdatum datumlaatsteaankoop laatsteorder laatsteorderdatum laatstebestelling",
    "purchases": "purchases frequency numberofpurchases orders numberoforders ordercount "
    "purchasecount aantalaankopen aantalorders aantalbestellingen aankopen frequentie",
    "total_spend": "totalspend monetary totalamount totalrevenue totalsales totalvalue "
    "totaalbesteed totalebesteding totaalbedrag totaleomzet omzettotaal besteding totaleuitgaven",
    "consent": "consent optin permission marketingconsent contactconsent toestemming akkoord "
    "marketingtoestemming contacttoestemming",
    "segment": "segment group customersegment klantsegment groep doelgroep",
    "response": "response pastresponse responded boughtafteroffer converted respons reactie "
    "gekocht gereageerd eerdererespons conversie gekochtnaaanbod",
}
ALIASES: dict[str, tuple[str, ...]] = {f: tuple(t.split()) for f, t in _ALIAS_TEXT.items()}
MAX_BYTES = 512 * 1024 * 1024


def normalise(header: str) -> str:
    """A header as compared with the aliases: lower case, letters and digits only.

    >>> normalise(" Klant-nummer "), normalise("Last purchase (date)")
    ('klantnummer', 'lastpurchasedate')
    """
    return re.sub(r"[^0-9a-z]", "", header.strip().lower())


@dataclass(frozen=True)
class CustomerFile:
    """The file's cells that matter, parsed: one row per data row kept.

    ``rows`` holds typed columns: ``customer`` (code into ``customer_ids``), ``day``
    (days since 1970-01-01 of the purchase or last purchase), ``amount`` (EUR) and,
    for the customers layout, ``purchases``; where present ``consent`` and
    ``response`` (1 yes, 0 no, -1 empty) and ``segment``; ``row`` is the
    spreadsheet row number.
    """

    layout: Layout
    rows: pd.DataFrame
    customer_ids: pd.Series
    columns: Mapping[str, str]
    separator: str
    decimal: DecimalMark
    date_format: str

    @property
    def optional(self) -> tuple[str, ...]:
        return tuple(name for name in OPTIONAL if name in self.columns)


def _decode(data: bytes) -> bytes:
    """UTF-8 without a byte-order mark; UTF-16 and Windows-1252 (Excel's "CSV") converted.
    A file with NUL bytes (an image, a program, an old .xls) is no text: refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16").encode("utf-8")
    if b"\x00" in data[:65_536]:
        raise InputError([Problem.rule("(file)", "customers.not_text")])
    data = data.removeprefix(b"\xef\xbb\xbf")
    if b"\n" not in data and b"\r" in data:  # old Mac line ends: CR alone
        data = data.replace(b"\r", b"\n")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace").encode("utf-8")
    return data


def _separator(header_line: str) -> str:
    """The separator the header uses most (outside quotes); ',' for a single column."""
    unquoted = re.sub(r'"[^"]*"', "", header_line)
    counts = {sep: unquoted.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def file_header(data: bytes) -> list[str]:
    """The column names of a customer file's first line (for mapping them by hand).

    >>> file_header(b"klant;datum;bedrag\\n1;2;3\\n")
    ['klant', 'datum', 'bedrag']
    """
    data = customer_bytes(data)
    first_line = _decode(data[:65_536]).split(b"\n", 1)[0].decode("utf-8", "replace")
    first_line = first_line.rstrip("\r")
    if not first_line.strip():
        return []
    return _header(first_line)


def file_preview(data: bytes, rows: int = 5) -> list[list[str]]:
    """The first ``rows`` data rows as text cells, for the reader to check the columns.

    >>> file_preview(b"klant;bedrag\\n1;2,50\\n2;3\\n", 1)
    [['1', '2,50']]
    """
    text = _decode(customer_bytes(data)[:262_144]).decode("utf-8", "replace")
    lines = text.splitlines()[: rows + 1]
    if not lines:
        return []
    separator = _separator(lines[0])
    try:
        return [row for row in csv.reader(lines[1:], delimiter=separator)]
    except csv.Error:
        return []


def _header(first_line: str) -> list[str]:
    """The first line's names; a line that is no text (a binary file) is refused."""
    try:
        return next(csv.reader([first_line], delimiter=_separator(first_line)))
    except csv.Error:
        raise InputError([Problem.rule("(file)", "customers.not_text")]) from None


def _match_columns(header: list[str], columns: Mapping[str, str] | None) -> dict[str, int]:
    """Field → position in the header; raises InputError for a bad mapping or a clash."""
    problems: list[Problem] = []
    found = ", ".join(header)
    positions: dict[str, int] = {}
    for field, name in (columns or {}).items():
        if field not in FIELDS:
            problems.append(
                Problem.rule(field, "customers.unknown_field", field, allowed=", ".join(FIELDS))
            )
        elif name not in header:
            problems.append(
                Problem.rule(
                    field, "customers.mapped_column_missing", name, column=name, found=found
                )
            )
        else:
            positions[field] = header.index(name)
    if problems:
        raise InputError(problems)
    taken = set(positions.values())
    for field in FIELDS:
        if field in positions:
            continue
        hits = [
            i
            for i, name in enumerate(header)
            if i not in taken and normalise(name) in (field, *ALIASES[field])
        ]
        if len(hits) > 1:
            problems.append(
                Problem.rule(
                    field,
                    "customers.ambiguous_column",
                    first=header[hits[0]],
                    second=header[hits[1]],
                    target=field,
                )
            )
        elif hits:
            positions[field] = hits[0]
            taken.add(hits[0])
    if problems:
        raise InputError(problems)
    return positions


def _layout(positions: Mapping[str, int], header: list[str]) -> Layout:
    layouts: tuple[Layout, ...] = ("transactions", "customers")
    for layout in layouts:
        if all(field in positions for field in REQUIRED[layout]):
            return layout
    raise InputError(
        [
            Problem.rule(
                "(file)",
                "customers.missing_columns",
                transactions=", ".join(REQUIRED["transactions"]),
                customers=", ".join(REQUIRED["customers"]),
                found=", ".join(header) or "-",
            )
        ]
    )


def _read_cells(
    data: bytes, separator: str, width: int, wanted: Mapping[str, int], problems: Collector
) -> tuple[pd.DataFrame, npt.NDArray[np.int64]]:
    """The wanted columns as text and their spreadsheet row numbers; a row of the wrong
    width is left out and reported."""
    names = [f"c{i}" for i in range(width)]
    keep = {field: names[i] for field, i in wanted.items()}
    wrong: list[tuple[int, int]] = []

    def handler(row: Any) -> str:
        wrong.append((int(row.number or 0), int(row.actual_columns)))
        return "skip"

    try:
        table = _arrow_csv(data, separator, names, keep, handler)
    except pa.ArrowInvalid as exc:
        problems.add(Problem.rule("(file)", "customers.not_csv", reason=str(exc)[:200]))
        return pd.DataFrame({field: pd.Series([], dtype="str") for field in keep}), np.zeros(
            0, dtype=np.int64
        )
    text = pd.StringDtype("pyarrow", na_value=np.nan)
    frame = table.to_pandas(types_mapper={pa.string(): text}.get)
    cells = pd.DataFrame({field: frame[name] for field, name in keep.items()})
    skipped = np.asarray(sorted(number for number, _ in wrong), dtype=np.int64)
    all_rows = np.arange(2, 2 + len(cells) + len(skipped), dtype=np.int64)
    row_numbers = np.setdiff1d(all_rows, skipped, assume_unique=True)
    for number, count in sorted(wrong):
        problems.add(
            Problem.rule(
                f"row {number}", "customers.row_width", row=number, cells=count, expected=width
            )
        )
    return cells, row_numbers


def _arrow_csv(
    data: bytes,
    separator: str,
    names: list[str],
    keep: Mapping[str, str],
    handler: Callable[[Any], str],
) -> pa.Table:
    return pacsv.read_csv(
        io.BytesIO(data),
        read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, use_threads=False),
        parse_options=pacsv.ParseOptions(
            delimiter=separator,
            invalid_row_handler=handler,
            ignore_empty_lines=False,
            newlines_in_values=True,
        ),
        convert_options=pacsv.ConvertOptions(
            include_columns=sorted(set(keep.values())),
            column_types=dict.fromkeys(keep.values(), pa.string()),
            strings_can_be_null=False,
            quoted_strings_can_be_null=False,
        ),
    )


def read_customer_file(
    data: bytes,
    columns: Mapping[str, str] | None = None,
    decimal: DecimalMark | None = None,
    date_format: str | None = None,
) -> CustomerFile:
    """Parse a customer export; raises InputError naming every problem (row and column).

    ``columns`` maps a field (``FIELDS``) to the header it is under; ``decimal`` and
    ``date_format`` (``%d-%m-%Y`` …) override what is detected.

    >>> f = read_customer_file(b"klantnummer;datum;bedrag\\n7;31-12-2024;1.234,50\\n")
    >>> f.layout, f.separator, f.decimal, f.rows["amount"].tolist()
    ('transactions', ';', ',', [1234.5])
    """
    if len(data) > MAX_BYTES:
        raise InputError([Problem.rule("(file)", "file.too_large", kb=MAX_BYTES // 1024)])
    data = _decode(customer_bytes(data))
    first_line = data.split(b"\n", 1)[0].decode("utf-8").rstrip("\r")
    if not first_line.strip():
        raise InputError([Problem.rule("(file)", "csv.empty")])
    separator = _separator(first_line)
    header = _header(first_line)
    positions = _match_columns(header, columns)
    layout = _layout(positions, header)
    wanted = {f: i for f, i in positions.items() if f in REQUIRED[layout] or f in OPTIONAL}
    problems = Collector()
    cells, row_numbers = _read_cells(data, separator, len(header), wanted, problems)
    shown = {field: header[i] for field, i in wanted.items()}
    nonblank = (cells.apply(lambda column: column.str.strip()) != "").any(axis=1).to_numpy()
    cells, row_numbers = cells[nonblank].reset_index(drop=True), row_numbers[nonblank]
    if cells.empty:
        problems.add(Problem.rule("(file)", "csv.no_rows"))
        raise InputError(problems.listed())
    parsed = parse_columns(cells, row_numbers, shown, separator, decimal, date_format, problems)
    if problems.total:
        raise InputError(problems.listed())
    return CustomerFile(
        layout=layout,
        rows=parsed.rows,
        customer_ids=parsed.customer_ids,
        columns=shown,
        separator=separator,
        decimal=parsed.decimal,
        date_format=parsed.date_format,
    )
