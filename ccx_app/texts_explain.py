"""How each cost-centre KPI is computed: formula in words with its input values (EN/NL)."""

from __future__ import annotations

EXPLAIN_UI: dict[str, dict[str, str]] = {
    "explain.annual_cost": {
        "en": "Agent wages {wages} + team leaders {leaders} + overhead {overhead} + software {software} + replacing leavers {attrition} + selling and quality costs {other}.",
        "nl": "Loon agents {wages} + teamleiders {leaders} + overhead {overhead} + software {software} + vervangen vertrekkers {attrition} + kosten verkopen en kwaliteit {other}.",
    },
    "explain.cost_per_contact": {
        "en": "Annual cost {cost} ÷ {contacts} contacts a year.",
        "nl": "Jaarkosten {cost} ÷ {contacts} contacten per jaar.",
    },
    "explain.cost_per_fte": {
        "en": "Annual cost {cost} ÷ {fte} FTE.",
        "nl": "Jaarkosten {cost} ÷ {fte} fte.",
    },
    "explain.headcount": {
        "en": "{fte} FTE × {full_time} h ÷ {contract} average contract hours, rounded up.",
        "nl": "{fte} fte × {full_time} uur ÷ {contract} gemiddelde contracturen, naar boven afgerond.",
    },
    "explain.fte": {
        "en": "Inbound: Σ agents per interval × interval hours = {hours} h a week ÷ (1 − {shrinkage} shrinkage) ÷ {full_time} h = {inbound} FTE; outbound {outbound} FTE.",
        "nl": "Inbound: Σ agents per interval × intervaluren = {hours} uur per week ÷ (1 − {shrinkage} shrinkage) ÷ {full_time} uur = {inbound} fte; outbound {outbound} fte.",
    },
    "explain.service_level": {
        "en": "Erlang C per interval, 1 − C·e^(−(N−A)·{answer} s ÷ AHT), averaged over the intervals weighted by their calls.",
        "nl": "Erlang C per interval, 1 − C·e^(−(N−A)·{answer} s ÷ AHT), gemiddeld over de intervallen, gewogen naar hun gesprekken.",
    },
    "explain.asa": {
        "en": "Erlang C per interval, C·AHT ÷ (N − A), averaged weighted by calls.",
        "nl": "Erlang C per interval, C·AHT ÷ (N − A), gemiddeld gewogen naar gesprekken.",
    },
    "explain.occupancy": {
        "en": "Workload {workload} Erlang-hours ÷ {hours} agent-hours on the phones a week.",
        "nl": "Werklast {workload} Erlang-uren ÷ {hours} agenturen aan de telefoon per week.",
    },
    "explain.peak_agents": {
        "en": "The most agents any interval of the week needs on the phones (Erlang C, occupancy cap {cap}).",
        "nl": "Het grootste aantal agents dat een interval van de week aan de telefoon nodig heeft (Erlang C, bezettingsplafond {cap}).",
    },
    "explain.workload": {
        "en": "Σ calls × AHT over the week's intervals, in hours.",
        "nl": "Σ gesprekken × AHT over de intervallen van de week, in uren.",
    },
    "explain.leavers": {
        "en": "Annual attrition {rate} × headcount {headcount}.",
        "nl": "Jaarlijks verloop {rate} × aantal medewerkers {headcount}.",
    },
    "explain.cost_per_leaver": {
        "en": "Recruitment {recruitment} + initial training {training} + trainer {trainer} + ramp-up {ramp}.",
        "nl": "Werving {recruitment} + initiële opleiding {training} + trainer {trainer} + inwerken {ramp}.",
    },
    "explain.attrition_cost": {
        "en": "Leavers {leavers} × cost per leaver {per_leaver}.",
        "nl": "Vertrekkers {leavers} × kosten per vertrekker {per_leaver}.",
    },
    "explain.attrition_saving": {
        "en": "({before} − {after}) × headcount {headcount} × cost per leaver {per_leaver}; reading: {reading}.",
        "nl": "({before} − {after}) × aantal medewerkers {headcount} × kosten per vertrekker {per_leaver}; lezing: {reading}.",
    },
    "explain.saving_per_10_points": {
        "en": "10 percentage points × headcount {headcount} × cost per leaver {per_leaver} (seed 003: roughly EUR 100,000).",
        "nl": "10 procentpunt × aantal medewerkers {headcount} × kosten per vertrekker {per_leaver} (seed 003: ruwweg EUR 100.000).",
    },
}
