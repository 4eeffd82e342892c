"""Text safe for every renderer: control characters found, and escaped for output.

XML (SVG, PowerPoint, Excel) has no place for most control characters; a terminal
obeys them; a spreadsheet runs a cell that starts with ``=``. Models refuse control
characters on the way in (``base.Line``/``base.Paragraph``); the helpers here make
any text safe on the way out, whatever let it in.
"""

from __future__ import annotations

import re

# C0 controls but tab, line feed and carriage return; DEL; C1 controls; the two
# non-characters XML forbids; lone surrogates (never valid text).
_UNSAFE_ALWAYS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff"
_UNSAFE = re.compile(f"[{_UNSAFE_ALWAYS}]")
_UNSAFE_IN_LINE = re.compile(f"[{_UNSAFE_ALWAYS}\t\n\r\u2028\u2029]")
# A spreadsheet reads a cell that starts with one of these as a formula (OWASP,
# "CSV Injection"); a tab or carriage return in front can hide it.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
REPLACEMENT = "\ufffd"


def first_control_character(text: str, allow_line_breaks: bool = False) -> tuple[int, str] | None:
    """Position and character of the first control character, or None.

    >>> first_control_character("Pilot \\x1b[31m red")
    (6, '\\x1b')
    >>> first_control_character("two\\nlines", allow_line_breaks=True) is None
    True
    """
    found = (_UNSAFE if allow_line_breaks else _UNSAFE_IN_LINE).search(text)
    return None if found is None else (found.start(), found.group())


def printable(text: str) -> str:
    """``text`` with every character an XML renderer refuses replaced by U+FFFD.

    Tabs and line breaks stay (renderers take them).

    >>> printable("Ctrl\\x01x\\tand\\nmore")
    'Ctrl\\ufffdx\\tand\\nmore'
    """
    return _UNSAFE.sub(REPLACEMENT, text)


def spreadsheet_text(text: str) -> str:
    """Text a spreadsheet shows as text: a leading ``= + - @``, tab or carriage
    return is preceded by a single quote (OWASP's advice against CSV injection), and
    control characters are replaced (``printable``).

    >>> spreadsheet_text('=HYPERLINK("http://x","click")')
    '\\'=HYPERLINK("http://x","click")'
    >>> spreadsheet_text("Billing")
    'Billing'
    """
    text = printable(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def from_spreadsheet_text(text: str) -> str:
    """Undo :func:`spreadsheet_text`'s quote, so text read back is text written.

    >>> from_spreadsheet_text("'=1+1"), from_spreadsheet_text("'quoted")
    ('=1+1', "'quoted")
    """
    if text.startswith("'") and text[1:].startswith(_FORMULA_START):
        return text[1:]
    return text
