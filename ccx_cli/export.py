"""``ccx export``: chart files, a PowerPoint board pack and an Excel workbook."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from ccx_model.i18n import translate

from .output import fail
from .scenarios import open_scenario

EXPORT_FORMATS = ("png", "svg", "pptx", "xlsx")


def run_export(args: argparse.Namespace) -> dict[str, Any]:
    """Write the export files; returns the paths written."""
    formats = {f.strip().lower() for f in str(args.format).split(",") if f.strip()}
    unknown = sorted(formats - set(EXPORT_FORMATS))
    if unknown or not formats:
        fail(
            [
                translate(
                    "cli.export_formats",
                    args.lang,
                    found=", ".join(unknown) or "-",
                    allowed=", ".join(EXPORT_FORMATS),
                )
            ]
        )
    if not re.fullmatch(r"#[0-9A-Fa-f]{6}", str(args.accent)):
        fail([translate("cli.export_accent", args.lang, accent=args.accent)])
    scenario = open_scenario(args.scenario, args.lang)
    compare = [open_scenario(path, args.lang) for path in args.compare]
    baseline = open_scenario(args.baseline, args.lang) if args.baseline else None
    try:
        # Imported here: the exports pull in the chart and office libraries.
        from ccx_export.files import export_scenario_files
    except ImportError as exc:  # pragma: no cover - only without the app's dependencies
        fail([f"exports need the full install (`make install`): {exc}"])
    try:
        written = export_scenario_files(
            scenario,
            formats,
            args.lang,
            Path(args.out),
            compare=compare or None,
            baseline=baseline,
            accent=args.accent,
        )
    except OSError as exc:
        fail(
            [
                translate(
                    "cli.export_failed", args.lang, folder=args.out, reason=exc.strerror or str(exc)
                )
            ]
        )
    return {"written": [str(path) for path in written]}
