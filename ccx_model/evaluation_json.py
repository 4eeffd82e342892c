"""An evaluation as plain JSON-ready data (the command line's ``evaluate --json``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .evaluate import Evaluation


def _failure_demand_dict(evaluation: Evaluation) -> dict[str, object]:
    costs = evaluation.failure_demand_costs()
    return {
        "avoidable_cost_eur": round(costs.avoidable_cost_eur_per_year, 2),
        "avoidable_share_of_cost": round(costs.avoidable_share, 6),
        "by_department_eur": {
            (name or "(not avoidable)"): round(value, 2)
            for name, value in costs.by_department().items()
        },
        "by_reason": [
            {
                "reason": r.reason,
                "department": r.department,
                "channel": r.channel,
                "avoidable": r.avoidable,
                "contacts_per_year": round(r.contacts_per_year, 2),
                "cost_eur": round(r.cost_eur_per_year, 2),
            }
            for r in costs.reasons
        ],
    }


def evaluation_dict(evaluation: Evaluation) -> dict[str, object]:
    """Every figure of ``evaluation``, rounded for reading (cents, 4–6 decimals for shares)."""
    s, a = evaluation.staffing, evaluation.attrition
    return {
        "scenario": evaluation.scenario.name,
        "headcount": evaluation.headcount,
        "fte": round(evaluation.fte, 2),
        "inbound_fte": round(s.fte, 2),
        "outbound_fte": round(evaluation.outbound.fte, 2),
        "productive_hours_per_week": round(s.productive_hours_per_week, 2),
        "scheduled_hours_per_week": round(s.scheduled_hours_per_week, 2),
        "peak_agents": s.peak_agents,
        "service_level": round(evaluation.phone_service_level, 4),
        "asa_seconds": round(evaluation.phone_asa_seconds, 2),
        "occupancy": round(s.occupancy, 4),
        "contacts_per_year": round(evaluation.contacts_per_year, 2),
        "annual_cost_eur": round(evaluation.annual_cost_eur, 2),
        "cost_per_contact_eur": round(evaluation.cost_per_contact_eur, 4),
        "cost_per_fte_eur": round(evaluation.cost_per_fte_eur, 2),
        "cost_breakdown_eur": {k: round(v, 2) for k, v in evaluation.cost.parts().items()},
        "attrition": {
            "attrition_rate_per_year": a.attrition_rate_per_year,
            "leavers_per_year": round(a.leavers_per_year, 2),
            "cost_per_leaver_eur": round(a.cost_per_leaver.total_eur, 2),
            "cost_per_leaver_breakdown_eur": {
                "recruitment": round(a.cost_per_leaver.recruitment_eur, 2),
                "initial_training": round(a.cost_per_leaver.training_wage_eur, 2),
                "trainer": round(a.cost_per_leaver.trainer_eur, 2),
                "ramp_up": round(a.cost_per_leaver.ramp_up_eur, 2),
            },
            "annual_cost_eur": round(a.annual_cost_eur, 2),
            "drop": a.drop,
            "drop_unit": a.drop_unit,
            "reduced_rate_per_year": round(a.reduced_rate_per_year, 6),
            "saving_eur_per_year": round(a.saving_eur_per_year, 2),
            "saving_per_10_points_eur": round(a.saving_per_10_points_eur, 2),
        },
        "revenue": {
            **{
                stream.name: {
                    "margin_eur": round(stream.margin_eur_per_year, 2),
                    "direct_cost_eur": round(stream.direct_cost_eur_per_year, 2),
                    "net_eur": round(stream.net_eur_per_year, 2),
                    "volumes_per_year": {
                        k: round(v, 2) for k, v in stream.volumes_per_year.items()
                    },
                }
                for stream in evaluation.revenue.streams
            },
            "total_eur": round(evaluation.revenue.total_eur, 2),
            "internal_charge_back_eur": round(
                evaluation.revenue.internal_charge_back_eur_per_year, 2
            ),
        },
        "net_result_eur": round(evaluation.net_result_eur, 2),
        "outsourcing": {
            "enabled": evaluation.scenario.outsourcing.active,
            "share_of_volume": evaluation.scenario.outsourcing.share_of_volume
            if evaluation.scenario.outsourcing.active
            else 0.0,
            "provider_calls_per_year": round(evaluation.provider.calls_per_month * 12.0, 2),
            "provider_productive_hours_per_year": round(
                evaluation.provider.productive_hours_per_year, 2
            ),
            "provider_first_contact_resolution": round(
                evaluation.provider.first_contact_resolution, 6
            ),
            "provider_fee_eur": round(evaluation.provider.fee_eur_per_year, 2),
            "retained_organisation_eur": round(evaluation.provider.retained_eur_per_year, 2),
            "stranded_overhead_eur": round(evaluation.cost.stranded_overhead_eur, 2),
            "provider_service_level": round(evaluation.provider.service_level, 4),
            "provider_asa_seconds": round(evaluation.provider.asa_seconds, 2),
            "provider_fte_equivalent": round(evaluation.provider.fte_equivalent, 2),
        },
        "channels": {
            name: {
                "contacts_per_year": round(c.contacts_per_year, 2),
                "fte": round(c.fte, 2),
                "cost_eur": round(c.cost_eur_per_year, 2),
                "cost_per_contact_eur": round(c.cost_per_contact_eur, 4),
            }
            for name, c in evaluation.channel_costs().items()
        }
        | {
            "chatbot": {
                "conversations_per_year": round(evaluation.channels.chatbot.contacts_per_year, 2),
                "cost_eur": round(evaluation.channels.chatbot.direct_cost_eur_per_year, 2),
            },
            "self_service": {
                "calls_avoided_per_year": round(
                    evaluation.channels.self_service.contacts_per_year, 2
                ),
                "cost_eur": round(evaluation.channels.self_service.direct_cost_eur_per_year, 2),
            },
        },
        "failure_demand": _failure_demand_dict(evaluation),
        "poor_service": {
            "repeat_contacts_per_year": round(evaluation.poor_service.repeat_contacts_per_year, 2),
            "customers_lost_per_year": round(evaluation.poor_service.customers_lost_per_year, 2),
            "lost_margin_eur_per_year": round(evaluation.poor_service.lost_margin_eur_per_year, 2),
        },
    }
