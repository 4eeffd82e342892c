"""Charts for slides: one 16:9 look, rendered offline to PNG and SVG with vl-convert.

The app and the exports draw the very same chart (one builder in ``ccx_charts``);
:func:`slides_chart` puts the slides look on top of it — a 960×540 design with large
fonts, the accent colour, the subtitle and a source footnote — and :func:`chart_png` /
:func:`chart_svg` render it. A PNG is 1920×1080 pixels: the design at scale 2.

The footnote sits below everything else, under the axes and legends. Vega-Lite gives a
view one title, so :func:`slides_chart` keeps the footnote in the spec's ``usermeta``
and the renderer adds it in the compiled Vega spec as the bottom title of an outer group.

Single and layered views fit the canvas exactly with ``autosize: fit``. Vega-Lite
cannot fit a concatenation, so the renderer measures its layout once, resizes the
panels by the difference and pads the remaining pixel or two: the canvas is exactly
the slide all the same.

The converter is native code that a bad input can crash: every call goes through
:mod:`ccx_export.renderer`, which runs it in a child process of its own, one call at
a time, with every text made printable first.
"""

from __future__ import annotations

import copy
import json
import re
import textwrap
from functools import lru_cache
from typing import Any, ClassVar

from ccx_charts.theme import ACCENT, FONT, PALETTE, AnyChart

from . import renderer

SLIDE_WIDTH = 1920
SLIDE_HEIGHT = 1080
#: The design is laid out at half the slide's pixels and rendered at scale 2, so fonts
#: and strokes are crisp and their sizes read like points on a 960×540 slide.
DESIGN_SCALE = 2
DESIGN_WIDTH = SLIDE_WIDTH // DESIGN_SCALE
DESIGN_HEIGHT = SLIDE_HEIGHT // DESIGN_SCALE
MARGIN = {"left": 24, "top": 20, "right": 28, "bottom": 14}

TITLE_SIZE, SUBTITLE_SIZE, LABEL_SIZE, FOOTNOTE_SIZE = 26, 16, 14, 12
PANEL_TITLE_SIZE = 17
INK, MUTED = "#1f1f1f", "#595959"
# The app's light fill under the cash-flow curve: the accent at 20 % on white.
APP_TINT = "#cfe7dc"
TINT_SHARE = 0.2

_CONCAT = ("hconcat", "vconcat", "concat")
_USERMETA = "ccx_slides"


def slides_chart(
    chart: AnyChart,
    *,
    subtitle: str | None = None,
    footnote: str,
    accent: str = ACCENT,
) -> AnyChart:
    """A copy of ``chart`` configured for a 16:9 slide (the original is left alone).

    Sets a 960×540 design size (a view drawn ``width="container"`` gets a fixed width),
    the slides fonts, the ``accent`` colour in place of the app's, long titles wrapped,
    ``subtitle`` (if given) in place of the chart's own, and ``footnote`` — the source
    and assumptions — under the chart. Render it with :func:`chart_png` or
    :func:`chart_svg`.

    >>> import altair as alt
    >>> import pandas as pd
    >>> bars = alt.Chart(pd.DataFrame({"x": [1]})).mark_bar().encode(x="x:Q")
    >>> slide = slides_chart(bars, footnote="Source: ccx")
    >>> slide.width, slide.height
    (960, 540)
    """
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", accent):
        raise ValueError(f"accent must be a colour like #0B6E4F, not {accent!r}")
    accent = accent.lower()
    spec = chart.to_dict(validate=False)
    spec = _recoloured(spec, accent)
    spec["config"] = _merged(spec.get("config", {}), _slides_config(accent))
    spec.pop("$schema", None)
    _retitle(spec, subtitle)
    if any(key in spec for key in _CONCAT):
        _size_panels(spec)
    else:
        _size_view(spec)
    spec["padding"] = dict(MARGIN)
    spec["usermeta"] = {**spec.get("usermeta", {}), _USERMETA: {"footnote": _wrap(footnote, 150)}}
    datasets = spec.pop("datasets", None)
    slide = type(chart).from_dict(spec, validate=False)
    if datasets is not None:
        slide.datasets = {name: _Rows(rows) for name, rows in datasets.items()}
    return slide


