"""``explorer report balance``: per choice, the gains and costs the documents back, by evidence status.

A room will not argue for an option the screen has already buried, so a choice is
flagged when:

- it has **no cited gain** or **no cited cost** (cited: marked stated or inferred);
- it is **buried by count**: one side outnumbers the other by ``BURIED_BY`` or more
  trade-offs and every trade-off on the larger side is marked stated (the screen
  seems to prove the verdict);
- it is **buried by weight**: the effects sum to ``BURIED_BY`` or more in one
  direction (e.g. +2 against −7 nets −5), whatever their status.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from explorer.core.pack.model import Evidence, Scenario

BURIED_BY = 4
STATUSES = (Evidence.STATED, Evidence.INFERRED, Evidence.ASSUMPTION)


@dataclass(frozen=True)
class ChoiceBalance:
    scenario: str
    stage: str
    choice: str
    label: str
    gains: dict[str, int]  # evidence status → number of trade-offs with a positive effect
    costs: dict[str, int]
    gain_weight: int  # sum of the positive effects
    cost_weight: int  # sum of the negative effects (a negative number)
    flags: list[str] = field(default_factory=list)

    @property
    def net(self) -> int:
        return self.gain_weight + self.cost_weight

    @property
    def location(self) -> str:
        return f"{self.scenario}/{self.stage}/{self.choice}"

    def to_data(self) -> dict[str, Any]:
        return {
            "location": self.location,
            "label": self.label,
            "gains": self.gains,
            "costs": self.costs,
            "gain_weight": self.gain_weight,
            "cost_weight": self.cost_weight,
            "net": self.net,
            "flags": self.flags,
        }


def _cited(counts: dict[str, int]) -> int:
    return counts[Evidence.STATED.value] + counts[Evidence.INFERRED.value]


def balance(scenarios: list[Scenario]) -> list[ChoiceBalance]:
    out = []
    for scenario in scenarios:
        for stage in scenario.stages:
            for choice in stage.choices:
                gains = {s.value: 0 for s in STATUSES}
                costs = {s.value: 0 for s in STATUSES}
                for t in choice.tradeoffs:
                    if t.effect:
                        (gains if t.effect > 0 else costs)[t.evidence.value] += 1
                gain_weight = sum(t.effect for t in choice.tradeoffs if t.effect > 0)
                cost_weight = sum(t.effect for t in choice.tradeoffs if t.effect < 0)
                flags = []
                if not _cited(gains):
                    flags.append("no cited gain")
                if not _cited(costs):
                    flags.append("no cited cost")
                n_gains, n_costs = sum(gains.values()), sum(costs.values())
                larger = costs if n_costs > n_gains else gains
                if abs(n_costs - n_gains) >= BURIED_BY and larger[Evidence.STATED.value] == sum(
                    larger.values()
                ):
                    side = "costs" if larger is costs else "gains"
                    flags.append(
                        f"buried by count: {n_gains} gains against {n_costs} costs, all {side} stated"
                    )
                net = gain_weight + cost_weight
                if abs(net) >= BURIED_BY:
                    flags.append(
                        f"buried by weight: effects net {net:+d} (+{gain_weight} against {cost_weight})"
                    )
                out.append(
                    ChoiceBalance(
                        scenario.id,
                        stage.id,
                        choice.id,
                        choice.label,
                        gains,
                        costs,
                        gain_weight,
                        cost_weight,
                        flags,
                    )
                )
    return out


def format_balance(rows: list[ChoiceBalance]) -> str:
    """A plain table: gains and costs as stated/inferred/assumption counts, then the flags."""
    out = [
        "Balance of each choice: cited gains and costs by status (stated/inferred/assumption)",
        f"Flags: no cited gain or cost; buried by count (one side {BURIED_BY}+ trade-offs larger, all "
        f"stated); buried by weight (effects net ±{BURIED_BY} or more).",
        "",
    ]
    width = max((len(r.location) for r in rows), default=10)
    out.append(f"{'choice':<{width}}  {'gains s/i/a':>11}  {'costs s/i/a':>11}  {'net':>4}  flags")
    for r in rows:
        g = "/".join(str(r.gains[s.value]) for s in STATUSES)
        c = "/".join(str(r.costs[s.value]) for s in STATUSES)
        out.append(f"{r.location:<{width}}  {g:>11}  {c:>11}  {r.net:>+4d}  {'; '.join(r.flags)}")
    flagged = sum(1 for r in rows if r.flags)
    out += ["", f"{len(rows)} choices, {flagged} flagged."]
    return "\n".join(out) + "\n"
