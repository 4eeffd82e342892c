"""Editing points of issue 13: a new investment row starts named."""

TEXTS = {
    "bc.new_investment": ("New investment", "Nieuwe investering"),
}
