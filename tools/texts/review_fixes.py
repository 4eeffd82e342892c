"""Found by trying the Targeting and Pilot pages as a director (EN and NL)."""

TEXTS = {
    "targeting.effect_npv_against": (
        "NPV of the business case: **{npv}**, against {before} without targeting ({change}).",
        "Netto contante waarde van de businesscase: **{npv}**, tegenover {before} zonder "
        "doelgroepkeuze ({change}).",
    ),
    "unit.one_week": ("{weeks} week", "{weeks} week"),
    "unit.one_month": ("{months} month", "{months} maand"),
    "targeting.apply": ("Target these segments", "Deze segmenten benaderen"),
    "targeting.stop": ("Stop targeting", "Geen segmenten meer benaderen"),
    "targeting.choose": ("Segments to target", "Segmenten om te benaderen"),
    "targeting.effect_cross_sell": (
        "Cross-sell now offers on **{eligible}** of the calls: the targeted customers' share × "
        "the {entered} of their calls where an offer fits.",
        "Cross-sell doet nu een aanbod in **{eligible}** van de gesprekken: het aandeel van de "
        "gekozen klanten × de {entered} van hun gesprekken waarin een aanbod past.",
    ),
}

REMOVE = ["targeting.effect_npv"]

TEXTS["pilot.scale_up_case"] = ("The business case of “{name}”", "De businesscase van ‘{name}’")
TEXTS["pilot.to_business_case"] = (
    "The whole case, year by year, on the Business case page",
    "De hele businesscase, jaar voor jaar, op de pagina Businesscase",
)

TEXTS["rule.pilot_target_not_above_baseline"] = (
    "the conversion to detect ({target}%) must be above the conversion without the change "
    "({baseline}%)",
    "de aan te tonen conversie ({target}%) moet hoger liggen dan de conversie zonder de "
    "verandering ({baseline}%)",
)

TEXTS["csv.pilot_columns_named"] = (
    "unknown columns: {unknown}; required columns missing: {missing}. The columns are "
    "{expected}; group, week, offers and sales are required",
    "onbekende kolommen: {unknown}; ontbrekende verplichte kolommen: {missing}. De kolommen "
    "zijn {expected}; groep, week, aanbiedingen en verkopen zijn verplicht",
)
REMOVE = [*REMOVE, "csv.pilot_columns"]
