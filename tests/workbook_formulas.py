"""The formulas in an exported workbook, and which of them ccx did not write.

ccx writes live formulas on purpose (the cash-flow sheet sums the ledger, the summary
computes NPV, IRR, ROI and payback from it). Anything else — a formula made of a
scenario's text, a link, a DDE call — is an injection. A ccx formula uses only the
functions below, refers to at least one cell and only to cells (and to ccx's own sheets by name), and holds no
text but the empty string and the comparisons its own SUMIF/COUNTIF use.
"""

from __future__ import annotations

import html
import io
import re
import zipfile

CCX_FUNCTIONS = frozenset(
    {"SUM", "SUMIF", "SUMPRODUCT", "COUNTIF", "IF", "IFERROR", "ABS", "MAX", "NPV", "IRR"}
)
CCX_SHEETS = ("'Cash flow'!", "'Kasstroom'!")
_CELL = re.compile(r"\$?[A-Z]{1,3}\$?\d+")
_TEXT = re.compile(r'"[^"]*"')
_ALLOWED_TEXT = frozenset({'""', '"<0"', '">0"'})
_FUNCTION = re.compile(r"([A-Z][A-Z0-9.]*)\(")
_LEFT_OVER = re.compile(r"[^0-9A-Z+\-*/^(),.:<>=&\s]")


def formulas(workbook: bytes) -> list[tuple[str, str]]:
    """Every formula (``<f>`` element) in the workbook's sheets: (sheet file, text)."""
    found = []
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                text = archive.read(name).decode("utf-8")
                for formula in re.findall(r"<f(?: [^>]*)?>(.*?)</f>", text, flags=re.S):
                    found.append((name, html.unescape(formula)))
    return found


def is_ccx_formula(formula: str) -> bool:
    """Whether ``formula`` is one ccx writes (see the module's doc).

    >>> is_ccx_formula("IFERROR((1+IRR(B2:B62,0.01))^12-1,\\"\\")")
    True
    >>> is_ccx_formula("SUM('Cash flow'!C5:C17)")
    True
    >>> is_ccx_formula('HYPERLINK("http://x","click")')
    False
    >>> is_ccx_formula("cmd|' /C calc'!A0")
    False
    >>> is_ccx_formula("1+1")
    False
    """
    rest = formula
    for sheet in CCX_SHEETS:
        rest = rest.replace(sheet, "")
    texts = _TEXT.findall(rest)
    if any(text not in _ALLOWED_TEXT for text in texts):
        return False
    rest = _TEXT.sub("0", rest)
    if any(name not in CCX_FUNCTIONS for name in _FUNCTION.findall(rest)):
        return False
    rest = _FUNCTION.sub("(", rest)
    if not _CELL.search(rest):  # "=1+1" from a name: ccx computes from cells
        return False
    rest = _CELL.sub("0", rest)
    # What is left is numbers and operators; a name, a quote, a bar or a "!" is not ours.
    return not _LEFT_OVER.search(rest) and not re.search(r"[A-Z]", rest)


def foreign_formulas(workbook: bytes) -> list[str]:
    """The formulas ccx did not write, as ``sheet file: text``."""
    return [f"{name}: {text}" for name, text in formulas(workbook) if not is_ccx_formula(text)]
