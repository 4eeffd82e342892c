"""Slides-ready exports: chart files (PNG, SVG), a PowerPoint board pack, an Excel workbook.

No Streamlit here: the app, the ``ccx export`` command and the tests make the very
same files from the same chart builders.
"""
