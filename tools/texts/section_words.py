"""The pilot and targeting sections in Compare's and the panel's 'what changed' (issue 14)."""

TEXTS = {
    "words.pilot_summary": (
        "{share} of the calls for {weeks} weeks, {criteria} criteria",
        "{share} van de gesprekken, {weeks} weken, {criteria} criteria",
    ),
    "words.no_results": ("no results", "geen resultaten"),
    "words.weeks_of_results": ("{weeks} weeks of results", "{weeks} weken resultaten"),
    "words.week_result": (
        "week {week}: {sales} sales from {offers} offers",
        "week {week}: {sales} verkopen uit {offers} aanbiedingen",
    ),
}
