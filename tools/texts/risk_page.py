"""The Risk page (issue 12): Monte Carlo, tornado, break-even values, TEI haircuts."""

TEXTS = {
    "page.risk": ("Risk", "Risico"),
    "risk.title": ("What if we are wrong?", "En als we ons vergissen?"),
    "risk.intro": (
        "Give the assumptions you are least sure of a range: a low and a high end around "
        "the scenario's own value. ccx then draws every range at once, {draws} times, "
        "through the whole model — staffing by Erlang C included, so a higher conversion "
        "also brings its extra handle time — and shows how far the business case can move.",
        "Geef de aannames waarover u het minst zeker bent een bandbreedte: een lage en een "
        "hoge waarde rond de waarde van het scenario. ccx trekt dan alle bandbreedtes tegelijk, "
        "{draws} keer, door het hele model — de bezetting volgens Erlang C inbegrepen, dus "
        "een hogere conversie brengt ook haar extra gesprekstijd mee — en laat zien hoe ver "
        "de business case kan bewegen.",
    ),
    "risk.range_note": (
        "Range {range} (set on the Risk page)",
        "Bandbreedte {range} (in te stellen op de pagina Risico)",
    ),
    "risk.no_ranges": (
        "This scenario has no ranges yet: every draw is the plan. Add ranges below.",
        "Dit scenario heeft nog geen bandbreedtes: elke trekking is het plan. Voeg hieronder "
        "bandbreedtes toe.",
    ),
    "risk.progress": ("Drawing {draws} times…", "{draws} keer trekken…"),
    "risk.method.surface": (
        "{draws} draws of {ranges} ranges. The full model ran {runs} times; the draws in "
        "between come from a curve fitted through those runs, and whole people are counted "
        "exactly in every draw. On {checked} draws run both ways, P10, P50, P90 and the mean "
        "differ by at most {error} ({share} of the plan's NPV).",
        "{draws} trekkingen van {ranges} bandbreedtes. Het volledige model rekende {runs} "
        "keer; de trekkingen daartussen komen uit een kromme door die berekeningen, en hele "
        "mensen worden in elke trekking precies geteld. Op {checked} trekkingen die beide "
        "kanten op zijn gerekend, verschillen P10, P50, P90 en het gemiddelde hooguit {error} "
        "({share} van de NPV van het plan).",
    ),
    "risk.method.exact": (
        "{draws} draws of {ranges} ranges, each through the full model.",
        "{draws} trekkingen van {ranges} bandbreedtes, elk door het volledige model.",
    ),
    "risk.method.outside": (
        "The fit is further from the full model than 0.1% of NPV: read the percentiles "
        "with that margin, or run ccx risk --exact.",
        "De benadering wijkt meer dan 0,1% van de NPV af van het volledige model: lees de "
        "percentielen met die marge, of reken met ccx risk --exact.",
    ),
    "risk.tornado": (
        "Which assumption moves the case most",
        "Welke aanname de case het meest beweegt",
    ),
    "risk.tornado_help": (
        "Each range at its low and its high end, one at a time, every other assumption as "
        "planned; largest swing first.",
        "Elke bandbreedte op haar lage en haar hoge waarde, één tegelijk, alle andere "
        "aannames volgens plan; de grootste uitslag eerst.",
    ),
    "risk.col.assumption": ("Assumption", "Aanname"),
    "risk.col.plan": ("Plan", "Plan"),
    "risk.col.low": ("Low", "Laag"),
    "risk.col.high": ("High", "Hoog"),
    "risk.col.distribution": ("Distribution", "Verdeling"),
    "risk.col.npv_low": ("NPV at low", "NPV bij laag"),
    "risk.col.npv_high": ("NPV at high", "NPV bij hoog"),
    "risk.col.swing": ("Swing", "Uitslag"),
    "risk.col.break_even": ("Break-even value", "Omslagwaarde"),
    "risk.believe": ("What the board has to believe", "Wat de directie moet geloven"),
    "risk.believe_help": (
        "For each assumption with a range: the value at which the NPV is zero, every other "
        "assumption as planned, found through the full model.",
        "Voor elke aanname met een bandbreedte: de waarde waarbij de NPV nul is, alle andere "
        "aannames volgens plan, gezocht door het volledige model.",
    ),
    "risk.believe.above": (
        "The case pays if {field} stays above {value} (plan {plan}).",
        "De case loont zolang {field} boven {value} blijft (plan {plan}).",
    ),
    "risk.believe.below": (
        "The case pays if {field} stays below {value} (plan {plan}).",
        "De case loont zolang {field} onder {value} blijft (plan {plan}).",
    ),
    "risk.believe.always_positive": (
        "{field}: the NPV stays positive anywhere in its allowed values.",
        "{field}: de NPV blijft positief bij elke toegestane waarde.",
    ),
    "risk.believe.always_negative": (
        "{field}: the NPV stays negative anywhere in its allowed values.",
        "{field}: de NPV blijft negatief bij elke toegestane waarde.",
    ),
    "risk.never": ("never within its allowed values", "nooit binnen de toegestane waarden"),
    "risk.ranges": ("Ranges on assumptions", "Bandbreedtes op aannames"),
    "risk.ranges_help": (
        "One row per assumption: its low and high end in the form's units (percentages for "
        "shares). The likely value is the scenario's own. Triangular draws most near that "
        "value; PERT more so; uniform draws every value alike. Saved with the scenario.",
        "Eén rij per aanname: de lage en de hoge waarde in de eenheden van het formulier "
        "(percentages voor aandelen). De waarschijnlijke waarde is die van het scenario. "
        "Driehoekig trekt het vaakst rond die waarde, PERT nog meer, uniform trekt elke "
        "waarde even vaak. Wordt met het scenario bewaard.",
    ),
    "risk.unknown_assumption": (
        "Row {row}: choose an assumption from the list.",
        "Rij {row}: kies een aanname uit de lijst.",
    ),
    "risk.distribution.triangular": ("triangular", "driehoekig"),
    "risk.distribution.pert": ("PERT", "PERT"),
    "risk.distribution.uniform": ("uniform", "uniform"),
    "risk.adjusted": ("Risk-adjusted view", "Risicogecorrigeerd beeld"),
    "risk.adjusted_help": (
        "As Forrester's Total Economic Impact method does: each benefit taken down by a "
        "haircut for the risk that it falls short, each cost taken up for the risk that it "
        "overruns; NPV, ROI and payback again, beside the plan's.",
        "Zoals Forresters Total Economic Impact-methode doet: elke opbrengst verlaagd met een "
        "korting voor het risico dat ze tegenvalt, elke kostenpost verhoogd voor het risico "
        "dat hij uitloopt; NPV, ROI en terugverdientijd opnieuw, naast die van het plan.",
    ),
    "group.risk_adjustment": ("Haircuts (risk adjustment)", "Kortingen (risicocorrectie)"),
    "field.risk_adjustment.retention": (
        "Retention margin haircut (%)",
        "Korting op retentiemarge (%)",
    ),
    "field.risk_adjustment.cross_sell": (
        "Cross-sell margin haircut (%)",
        "Korting op cross-sellmarge (%)",
    ),
    "field.risk_adjustment.outbound": (
        "Outbound margin haircut (%)",
        "Korting op outboundmarge (%)",
    ),
    "field.risk_adjustment.service": ("Savings haircut (%)", "Korting op besparingen (%)"),
    "field.risk_adjustment.costs": ("Cost overrun (%)", "Kostenoverschrijding (%)"),
    "help.risk_adjustment.retention": (
        "",
        "Aandeel waarmee de marge van behouden klanten kan tegenvallen (risicocorrectie "
        "volgens Forresters TEI; 20 = 20% minder).",
    ),
    "help.risk_adjustment.cross_sell": (
        "",
        "Aandeel waarmee de cross-sellmarge kan tegenvallen (10 = 10% minder).",
    ),
    "help.risk_adjustment.outbound": (
        "",
        "Aandeel waarmee de outboundmarge kan tegenvallen (10 = 10% minder).",
    ),
    "help.risk_adjustment.service": (
        "",
        "Aandeel waarmee besparingen kunnen tegenvallen: lagere lopende kosten en minder "
        "verloren klanten (10 = 10% minder).",
    ),
    "help.risk_adjustment.costs": (
        "",
        "Aandeel waarmee kosten kunnen uitlopen: aanbiedingen, programma's, investeringen "
        "(10 = 10% meer).",
    ),
    "words.risk_adjustment": ("Risk adjustment", "Risicocorrectie"),
    "words.range": ("Range · {field}", "Bandbreedte · {field}"),
    "words.no_range": ("no range", "geen bandbreedte"),
    "kpi.npv_p10": ("NPV, P10", "NPV, P10"),
    "kpi.npv_p50": ("NPV, P50", "NPV, P50"),
    "kpi.npv_p90": ("NPV, P90", "NPV, P90"),
    "kpi.probability_npv_positive": ("Chance NPV > 0", "Kans NPV > 0"),
    "kpi.payback_p50": ("Payback, P50", "Terugverdientijd, P50"),
    "kpi.risk_adjusted_npv": ("Risk-adjusted NPV", "Risicogecorrigeerde NPV"),
    "kpi.risk_adjusted_roi": ("Risk-adjusted ROI", "Risicogecorrigeerde ROI"),
    "kpi.risk_adjusted_payback": ("Risk-adjusted payback", "Risicogecorrigeerde terugverdientijd"),
    "explain.npv_p10": (
        "One in ten of {draws} draws of the {ranges} ranges gives an NPV below this.",
        "Eén op de tien van {draws} trekkingen van de {ranges} bandbreedtes geeft een lagere NPV.",
    ),
    "explain.npv_p50": (
        "Half of {draws} draws of the {ranges} ranges give an NPV below this (the median).",
        "De helft van {draws} trekkingen van de {ranges} bandbreedtes geeft een lagere NPV "
        "(de mediaan).",
    ),
    "explain.npv_p90": (
        "Nine in ten of {draws} draws of the {ranges} ranges give an NPV below this.",
        "Negen op de tien van {draws} trekkingen van de {ranges} bandbreedtes geven een "
        "lagere NPV.",
    ),
    "explain.probability_npv_positive": (
        "The share of {draws} draws in which the NPV is above zero.",
        "Het aandeel van {draws} trekkingen waarin de NPV boven nul ligt.",
    ),
    "explain.payback_p50": (
        "Half of {draws} draws pay back by this month; {paid_back} of the draws pay back "
        "within the horizon.",
        "De helft van {draws} trekkingen is in deze maand terugverdiend; {paid_back} van de "
        "trekkingen verdient zich binnen de horizon terug.",
    ),
    "explain.risk_adjusted_npv": (
        "The NPV with every benefit cut by its haircut and every cost raised by the cost "
        "risk (plan: {plan}; benefits after haircuts {benefits}).",
        "De NPV met elke opbrengst verlaagd met haar korting en elke kostenpost verhoogd met "
        "het kostenrisico (plan: {plan}; opbrengsten na kortingen {benefits}).",
    ),
    "explain.risk_adjusted_roi": (
        "(benefits after haircuts {benefits} − costs with overrun {costs}) ÷ costs.",
        "(opbrengsten na kortingen {benefits} − kosten met overschrijding {costs}) ÷ kosten.",
    ),
    "explain.risk_adjusted_payback": (
        "The first month from which the risk-adjusted cumulative cash flow stays at or above zero.",
        "De eerste maand vanaf welke de risicogecorrigeerde cumulatieve kasstroom op of "
        "boven nul blijft.",
    ),
    "risk.end": ("End", "Kant"),
    "risk.axis.npv": ("NPV (EUR)", "NPV (EUR)"),
    "risk.axis.share_of_draws": ("Share of draws", "Aandeel van de trekkingen"),
    "risk.axis.payback_month": ("Pays back in month", "Terugverdiend in maand"),
    "risk.never_bar": ("never", "nooit"),
    "risk.tornado_subtitle": (
        "NPV with one assumption at its low and its high end, every other as planned; the "
        "line is the plan ({plan})",
        "NPV met één aanname op haar lage en haar hoge waarde, alle andere volgens plan; de "
        "lijn is het plan ({plan})",
    ),
    "risk.spread_subtitle": (
        "NPV of {draws} draws of {ranges} ranges at once; P10, P50 and P90 marked",
        "NPV van {draws} trekkingen van {ranges} bandbreedtes tegelijk; P10, P50 en P90 gemarkeerd",
    ),
    "risk.payback_subtitle": (
        "The month from which each of {draws} draws stays paid back",
        "De maand vanaf welke elk van {draws} trekkingen terugverdiend blijft",
    ),
    "export.msg.tornado": (
        "{field} moves the NPV most: {low} to {high}",
        "{field} beweegt de NPV het meest: {low} tot {high}",
    ),
    "export.msg.npv_spread": (
        "NPV between {p10} and {p90} in 8 of 10 draws; {chance} chance it is positive",
        "NPV tussen {p10} en {p90} in 8 van de 10 trekkingen; {chance} kans dat ze positief is",
    ),
    "export.msg.payback_spread": (
        "Half the draws pay back by month {month}; {share} within {months} months",
        "De helft van de trekkingen is in maand {month} terugverdiend; {share} binnen "
        "{months} maanden",
    ),
    "export.msg.payback_spread_never": (
        "Most draws do not pay back within {months} months",
        "De meeste trekkingen verdienen zich niet binnen {months} maanden terug",
    ),
    "risk.col.range": ("Range", "Bandbreedte"),
    "risk.believe.robust": (
        "No single assumption below turns the NPV negative anywhere in its allowed values, "
        "every other as planned.",
        "Geen enkele aanname hieronder maakt de NPV negatief bij welke toegestane waarde ook, "
        "alle andere volgens plan.",
    ),
    "risk.col.path": ("Field", "Veld"),
    "xlsx.sheet.risk": ("Risk", "Risico"),
    "xlsx.risk.draws": ("Monte Carlo", "Monte Carlo"),
    "xlsx.risk.count": ("Draws", "Trekkingen"),
    "xlsx.risk.start_number": (
        "Starting number of the draws (the same number gives the same figures)",
        "Startgetal van de trekkingen (hetzelfde startgetal geeft dezelfde cijfers)",
    ),
    "xlsx.risk.ranges": ("Ranges drawn at once", "Bandbreedtes tegelijk getrokken"),
    "xlsx.risk.method": ("How the draws were computed", "Hoe de trekkingen zijn berekend"),
    "xlsx.risk.method.surface": (
        "full model at design points, a fitted curve between them (whole people exact)",
        "volledig model op ontwerppunten, een kromme daartussen (hele mensen precies)",
    ),
    "xlsx.risk.method.exact": (
        "every draw through the full model",
        "elke trekking door het volledige model",
    ),
    "xlsx.risk.method.plan": (
        "no ranges: every draw is the plan",
        "geen bandbreedtes: elke trekking is het plan",
    ),
    "xlsx.risk.full_runs": ("Full-model runs", "Berekeningen met het volledige model"),
    "xlsx.risk.checked": (
        "Draws run both ways to measure the fit",
        "Trekkingen beide kanten op gerekend om de benadering te meten",
    ),
    "xlsx.risk.figures_error": (
        "Largest error of P10/P50/P90/mean (EUR)",
        "Grootste fout van P10/P50/P90/gemiddelde (EUR)",
    ),
    "xlsx.risk.figures_error_share": (
        "… as a share of the plan's NPV",
        "… als aandeel van de NPV van het plan",
    ),
    "xlsx.risk.mean": ("NPV, mean of the draws", "NPV, gemiddelde van de trekkingen"),
    "xlsx.risk.paid_back": (
        "Draws that pay back within the horizon",
        "Trekkingen die zich binnen de horizon terugverdienen",
    ),
    "xlsx.risk.adjusted": ("Risk-adjusted", "Risicogecorrigeerd"),
    "risk.col.npv_plan": ("NPV at the plan", "NPV bij het plan"),
}
