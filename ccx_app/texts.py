"""Every UI string, in English and Dutch. Look-ups go through ``t``."""

from __future__ import annotations

from ccx_model.i18n import translate

from .fields import BY_PATH
from .texts_explain import EXPLAIN_UI
from .texts_profit import (
    CHANNELS_UI,
    COMPARE_UI,
    FAILURE_UI,
    FILES_UI,
    OUTSOURCING_UI,
    PROFIT_UI,
)

UI: dict[str, dict[str, str]] = {
    # Shell
    "app.title": {
        "en": "ccx — contact centre business case",
        "nl": "ccx — business case klantcontactcenter",
    },
    "app.language": {"en": "Language", "nl": "Taal"},
    "app.scenario": {"en": "Scenario", "nl": "Scenario"},
    "app.assumptions": {"en": "Assumptions", "nl": "Aannames"},
    "app.reset": {"en": "Reset to scenario values", "nl": "Terug naar scenariowaarden"},
    "app.reset_help": {
        "en": "Undo every change and restore the values of the open scenario.",
        "nl": "Draai alle wijzigingen terug naar de waarden van het geopende scenario.",
    },
    "app.invalid_inputs": {
        "en": "Some inputs are not valid; the figures below still use your last valid inputs.",
        "nl": "Sommige invoer is niet geldig; de cijfers hieronder gebruiken nog uw laatste geldige invoer.",
    },
    "app.cap_occupancy": {"en": "Cap occupancy", "nl": "Bezettingsgraad begrenzen"},
    "app.scenario_load_error": {
        "en": "The scenario file {name} could not be opened:",
        "nl": "Het scenariobestand {name} kon niet worden geopend:",
    },
    # Pages
    "page.overview": {"en": "Overview", "nl": "Overzicht"},
    "page.staffing": {"en": "Staffing", "nl": "Personeelsplanning"},
    "page.attrition": {"en": "Attrition", "nl": "Verloop"},
    # Groups
    "group.demand": {"en": "Contact volume", "nl": "Contactvolume"},
    "group.service": {"en": "Service level and shrinkage", "nl": "Serviceniveau en shrinkage"},
    "group.workforce": {"en": "Wages and overhead", "nl": "Lonen en overhead"},
    "group.attrition": {"en": "Attrition", "nl": "Verloop"},
    # Field labels
    "field.demand.calls_per_month": {"en": "Calls per month", "nl": "Gesprekken per maand"},
    "field.demand.aht_seconds": {
        "en": "Average handle time (s)",
        "nl": "Gemiddelde afhandeltijd (s)",
    },
    "field.service.service_level_target": {
        "en": "Service-level target (%)",
        "nl": "Servicenorm (%)",
    },
    "field.service.answer_seconds": {"en": "Answer within (s)", "nl": "Opnemen binnen (s)"},
    "field.service.max_occupancy": {
        "en": "Maximum occupancy (%)",
        "nl": "Maximale bezettingsgraad (%)",
    },
    "field.service.shrinkage": {"en": "Shrinkage (%)", "nl": "Shrinkage (%)"},
    "field.service.interval_minutes": {"en": "Interval (minutes)", "nl": "Interval (minuten)"},
    "field.workforce.full_time_hours_per_week": {
        "en": "Full-time hours per week",
        "nl": "Voltijd uren per week",
    },
    "field.workforce.average_contract_hours_per_week": {
        "en": "Average contract hours per week",
        "nl": "Gemiddelde contracturen per week",
    },
    "field.workforce.loaded_hourly_wage_eur": {
        "en": "Loaded hourly wage (EUR)",
        "nl": "Integraal uurloon (EUR)",
    },
    "field.workforce.agents_per_team_leader": {
        "en": "Agents per team leader",
        "nl": "Agents per teamleider",
    },
    "field.workforce.team_leader_cost_eur_per_year": {
        "en": "Team leader cost per year (EUR)",
        "nl": "Kosten teamleider per jaar (EUR)",
    },
    "field.workforce.overhead_per_fte_eur_per_year": {
        "en": "Overhead per FTE per year (EUR)",
        "nl": "Overhead per fte per jaar (EUR)",
    },
    "field.workforce.software_per_agent_eur_per_year": {
        "en": "Software per agent per year (EUR)",
        "nl": "Software per agent per jaar (EUR)",
    },
    "field.attrition.attrition_rate_per_year": {
        "en": "Annual attrition (%)",
        "nl": "Jaarlijks verloop (%)",
    },
    "field.attrition.recruitment_cost_per_hire_eur": {
        "en": "Recruitment cost per hire (EUR)",
        "nl": "Wervingskosten per aanname (EUR)",
    },
    "field.attrition.initial_training_weeks": {
        "en": "Initial training (weeks)",
        "nl": "Initiële opleiding (weken)",
    },
    "field.attrition.training_hours_per_week": {
        "en": "Training hours per week",
        "nl": "Opleidingsuren per week",
    },
    "field.attrition.trainees_per_trainer": {
        "en": "Trainees per trainer",
        "nl": "Cursisten per trainer",
    },
    "field.attrition.trainer_cost_eur_per_hour": {
        "en": "Trainer cost per hour (EUR)",
        "nl": "Kosten trainer per uur (EUR)",
    },
    "field.attrition.ramp_up_weeks": {"en": "Ramp-up (weeks)", "nl": "Inwerkperiode (weken)"},
    "field.attrition.ramp_up_productivity_loss": {
        "en": "Productivity lost in ramp-up (%)",
        "nl": "Productiviteitsverlies tijdens inwerken (%)",
    },
    "field.attrition.attrition_drop": {
        "en": "Attrition reduction (points or %)",
        "nl": "Verlaging verloop (punten of %)",
    },
    "field.attrition.attrition_drop_unit": {
        "en": "Read the reduction as",
        "nl": "Lees de verlaging als",
    },
    "choice.points": {"en": "percentage points", "nl": "procentpunten"},
    "choice.relative": {"en": "relative percent", "nl": "relatieve procenten"},
    # Dutch tooltips (English tooltips are the model's field descriptions)
    "help.demand.calls_per_month": {
        "nl": "Aangeboden inkomende gesprekken per maand (seed 003: 330.000)."
    },
    "help.demand.aht_seconds": {
        "nl": "Gemiddelde afhandeltijd per gesprek in seconden: gesprek + wacht + nawerk. "
        "Standaard 205 s: zo gekozen dat de basis de 250 agents van seed 003 nodig heeft."
    },
    "help.service.service_level_target": {
        "nl": "Deel van de gesprekken dat binnen de normtijd wordt opgenomen, bv. 80 voor 80/20."
    },
    "help.service.answer_seconds": {
        "nl": "Normtijd voor opnemen in seconden, bv. 20 voor 80% binnen 20 s."
    },
    "help.service.max_occupancy": {
        "nl": "Hoogste deel van de ingelogde tijd dat een agent met gesprekken bezig mag zijn; "
        "90% is een gangbaar plafond tegen overbelasting."
    },
    "help.service.shrinkage": {
        "nl": "Deel van de betaalde tijd dat niet beschikbaar is voor gesprekken: pauzes, verlof, "
        "ziekte, training, overleg. 35% is een gangbaar Nederlands cijfer (30–40%)."
    },
    "help.service.interval_minutes": {
        "nl": "Lengte van een planningsinterval in minuten (15, 30 of 60)."
    },
    "help.workforce.full_time_hours_per_week": {
        "nl": "Betaalde uren in een voltijd werkweek (36 uur in veel Nederlandse cao's)."
    },
    "help.workforce.average_contract_hours_per_week": {
        "nl": "Gemiddelde contracturen per agent; minder dan voltijd betekent meer koppen per fte."
    },
    "help.workforce.loaded_hourly_wage_eur": {
        "nl": "Kosten van een agent per betaald uur inclusief vakantiegeld en werkgeverslasten "
        "(standaard EUR 20: ongeveer EUR 15 bruto plus ~35%)."
    },
    "help.workforce.agents_per_team_leader": {"nl": "Agents (koppen) per teamleider."},
    "help.workforce.team_leader_cost_eur_per_year": {
        "nl": "Integrale jaarkosten van één teamleider."
    },
    "help.workforce.overhead_per_fte_eur_per_year": {
        "nl": "Huisvesting, werkplek en managementoverhead per fte per jaar."
    },
    "help.workforce.software_per_agent_eur_per_year": {
        "nl": "Telefonie-, CRM- en WFM-licenties per agent (named user)."
    },
    "help.attrition.attrition_rate_per_year": {
        "nl": "Vertrekkers per jaar als deel van het aantal medewerkers (30 = 30%). "
        "In eigen beheer meestal 20–35%, bij uitbesteding veel hoger."
    },
    "help.attrition.recruitment_cost_per_hire_eur": {
        "nl": "Advertenties, selectie en gesprekstijd per nieuwe agent."
    },
    "help.attrition.initial_training_weeks": {
        "nl": "Weken initiële opleiding (seed 003: 3 weken voltijd)."
    },
    "help.attrition.training_hours_per_week": {
        "nl": "Betaalde opleidingsuren per week (voltijd: seed 003)."
    },
    "help.attrition.trainees_per_trainer": {
        "nl": "Nieuwe agents die één trainer tegelijk opleidt."
    },
    "help.attrition.trainer_cost_eur_per_hour": {"nl": "Integrale kosten van een trainer per uur."},
    "help.attrition.ramp_up_weeks": {
        "nl": "Weken na de opleiding tot een nieuwe agent volledig productief is."
    },
    "help.attrition.ramp_up_productivity_loss": {
        "nl": "Gemiddeld productiviteitsverlies tijdens het inwerken (25 = werkt gemiddeld op 75%)."
    },
    "help.attrition.attrition_drop": {
        "nl": "De verlaging van het verloop waarvan de besparing wordt getoond (10 = 10)."
    },
    "help.attrition.attrition_drop_unit": {
        "nl": "Hoe de verlaging te lezen: procentpunten (30% → 20%) of relatief (30% → 27%)."
    },
    # KPIs
    "kpi.annual_cost": {"en": "Annual cost", "nl": "Jaarkosten"},
    "kpi.cost_per_contact": {"en": "Cost per contact", "nl": "Kosten per contact"},
    "kpi.cost_per_fte": {"en": "Cost per FTE", "nl": "Kosten per fte"},
    "kpi.fte": {"en": "FTE", "nl": "Fte"},
    "kpi.headcount": {"en": "Headcount", "nl": "Aantal medewerkers"},
    "kpi.service_level": {"en": "Service level achieved", "nl": "Behaald serviceniveau"},
    "kpi.asa": {"en": "Average speed of answer", "nl": "Gemiddelde wachttijd"},
    "kpi.occupancy": {"en": "Occupancy", "nl": "Bezettingsgraad"},
    "kpi.peak_agents": {"en": "Peak agents on the phones", "nl": "Piek agents aan de telefoon"},
    "kpi.workload": {
        "en": "Workload per week (Erlang-hours)",
        "nl": "Werklast per week (Erlang-uren)",
    },
    "kpi.leavers": {"en": "Leavers per year", "nl": "Vertrekkers per jaar"},
    "kpi.cost_per_leaver": {"en": "Cost per leaver", "nl": "Kosten per vertrekker"},
    "kpi.attrition_cost": {"en": "Attrition cost per year", "nl": "Verloopkosten per jaar"},
    "kpi.attrition_saving": {"en": "Saving per year", "nl": "Besparing per jaar"},
    "kpi.saving_per_10_points": {
        "en": "Saving per 10 points less attrition",
        "nl": "Besparing per 10 procentpunt minder verloop",
    },
    "unit.seconds": {"en": "{x} s", "nl": "{x} s"},
    "unit.hours": {"en": "{x} h", "nl": "{x} uur"},
    "unit.erlang_hours": {"en": "{x} h", "nl": "{x} uur"},
    # Overview
    "overview.title": {
        "en": "The centre today: what it costs",
        "nl": "Het centrum vandaag: wat het kost",
    },
    "overview.caption": {
        "en": "Scenario “{name}”: {calls} calls a month, target {target} within {answer} s.",
        "nl": "Scenario “{name}”: {calls} gesprekken per maand, norm {target} binnen {answer} s.",
    },
    "overview.cost_breakdown": {"en": "Where the money goes", "nl": "Waar het geld naartoe gaat"},
    # Cost parts
    "cost.agent_wages": {"en": "Agent wages", "nl": "Loon agents"},
    "cost.team_leaders": {"en": "Team leaders", "nl": "Teamleiders"},
    "cost.overhead": {"en": "Overhead", "nl": "Overhead"},
    "cost.software": {"en": "Software", "nl": "Software"},
    "cost.attrition": {"en": "Replacing leavers", "nl": "Vervangen vertrekkers"},
    "cost.commercial_direct": {
        "en": "Incentives, offers, dialler, compliance",
        "nl": "Incentives, aanbiedingen, dialer, compliance",
    },
    "cost.quality_programme": {"en": "Quality programme", "nl": "Kwaliteitsprogramma"},
    # Staffing page
    "staffing.title": {"en": "Staffing with Erlang C", "nl": "Personeelsplanning met Erlang C"},
    "staffing.week_chart": {
        "en": "Agents needed through the week",
        "nl": "Benodigde agents door de week",
    },
    "staffing.curve_title": {
        "en": "Service level against agents",
        "nl": "Serviceniveau tegen aantal agents",
    },
    "staffing.curve_interval": {
        "en": "Interval to examine (the busiest is chosen first)",
        "nl": "Te bekijken interval (eerst het drukste)",
    },
    "staffing.interval_option": {
        "en": "{interval} · {calls} calls",
        "nl": "{interval} · {calls} gesprekken",
    },
    "staffing.reverse_title": {"en": "What N agents deliver", "nl": "Wat N agents opleveren"},
    "staffing.reverse_agents": {"en": "Agents on the phones", "nl": "Agents aan de telefoon"},
    "staffing.unstable": {
        "en": "With {agents} agents and {traffic} Erlangs the queue is unstable: calls arrive faster "
        "than agents can handle them, so waiting grows without limit.",
        "nl": "Met {agents} agents en {traffic} Erlang is de wachtrij instabiel: er komen sneller "
        "gesprekken binnen dan de agents kunnen afhandelen, de wachttijd groeit onbeperkt.",
    },
    "staffing.pattern_title": {"en": "Weekly pattern", "nl": "Weekpatroon"},
    "staffing.pattern_caption": {
        "en": "The monthly volume is spread over this week, interval by interval; staffing is "
        "computed per interval and summed.",
        "nl": "Het maandvolume wordt over deze week verdeeld, interval voor interval; de bezetting "
        "wordt per interval berekend en opgeteld.",
    },
    "staffing.days": {"en": "Days and opening hours", "nl": "Dagen en openingstijden"},
    "staffing.hours": {"en": "Arrivals per hour of the day", "nl": "Aankomsten per uur van de dag"},
    "staffing.import": {
        "en": "Import an interval forecast (CSV)",
        "nl": "Intervalprognose importeren (CSV)",
    },
    "staffing.import_help": {
        "en": "One row per interval of a week, Monday 00:00 first; a 'calls' column and "
        "optionally 'aht_seconds'. The forecast's weekly total sets the monthly volume.",
        "nl": "Eén rij per interval van een week, maandag 00:00 eerst; een kolom 'calls' en "
        "eventueel 'aht_seconds'. Het weektotaal bepaalt het maandvolume.",
    },
    "staffing.import_not_utf8": {
        "en": "CSV: the file is not UTF-8 text (in Excel: save as “CSV UTF-8”).",
        "nl": "CSV: het bestand is geen UTF-8-tekst (in Excel: opslaan als “CSV UTF-8”).",
    },
    "staffing.import_rows": {
        "en": "CSV: {rows} rows; a weekly forecast needs {accepted} rows "
        "(one week of 60, 30, 15 or 5-minute intervals).",
        "nl": "CSV: {rows} rijen; een weekprognose heeft {accepted} rijen nodig "
        "(één week van intervallen van 60, 30, 15 of 5 minuten).",
    },
    "staffing.imported": {
        "en": "Using the imported forecast ({rows} intervals, {calls} calls a week).",
        "nl": "De geïmporteerde prognose wordt gebruikt ({rows} intervallen, {calls} gesprekken per week).",
    },
    "staffing.clear_import": {
        "en": "Back to the day and hour pattern",
        "nl": "Terug naar het dag- en uurpatroon",
    },
    "staffing.download_intervals": {
        "en": "Download interval staffing (CSV)",
        "nl": "Intervalbezetting downloaden (CSV)",
    },
    "staffing.summary": {
        "en": "{hours} productive agent-hours a week ÷ (1 − {shrinkage} shrinkage) = {scheduled} "
        "scheduled hours ÷ {full_time} h = {fte} FTE; at {contract} contract hours on average "
        "that is {headcount} people.",
        "nl": "{hours} productieve agenturen per week ÷ (1 − {shrinkage} shrinkage) = {scheduled} "
        "geplande uren ÷ {full_time} uur = {fte} fte; bij gemiddeld {contract} contracturen zijn "
        "dat {headcount} mensen.",
    },
    "col.day": {"en": "Day", "nl": "Dag"},
    "col.share": {"en": "Share of week (%)", "nl": "Deel van de week (%)"},
    "col.open": {"en": "Opens (h)", "nl": "Open (u)"},
    "col.close": {"en": "Closes (h)", "nl": "Dicht (u)"},
    "col.hour": {"en": "Hour", "nl": "Uur"},
    "col.weight": {"en": "Relative arrivals", "nl": "Relatieve aankomsten"},
    # Day names (day.mon …) come from ccx_model.i18n.MESSAGES, shared with the model.
    # Attrition page
    "attrition.title": {"en": "What attrition costs", "nl": "Wat verloop kost"},
    "attrition.breakdown": {"en": "Cost of one leaver", "nl": "Kosten van één vertrekker"},
    "attrition.saving_curve": {
        "en": "Saving against the attrition drop",
        "nl": "Besparing tegen de verlaging van het verloop",
    },
    "attrition.reading": {
        "en": "Reading used: {reading}. Attrition goes from {before} to {after}: "
        "{avoided} fewer leavers × {per_leaver} = {saving} a year.",
        "nl": "Gebruikte lezing: {reading}. Het verloop gaat van {before} naar {after}: "
        "{avoided} vertrekkers minder × {per_leaver} = {saving} per jaar.",
    },
    "attrition.seed_check": {
        "en": "Seed 003 says roughly EUR 100,000 a year for every 10% less attrition (250 agents, "
        "3 weeks of training). This model, read as 10 percentage points: {saving}.",
        "nl": "Seed 003 noemt ruwweg EUR 100.000 per jaar voor iedere 10% minder verloop (250 "
        "medewerkers, 3 weken opleiding). Dit model, gelezen als 10 procentpunt: {saving}.",
    },
    "attrition.part.recruitment": {"en": "Recruitment", "nl": "Werving"},
    "attrition.part.initial_training": {
        "en": "Initial training (wage)",
        "nl": "Initiële opleiding (loon)",
    },
    "attrition.part.trainer": {"en": "Trainer time", "nl": "Tijd trainer"},
    "attrition.part.ramp_up": {
        "en": "Lost productivity in ramp-up",
        "nl": "Productiviteitsverlies inwerken",
    },
    "attrition.formula": {
        "en": "{weeks} weeks × {hours} h × {wage} = {training}; trainer {weeks} × {hours} h × "
        "{trainer_rate} ÷ {class_size} = {trainer}; ramp-up {ramp_weeks} weeks × {contract} h × "
        "{loss} × {wage} = {ramp}.",
        "nl": "{weeks} weken × {hours} uur × {wage} = {training}; trainer {weeks} × {hours} uur × "
        "{trainer_rate} ÷ {class_size} = {trainer}; inwerken {ramp_weeks} weken × {contract} uur × "
        "{loss} × {wage} = {ramp}.",
    },
    # Charts
    "chart.agents": {"en": "Agents", "nl": "Agents"},
    "chart.scheduled": {"en": "Scheduled (after shrinkage)", "nl": "Ingeroosterd (na shrinkage)"},
    "chart.on_phones": {"en": "On the phones", "nl": "Aan de telefoon"},
    "chart.series": {"en": "Series", "nl": "Reeks"},
    "chart.time": {"en": "Day and time", "nl": "Dag en tijd"},
    "chart.service_level": {"en": "Service level", "nl": "Serviceniveau"},
    "chart.target": {"en": "Target", "nl": "Norm"},
    "chart.eur_per_year": {"en": "EUR per year", "nl": "EUR per jaar"},
    "chart.eur": {"en": "EUR", "nl": "EUR"},
    "chart.component": {"en": "Component", "nl": "Onderdeel"},
    "chart.attrition_drop_points": {
        "en": "Attrition drop (percentage points)",
        "nl": "Verlaging verloop (procentpunt)",
    },
    "chart.attrition_drop_relative": {
        "en": "Attrition drop (relative %)",
        "nl": "Verlaging verloop (relatief %)",
    },
    "chart.saving": {"en": "Saving per year", "nl": "Besparing per jaar"},
}


UI.update(PROFIT_UI)
UI.update(FAILURE_UI)
UI.update(OUTSOURCING_UI)
UI.update(CHANNELS_UI)
UI.update(FILES_UI)
UI.update(COMPARE_UI)
UI.update(EXPLAIN_UI)


def t(key: str, lang: str = "en", **values: object) -> str:
    """UI text for ``key`` in ``lang``."""
    if key.startswith("help.") and lang != "nl":
        spec = BY_PATH.get(key.removeprefix("help."))
        if spec is not None:
            return spec.description()
    return translate(key, lang, UI, **values)
