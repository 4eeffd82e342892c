"""Which levers the chosen segments are aimed at (issue 14)."""

TEXTS = {
    "rule.targeting_lever_twice": (
        "name each lever once in levers",
        "noem elke hefboom één keer in levers",
    ),
    "targeting.levers": ("Aim these segments at", "Richt deze segmenten op"),
    "targeting.levers_help": (
        "Cross-sell offers on these customers' calls, outbound calls them, or both. A "
        "lever not chosen keeps its figures as entered.",
        "Cross-sell-aanbiedingen in de gesprekken met deze klanten, outbound die hen belt, "
        "of beide. Een hefboom die niet is gekozen houdt de ingevulde cijfers.",
    ),
    "targeting.lever.cross_sell": ("cross-sell on their calls", "cross-sell in hun gesprekken"),
    "targeting.lever.outbound": ("outbound calls to them", "outbound naar hen"),
}

TEXTS |= {
    "targeting.effect_cross_sell": (
        "Cross-sell now offers on **{eligible}** of the calls: the targeted customers' "
        "share × the {entered} of their calls where an offer fits.",
        "Cross-sell biedt nu aan in **{eligible}** van de gesprekken: het aandeel van de "
        "gekozen klanten × de {entered} van hun gesprekken waarin een aanbod past.",
    ),
    "targeting.effect_outbound": (
        "Outbound calls **{calls}** of these customers a month, {opt_out} of them without "
        "consent (left out).",
        "Outbound belt **{calls}** van deze klanten per maand, van wie {opt_out} zonder "
        "toestemming (overgeslagen).",
    ),
    "targeting.effect_npv": (
        "NPV of the business case: **{npv}**.",
        "Netto contante waarde van de business case: **{npv}**.",
    ),
}
REMOVE = ["targeting.effect"]
