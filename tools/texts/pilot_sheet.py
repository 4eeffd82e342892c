"""The workbook's Pilot sheet (issue 14)."""

TEXTS = {
    "xlsx.sheet.pilot": ("Pilot and targeting", "Pilot en doelgroep"),
    "xlsx.pilot.lift": ("Lift", "Lift"),
    "xlsx.pilot.low": ("Interval, low", "Interval, laag"),
    "xlsx.pilot.high": ("Interval, high", "Interval, hoog"),
    "xlsx.pilot.measured": ("Measured", "Gemeten"),
}
