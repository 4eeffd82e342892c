"""The pilot in words: the page and the board pack (issue 14)."""

TEXTS = {
    "pilot.points": ("{points} pts", "{points} pnt"),
    "pilot.measured": ("{estimate} ({low} to {high})", "{estimate} ({low} tot {high})"),
    "pilot.status.not_measured": ("not yet measured", "nog niet gemeten"),
    "pilot.control.rest_of_centre": ("the rest of the centre", "de rest van het centrum"),
    "pilot.control.held_out": (
        "a held-out {share} of the calls",
        "een apart gehouden {share} van de gesprekken",
    ),
    "pilot.design.calls": (
        "Pilot group: {share} of the calls, for {weeks} weeks; control: {control}.",
        "Pilotgroep: {share} van de gesprekken, {weeks} weken lang; controlegroep: {control}.",
    ),
    "pilot.design.agents": (
        "Pilot group: {share} of the agents, for {weeks} weeks; control: {control}.",
        "Pilotgroep: {share} van de agents, {weeks} weken lang; controlegroep: {control}.",
    ),
    "pilot.size": (
        "To tell a conversion of {target} from {baseline}, each group needs {per_group} "
        "offers: {weeks} weeks at the pilot group's {offers} offers a week.",
        "Om een conversie van {target} te onderscheiden van {baseline} heeft elke groep "
        "{per_group} aanbiedingen nodig: {weeks} weken bij de {offers} aanbiedingen per "
        "week van de pilotgroep.",
    ),
    "pilot.rule": (
        "Rule, fixed before the start: scale up when every criterion is met at {confidence} "
        "confidence; stop as soon as one is missed; otherwise extend.",
        "Regel, vooraf vastgelegd: opschalen als elk criterium met {confidence} "
        "betrouwbaarheid is gehaald; stoppen zodra er één is gemist; anders verlengen.",
    ),
    "pilot.no_actuals": (
        "No results entered yet: each criterion waits for the pilot's weekly figures.",
        "Nog geen resultaten ingevuld: elk criterium wacht op de weekcijfers van de pilot.",
    ),
    "pilot.no_criteria": (
        "No criterion is set as a number, so the pilot cannot decide itself: set them "
        "before it starts.",
        "Er is geen criterium als getal vastgelegd, dus de pilot kan niet zelf beslissen: "
        "leg ze vast voordat hij begint.",
    ),
    "pilot.decision_after": (
        "After {weeks} weeks the rule says: {decision}.",
        "Na {weeks} weken zegt de regel: {decision}.",
    ),
    "pilot.col.criterion": ("Criterion", "Criterium"),
    "pilot.col.threshold": ("Set before the start", "Vooraf vastgelegd"),
    "pilot.col.measured": ("Measured (confidence interval)", "Gemeten (betrouwbaarheidsinterval)"),
    "pilot.col.status": ("Status", "Status"),
    "pilot.also_agreed": ("Also agreed", "Verder afgesproken"),
    "deck.pilot_result": ("The pilot's result: {decision}", "Resultaat van de pilot: {decision}"),
}

TEXTS |= {
    "targeting.lift_entered": ("{lift} (entered)", "{lift} (ingevuld)"),
    "deck.targeting": (
        "Whom we offer to: {segments} customer segments chosen",
        "Aan wie we aanbieden: {segments} gekozen klantsegmenten",
    ),
    "deck.targeting_caption": (
        "{share} of all customers are in a chosen segment and may be offered something; "
        "the case computes with a conversion of {conversion}.",
        "{share} van alle klanten zit in een gekozen segment en mag iets worden "
        "aangeboden; de case rekent met een conversie van {conversion}.",
    ),
    "targeting.col.segment": ("Segment", "Segment"),
    "targeting.col.customers": ("Customers", "Klanten"),
    "targeting.col.share": ("Share of customers", "Aandeel klanten"),
    "targeting.col.consent": ("With consent", "Met toestemming"),
    "targeting.col.lift": ("Lift (interval)", "Lift (interval)"),
    "targeting.col.spend": ("Average spend", "Gemiddelde besteding"),
    "targeting.col.response": ("Past response", "Eerdere respons"),
}
REMOVE = ["bc.criteria", "bc.criteria_help"]
