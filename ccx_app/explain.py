"""'How is this computed' for the cost-centre KPI tiles: the formula with its inputs."""

from __future__ import annotations

from ccx_model.evaluate import Evaluation
from ccx_model.i18n import format_eur, format_number, format_percent

from .texts import t


def cost_kpis(ev: Evaluation, lang: str) -> dict[str, str]:
    """Explanations for the Overview's tiles, keyed like their labels (``kpi.*``)."""
    cost, wf, a = ev.cost, ev.scenario.workforce, ev.attrition
    s = ev.staffing
    return {
        "annual_cost": t(
            "explain.annual_cost",
            lang,
            wages=format_eur(cost.agent_wages_eur, lang),
            leaders=format_eur(cost.team_leaders_eur, lang),
            overhead=format_eur(cost.overhead_eur, lang),
            software=format_eur(cost.software_eur, lang),
            attrition=format_eur(cost.attrition_eur, lang),
            other=format_eur(cost.commercial_direct_eur + cost.quality_programme_eur, lang),
        ),
        "cost_per_contact": t(
            "explain.cost_per_contact",
            lang,
            cost=format_eur(cost.total_eur, lang),
            contacts=format_number(ev.contacts_per_year, lang),
        ),
        "cost_per_fte": t(
            "explain.cost_per_fte",
            lang,
            cost=format_eur(cost.total_eur, lang),
            fte=format_number(ev.fte, lang, 1),
        ),
        "headcount": t(
            "explain.headcount",
            lang,
            fte=format_number(ev.fte, lang, 1),
            full_time=format_number(wf.full_time_hours_per_week, lang),
            contract=format_number(wf.average_contract_hours_per_week, lang),
        ),
        "fte": t(
            "explain.fte",
            lang,
            hours=format_number(s.productive_hours_per_week, lang),
            shrinkage=format_percent(ev.scenario.service.shrinkage, lang, 0),
            full_time=format_number(wf.full_time_hours_per_week, lang),
            inbound=format_number(s.fte, lang, 1),
            outbound=format_number(ev.outbound.fte, lang, 1),
        ),
        "service_level": t(
            "explain.service_level",
            lang,
            answer=format_number(ev.scenario.service.answer_seconds, lang),
        ),
        "asa": t("explain.asa", lang),
        "occupancy": t(
            "explain.occupancy",
            lang,
            workload=format_number(s.workload_erlang_hours_per_week, lang),
            hours=format_number(s.productive_hours_per_week, lang),
        ),
        "peak_agents": t(
            "explain.peak_agents",
            lang,
            cap=format_percent(ev.scenario.service.max_occupancy, lang, 0)
            if ev.scenario.service.max_occupancy
            else "—",
        ),
        "workload": t("explain.workload", lang),
        "leavers": t(
            "explain.leavers",
            lang,
            rate=format_percent(a.attrition_rate_per_year, lang),
            headcount=format_number(a.headcount, lang),
        ),
        "cost_per_leaver": t(
            "explain.cost_per_leaver",
            lang,
            recruitment=format_eur(a.cost_per_leaver.recruitment_eur, lang),
            training=format_eur(a.cost_per_leaver.training_wage_eur, lang),
            trainer=format_eur(a.cost_per_leaver.trainer_eur, lang),
            ramp=format_eur(a.cost_per_leaver.ramp_up_eur, lang),
        ),
        "attrition_cost": t(
            "explain.attrition_cost",
            lang,
            leavers=format_number(a.leavers_per_year, lang, 1),
            per_leaver=format_eur(a.cost_per_leaver.total_eur, lang),
        ),
        "attrition_saving": t(
            "explain.attrition_saving",
            lang,
            before=format_percent(a.attrition_rate_per_year, lang),
            after=format_percent(a.reduced_rate_per_year, lang),
            headcount=format_number(a.headcount, lang),
            per_leaver=format_eur(a.cost_per_leaver.total_eur, lang),
            reading=t(f"choice.{a.drop_unit}", lang),
        ),
        "saving_per_10_points": t(
            "explain.saving_per_10_points",
            lang,
            headcount=format_number(a.headcount, lang),
            per_leaver=format_eur(a.cost_per_leaver.total_eur, lang),
        ),
    }
