"""Issue 13's remaining editing point: Streamlit's number inputs write decimals with a
point whatever the language (streamlit/streamlit#5686, open; ``format`` is printf,
``"localized"`` exists only for table columns), so the Dutch form says what it expects."""

TEXTS = {
    "input.decimal_point": (
        "Type decimals with a point, without thousands separators: 75.5 or 330000.",
        "Typ decimalen met een punt, zonder scheidingstekens voor duizendtallen: 75.5 of 330000.",
    ),
}