class _Rows:
    """A dataset's rows, handed to Vega-Lite as they are (Altair's ``SchemaLike``).

    Parsed back as plain lists, Altair would copy every row each time the chart
    becomes a spec: a tenth of a second for the week's intervals.
    """

    _schema: ClassVar[dict[str, str]] = {"type": "array"}

    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows

    def to_dict(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self.rows


def chart_png(chart: AnyChart, scale: float = DESIGN_SCALE) -> bytes:
    """The chart as PNG bytes; a :func:`slides_chart` at the default scale is 1920×1080.

    Equal charts render once: the result is cached on the chart's JSON spec.
    """
    return _png(_spec_json(chart), float(scale))


def chart_svg(chart: AnyChart) -> str:
    """The chart as SVG text; a :func:`slides_chart` is 960×540 user units (16:9)."""
    return _svg(_spec_json(chart))


def _spec_json(chart: AnyChart) -> str:
    return json.dumps(chart.to_dict(validate=False), sort_keys=True)


@lru_cache(maxsize=32)
def _png(spec_json: str, scale: float) -> bytes:
    return renderer.vega_to_png(_vega(spec_json), scale)


@lru_cache(maxsize=32)
def _svg(spec_json: str) -> str:
    return renderer.vega_to_svg(_vega(spec_json))


@lru_cache(maxsize=32)
def _vega(spec_json: str) -> dict[str, Any]:
    """The Vega spec to render: compiled, with its footnote, sized to the slide."""
    spec = json.loads(spec_json)
    meta = spec.get("usermeta", {}).get(_USERMETA)
    if meta is None:  # not a slides chart: render it as it is
        return _compile(spec)
    footnote = meta["footnote"]
    if not any(key in spec for key in _CONCAT):
        return _with_footnote(_compile(spec), footnote)
    return _fitted_panels(spec, footnote)


def _compile(spec: dict[str, Any]) -> dict[str, Any]:
    return renderer.vegalite_to_vega(spec)


def _canvas(vega: dict[str, Any]) -> tuple[float, float, float, float]:
    """Width, height and origin of the rendered canvas (a layout pass, no drawing)."""
    scene = renderer.vega_to_scenegraph(vega)
    x, y = scene["origin"]
    return float(scene["width"]), float(scene["height"]), float(x), float(y)


# -- The slides look ------------------------------------------------------------------


def _slides_config(accent: str) -> dict[str, Any]:
    guide = {"labelFontSize": LABEL_SIZE, "titleFontSize": LABEL_SIZE, "labelColor": INK}
    return {
        "font": FONT,
        "background": "white",
        "view": {"stroke": None},
        "title": {
            "fontSize": TITLE_SIZE,
            "subtitleFontSize": SUBTITLE_SIZE,
            "subtitleColor": MUTED,
            "subtitlePadding": 6,
            "anchor": "start",
            "color": INK,
            "offset": 14,
        },
        "axis": {
            **guide,
            "titleColor": INK,
            "titleFontWeight": "normal",
            "titlePadding": 10,
            "labelPadding": 6,
        },
        "legend": {
            **guide,
            "titleColor": INK,
            "symbolSize": 160,
            "symbolStrokeWidth": 3,
            "columnPadding": 24,
            "labelLimit": 420,
            # Wrap a long legend under the chart instead of running off the slide.
            "columns": 4,
            "offset": 16,
        },
        "header": {"labelFontSize": LABEL_SIZE, "titleFontSize": LABEL_SIZE},
        "text": {"fontSize": LABEL_SIZE},
        "line": {"strokeWidth": 3},
        "point": {"size": 70},
        "bar": {"color": accent},
        "area": {"color": accent},
    }


def _recoloured(spec: dict[str, Any], accent: str) -> dict[str, Any]:
    """The spec with the app's accent (and its light tint) replaced by ``accent``'s."""
    swap = {ACCENT.lower(): accent, APP_TINT: _tint(accent, TINT_SHARE)}

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if node.get("point") is True and node.get("type") in ("line", "area"):
                # The points on a line take its colour (Vega-Lite gives them its own blue).
                node = {**node, "point": {"color": node.get("color", ACCENT), "filled": True}}
            return {key: walk(value) for key, value in node.items() if key != "datasets"}
        if isinstance(node, list):
            return [walk(item) for item in node]
        if isinstance(node, str):
            return swap.get(node.lower(), node)
        return node

    recoloured: dict[str, Any] = walk(spec)
    if "datasets" in spec:  # data is data: never recoloured
        recoloured["datasets"] = spec["datasets"]
    ranges = recoloured.setdefault("config", {}).setdefault("range", {})
    ranges["category"] = [accent, *ranges.get("category", PALETTE)[1:]]
    return recoloured


def _tint(colour: str, share: float) -> str:
    """``colour`` mixed with white, ``share`` of the colour (``#rrggbb`` in and out).

    >>> _tint("#0B6E4F", 0.2)
    '#cee2dc'
    """
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * share) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def _merged(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``top`` laid over it, nested dicts merged (neither is changed)."""
    merged = copy.deepcopy(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merged(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _wrap(text: str | list[str], width: int) -> list[str]:
    lines = [text] if isinstance(text, str) else list(text)
    return [part for line in lines for part in (textwrap.wrap(line, width) or [""])]


def _retitle(spec: dict[str, Any], subtitle: str | None) -> None:
    """Wrap long titles and subtitles to the slide; put ``subtitle`` in if given."""
    title = spec.get("title")
    if title is None and subtitle is None:
        return
    title = {"text": title} if isinstance(title, str | list) else dict(title or {"text": ""})
    if subtitle is not None:
        title["subtitle"] = subtitle
    # Characters per line: the design width over an average glyph (about half an em).
    title["text"] = _wrap(title.get("text", ""), 62)
    if title.get("subtitle"):
        title["subtitle"] = _wrap(title["subtitle"], 100)
    spec["title"] = title


# -- Sizing ---------------------------------------------------------------------------

_FIT = {"type": "fit", "contains": "padding"}


def _size_view(spec: dict[str, Any]) -> None:
    """A single or layered view: fill the design size exactly, axes and titles included."""
    spec["width"], spec["height"] = DESIGN_WIDTH, DESIGN_HEIGHT
    spec["autosize"] = dict(_FIT)
    for layer in _layers(spec):
        layer.pop("width", None)
        layer.pop("height", None)


def _layers(spec: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for layer in spec.get("layer", []):
        found.append(layer)
        found.extend(_layers(layer))
    return found


def _size_panels(spec: dict[str, Any]) -> None:
    """A first guess at panel sizes for a concatenation; the renderer corrects it."""
    spec["autosize"] = {"type": "pad"}
    _scale_panels(spec, DESIGN_WIDTH * 0.8, DESIGN_HEIGHT * 0.65)


def _scale_panels(node: dict[str, Any], width: float, height: float) -> None:
    """Share ``width`` × ``height`` of plot area among the panels of a concatenation."""
    for key in _CONCAT:
        if key not in node:
            continue
        panels = node[key]
        count = len(panels)
        for panel in panels:
            panel_width = width / count if key != "vconcat" else width
            panel_height = height / count if key == "vconcat" else height
            if any(k in panel for k in _CONCAT):
                _scale_panels(panel, panel_width, panel_height)
                continue
            panel["width"] = max(int(panel_width), 40)
            panel["height"] = max(int(panel_height), 40)
            for layer in _layers(panel):
                layer.pop("width", None)
                layer.pop("height", None)
            _small_multiple(panel, panel_width)


def _small_multiple(panel: dict[str, Any], width: float) -> None:
    """A panel's title a size below the chart's, wrapped to the panel; rotated labels
    at 45° so that neighbours on a narrow panel do not touch."""
    title = panel.get("title")
    if title is not None:
        title = {"text": title} if isinstance(title, str | list) else dict(title)
        title["text"] = _wrap(title["text"], max(int(width / (PANEL_TITLE_SIZE * 0.55)), 10))
        title["fontSize"] = PANEL_TITLE_SIZE
        panel["title"] = title
    axis = panel.get("encoding", {}).get("x", {}).get("axis")
    if isinstance(axis, dict) and -90 < axis.get("labelAngle", 0) < 0:
        axis["labelAngle"] = -45


def _panel_sizes(node: dict[str, Any]) -> list[dict[str, Any]]:
    panels: list[dict[str, Any]] = []
    for key in _CONCAT:
        for panel in node.get(key, []):
            panels.extend(_panel_sizes(panel) if any(k in panel for k in _CONCAT) else [panel])
    return panels


def _fitted_panels(spec: dict[str, Any], footnote: list[str]) -> dict[str, Any]:
    """A concatenation resized until it fills the design size, then padded to it exactly.

    Axis labels and titles take the same room whatever the panel size, so one
    correction by the measured difference almost always lands; the pixel or two left
    over go into the padding.
    """
    spec = copy.deepcopy(spec)
    kind = next(key for key in _CONCAT if key in spec)
    columns = len(spec[kind]) if kind == "hconcat" else 1
    rows = len(spec[kind]) if kind == "vconcat" else 1
    margin = spec["padding"]
    room_w = DESIGN_WIDTH - margin["left"] - margin["right"]
    room_h = DESIGN_HEIGHT - margin["top"] - margin["bottom"]
    for _ in range(4):
        vega = _with_footnote(_compile(spec), footnote)
        vega["autosize"], vega["padding"] = {"type": "pad"}, 0
        width, height, _, _ = _canvas(vega)
        spare_w, spare_h = room_w - width, room_h - height
        if 0 <= spare_w < 2 * columns and 0 <= spare_h < 2 * rows:
            break
        for panel in _panel_sizes(spec):
            panel["width"] = max(int(panel["width"] + spare_w // columns), 40)
            panel["height"] = max(int(panel["height"] + spare_h // rows), 40)
    # The content at the top left margin; what is left over goes to the right and bottom
    # (never less than nothing: a layout that cannot shrink to the slide stays larger).
    vega["padding"] = {
        "left": margin["left"],
        "top": margin["top"],
        "right": max(DESIGN_WIDTH - margin["left"] - width, 0),
        "bottom": max(DESIGN_HEIGHT - margin["top"] - height, 0),
    }
    return vega


# -- The footnote ---------------------------------------------------------------------

# What a compiled view keeps to itself when it moves into the outer group.
_VIEW_KEYS = ("title", "marks", "axes", "legends", "layout", "encode", "style")


def _with_footnote(vega: dict[str, Any], footnote: list[str]) -> dict[str, Any]:
    """The compiled chart moved into a group, with ``footnote`` as the outer bottom title.

    Vega titles a group once; the outer group's title is free for the footnote, and
    Vega lays it out below the inner group's axes and legends. The inner group takes
    the outer size, so ``autosize: fit`` still fits the whole to the canvas.
    """
    vega = dict(vega)
    view: dict[str, Any] = {"type": "group", "name": "ccx_chart"}
    for key in _VIEW_KEYS:
        if key in vega:
            view[key] = vega.pop(key)
    if "layout" not in view:  # a single or layered view fills the outer size
        update = view.setdefault("encode", {}).setdefault("update", {})
        update["width"] = {"signal": "width"}
        update["height"] = {"signal": "height"}
    vega["marks"] = [view]
    vega["title"] = {
        "text": footnote,
        "orient": "bottom",
        "anchor": "start",
        "frame": "bounds",
        "offset": 14,
        "fontSize": FOOTNOTE_SIZE,
        "fontWeight": "normal",
        "font": FONT,
        "color": MUTED,
        "lineHeight": FOOTNOTE_SIZE + 3,
    }
    return vega
