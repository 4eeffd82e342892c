"""The native chart renderer runs in a child process: its crash costs one chart, never the
process that asked (the app's server, the command line)."""

from __future__ import annotations

import json

import pytest

from ccx_export import renderer
from ccx_export.render_worker import OK

# A bar chart whose category name holds an escape character: vl-convert panics on
# such text and the panic aborts the process it runs in.
POISON = {
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "data": {"values": [{"a": "x\x1by", "b": 1}]},
    "mark": "bar",
    "encoding": {
        "x": {"field": "a", "type": "nominal"},
        "y": {"field": "b", "type": "quantitative"},
    },
}


def test_a_crash_in_the_renderer_is_a_message_and_the_next_chart_renders() -> None:
    worker = renderer.renderer()
    vega = renderer.vegalite_to_vega(POISON)  # cleaned on the way: compiles
    crashes = worker.crashes
    with pytest.raises(renderer.RenderError, match="stopped"):
        worker.call("vega_to_svg", poisoned(vega), 1.0, clean_text=False)
    # This process is alive; the next chart starts a new child and renders.
    svg = renderer.vega_to_svg(vega)
    assert svg.startswith("<svg")
    assert worker.crashes == crashes + 1


def poisoned(vega: dict) -> dict:  # type: ignore[type-arg]
    """The compiled spec with the escape character put back (cleaning made it U+FFFD)."""
    return json.loads(json.dumps(vega).replace("\\ufffd", "\\u001b"))


def test_the_same_chart_cleaned_renders_with_a_replacement_character() -> None:
    svg = renderer.vega_to_svg(renderer.vegalite_to_vega(POISON))
    assert "\x1b" not in svg
    assert "x\ufffdy" in svg


def test_a_spec_the_renderer_refuses_is_a_message_not_a_crash() -> None:
    with pytest.raises(renderer.RenderError, match="refused"):
        renderer.vega_to_png({"marks": "not a list"}, 1.0)
    assert renderer.vega_to_svg(renderer.vegalite_to_vega(POISON)).startswith("<svg")


def test_ok_status_is_one_byte() -> None:
    assert len(OK) == 1
