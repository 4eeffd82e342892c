"""A chart on a page, with buttons to download it for a slide (PNG 1920×1080, SVG).

The page draws the builder's chart; the files are that very chart in the slides look
(``ccx_export.charts``), with the source footnote. They are made only when a button
is clicked, on Streamlit's download thread: a rerun renders nothing, and an export
holds the converter's lock only while it converts.
"""

from __future__ import annotations

from typing import Literal

import streamlit as st

from ccx_charts.theme import AnyChart
from ccx_export.charts import chart_png, chart_svg, slides_chart
from ccx_model.i18n import t


def chart_with_downloads(
    chart: AnyChart,
    key: str,
    lang: str,
    footnote: str,
    *,
    width: Literal["stretch", "content"] = "stretch",
) -> None:
    """Draw ``chart``, then offer it as ``ccx-{key}.png`` and ``ccx-{key}.svg``.

    ``footnote`` is the source line under the exported chart (see
    ``ccx_export.catalogue.footnote``); ``key`` is unique on the page.
    """
    st.altair_chart(chart, width=width)

    def png() -> bytes:
        return chart_png(slides_chart(chart, footnote=footnote))

    def svg() -> str:
        return chart_svg(slides_chart(chart, footnote=footnote))

    with st.container(horizontal=True, gap="small"):
        st.download_button(
            t("export.png", lang),
            png,
            file_name=f"ccx-{key}.png",
            mime="image/png",
            key=f"download-{key}-png",
            help=t("export.png_help", lang),
            on_click="ignore",
            icon=":material/download:",
            type="tertiary",
        )
        st.download_button(
            t("export.svg", lang),
            svg,
            file_name=f"ccx-{key}.svg",
            mime="image/svg+xml",
            key=f"download-{key}-svg",
            help=t("export.svg_help", lang),
            on_click="ignore",
            icon=":material/download:",
            type="tertiary",
        )
