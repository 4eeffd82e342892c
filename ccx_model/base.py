"""The base of every input model: frozen, strict, finite; text without control characters.

Text enters ccx from files, forms and CSV uploads, and leaves it in charts (SVG),
slides and spreadsheets, whose formats refuse control characters (a single escape
character once aborted the chart renderer). So text is checked once, here, when a
model is read: :data:`Line` (a name, one line) refuses every control character,
:data:`Paragraph` (a description) allows tabs and line breaks. Renderers escape
text all the same (``ccx_model.text.printable``).

Numbers so close to zero that dividing by them overflows (a subnormal
``2.2e-311`` contacts a month made a cost per contact of infinity) are refused at
the field: any number whose size is below :data:`SMALLEST_NUMBER` must be written
as 0.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, field_validator
from pydantic_core import PydanticCustomError

from .text import first_control_character

#: The smallest size of a number other than 0 any field takes.
SMALLEST_NUMBER = 1e-9


def _checked_text(text: str, allow_line_breaks: bool) -> str:
    found = first_control_character(text, allow_line_breaks)
    if found is None:
        return text
    position, char = found
    raise PydanticCustomError(
        "control_character",
        "contains the control character U+{code} at position {position}; remove it",
        {"code": f"{ord(char):04X}", "position": position + 1},
    )


def _line(text: str) -> str:
    return _checked_text(text, allow_line_breaks=False)


def _paragraph(text: str) -> str:
    return _checked_text(text, allow_line_breaks=True)


#: One line of text: a name, a department, a reason.
Line = Annotated[str, AfterValidator(_line)]
#: Text that may span lines (tabs and line breaks allowed): a description.
Paragraph = Annotated[str, AfterValidator(_paragraph)]


def _numbers(value: Any) -> Iterator[float]:
    if isinstance(value, float):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _numbers(item)


class FrozenModel(BaseModel):
    """Immutable, rejects unknown keys (a typo must not be silently ignored) and NaN/inf."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", validate_default=True, allow_inf_nan=False
    )

    @field_validator("*", mode="after")
    @classmethod
    def _not_tiny(cls, value: Any) -> Any:
        for number in _numbers(value):
            if number != 0.0 and abs(number) < SMALLEST_NUMBER:
                raise PydanticCustomError(
                    "tiny_number",
                    "{value} is too close to 0 to compute with: write 0, or a number of at "
                    "least {smallest}",
                    {"value": number, "smallest": SMALLEST_NUMBER},
                )
        return value
