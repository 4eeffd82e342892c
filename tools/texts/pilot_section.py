"""The pilot as a scenario section, its scale-up and the targeting/pilot KPIs (issue 14)."""

TEXTS = {
    "rule.pilot_longer_than_horizon": (
        "pilot: a pilot of {weeks} weeks runs longer than the business case's "
        "{months} months (business_case.horizon_months); lengthen the case or shorten the pilot",
        "pilot: een pilot van {weeks} weken duurt langer dan de {months} maanden van de "
        "business case (business_case.horizon_months); verleng de case of verkort de pilot",
    ),
    "scale_up.not_a_pilot": (
        "this scenario has no pilot section: only a pilot can be scaled up",
        "dit scenario heeft geen pilotsectie: alleen een pilot kan worden opgeschaald",
    ),
    "scale_up.no_offers": (
        "the pilot's actuals hold no offers: there is no measured conversion to scale up",
        "de resultaten van de pilot bevatten geen aanbiedingen: er is geen gemeten "
        "conversie om op te schalen",
    ),
    "scale_up.name": ("Scale-up: {name}", "Opschaling: {name}"),
    "scale_up.description": (
        "Every team makes the offers of the pilot \u201c{name}\u201d, with what the pilot "
        "measured over {weeks} weeks (decision: {decision}): conversion {conversion} "
        "(95% interval {low} to {high}, the range of the risk view), eligible share of "
        "calls {share}. The pilot's investments are copied as they were: enter the "
        "scale-up's own (training every team, systems).",
        "Alle teams doen de aanbiedingen van de pilot \u201c{name}\u201d, met wat de pilot "
        "in {weeks} weken mat (besluit: {decision}): conversie {conversion} (95%-interval "
        "{low} tot {high}, de bandbreedte van het risicobeeld), geschikt aandeel van de "
        "gesprekken {share}. De investeringen van de pilot zijn overgenomen zoals ze "
        "waren: vul die van de opschaling in (training van alle teams, systemen).",
    ),
    "unit.weeks": ("{weeks} weeks", "{weeks} weken"),
    "kpi.targeted_share": ("Customers targeted", "Doelgroep van de klanten"),
    "explain.targeted_share": (
        "Share of all customers in the chosen segments ({segments}: {chosen} of the "
        "customers) who may be offered something (consent, where the file had it). "
        "Cross-sell's eligible share of calls is this share times the share of their "
        "calls where an offer fits.",
        "Aandeel van alle klanten in de gekozen segmenten ({segments}: {chosen} van de "
        "klanten) aan wie iets mag worden aangeboden (toestemming, als het bestand die "
        "had). Het geschikte aandeel van de gesprekken voor cross-sell is dit aandeel "
        "maal het aandeel van hun gesprekken waarin een aanbod past.",
    ),
    "kpi.targeted_conversion": ("Expected conversion", "Verwachte conversie"),
    "explain.targeted_conversion": (
        "The conversion the model computes with for the chosen segments: the entered "
        "{entered} times the segments' lift {lift} (measured on past responses where "
        "the file had them, else the lift you entered), at most 100%.",
        "De conversie waarmee het model rekent voor de gekozen segmenten: de ingevulde "
        "{entered} maal de lift van de segmenten {lift} (gemeten op eerdere reacties als "
        "het bestand die had, anders de lift die u invulde), hoogstens 100%.",
    ),
    "explain.pilot_per_group": (
        "Offers the pilot group needs to tell {target} from {baseline} with a power of "
        "{power} at a significance of {alpha} (two-sided test of two proportions, "
        "Fleiss's formula, no continuity correction); the control needs as many times "
        "its size.",
        "Aanbiedingen die de pilotgroep nodig heeft om {target} te onderscheiden van "
        "{baseline} met een onderscheidend vermogen van {power} bij een significantie van "
        "{alpha} (tweezijdige toets van twee proporties, formule van Fleiss "
        "zonder continuïteitscorrectie); de controlegroep naar verhouding van haar omvang.",
    ),
    "kpi.pilot_weeks_needed": ("Weeks to decide", "Weken tot een besluit"),
    "explain.pilot_weeks_needed": (
        "Weeks until both groups made their offers: {per_group} for the pilot group at "
        "{offers} offers a week (the pilot scenario's cross-sell offers ÷ 52). The pilot "
        "is planned for {duration}.",
        "Weken tot beide groepen hun aanbiedingen deden: {per_group} voor de pilotgroep "
        "bij {offers} aanbiedingen per week (de cross-sell-aanbiedingen van het "
        "pilotscenario ÷ 52). De pilot is gepland voor {duration}.",
    ),
    "note.no_targeting": (
        "This scenario targets no segments: cross-sell and outbound use the figures as entered.",
        "Dit scenario richt zich niet op segmenten: cross-sell en outbound gebruiken de "
        "ingevulde cijfers.",
    ),
    "note.no_targeting.short": ("n/a", "n.v.t."),
    "note.no_pilot": ("This scenario is not a pilot.", "Dit scenario is geen pilot."),
    "note.no_pilot.short": ("n/a", "n.v.t."),
    "note.pilot_no_offers": (
        "The pilot group makes no offers in this scenario (cross-sell is off), so no "
        "number of weeks is enough.",
        "De pilotgroep doet in dit scenario geen aanbiedingen (cross-sell staat uit), dus "
        "geen aantal weken is genoeg.",
    ),
    "note.pilot_no_offers.short": ("never", "nooit"),
}

TEXTS |= {
    "words.pilot": (
        "The pilot (design, criteria, results)",
        "De pilot (opzet, criteria, resultaten)",
    ),
    "words.targeting": ("Targeted customer segments", "Gekozen klantsegmenten"),
}
