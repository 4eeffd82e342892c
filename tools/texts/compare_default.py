"""The name of a scenario's starting centre when it is the comparison's baseline."""

TEXTS = {
    "compare.starting_centre": (
        "{scenario} (starting centre)",
        "{scenario} (uitgangssituatie)",
    ),
}
