"""The reader's weights → a transparent ranking of a stage's choices.

The formula, shown to the reader as is (the panel's "How is this computed?")::

    score(choice) = Σ over the choice's trade-offs of  weight(dimension) × effect × k

    weight(dimension)  how much the dimension matters to the reader, 0 … 4 (default 2)
    effect             the trade-off's direction and strength, −2 … +2, as the pack states it
    k                  1 for a trade-off the documents state or that is inferred from them;
                       the reader's choice of 1, ½ or 0 for a facilitator *assumption*

Choices are ranked by score, highest first; equal scores share a rank (1, 1, 3).
Nothing else enters: no hidden normalisation, so a reader can redo the sum by hand.

- **Explanation**: the trade-offs that carried the leader's score (its positive
  contributions, largest first), what held it back, and, dimension by dimension,
  why it is ahead of the runner-up.
- **Sensitivity**: every score is linear in each weight, so for one weight ``w_d``
  and a challenger ``b`` the leader ``a`` is caught exactly when
  ``δ · (E_b,d − E_a,d) = score(a) − score(b)``, with ``E_c,d = Σ effect × k`` of
  choice ``c`` on dimension ``d``. The smallest ``|δ|`` over all dimensions and
  challengers that keeps the weight within 0 … 4 is reported: at that weight the
  challenger draws level, beyond it the challenger leads.
- **Ties and all-zero weights** are their own outcomes, never a silent pick: a
  shared first place says which weights would break it, and all-zero weights say
  that there is no ranking until some dimension matters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from explorer.core.pack.model import Choice, Evidence, Stage
from explorer.core.vocabulary import ENGLISH, ExportLabels, fill

MIN_WEIGHT = 0.0
MAX_WEIGHT = 4.0
DEFAULT_WEIGHT = 2.0
#: What a facilitator assumption may count for: fully, half, not at all.
ASSUMPTION_FACTORS = (1.0, 0.5, 0.0)
#: Scores are rounded to this many decimals before comparing, so 0.1 + 0.2 ties 0.3.
_PLACES = 9


class Outcome(StrEnum):
    RANKED = "ranked"  # one choice leads
    TIE = "tie"  # two or more choices share the first place
    NO_WEIGHTS = "no-weights"  # every weight that matters here is zero
    EMPTY = "empty"  # the stage has no choices


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one trade-off adds to a choice's score."""

    dimension: str
    effect: int
    evidence: Evidence
    claim: str
    weight: float
    factor: float  # k: 1, or the assumption factor

    @property
    def value(self) -> float:
        return round(self.weight * self.effect * self.factor, _PLACES)


@dataclass(frozen=True, slots=True)
class ScoredChoice:
    choice: Choice
    score: float
    rank: int
    contributions: tuple[Contribution, ...]

    def per_dimension(self) -> dict[str, float]:
        """``E_c,d``: the choice's effects on each dimension, before weighting (× k)."""
        totals: dict[str, float] = {}
        for c in self.contributions:
            totals[c.dimension] = totals.get(c.dimension, 0.0) + c.effect * c.factor
        return totals


@dataclass(frozen=True, slots=True)
class Ranking:
    rows: tuple[ScoredChoice, ...]  # best first; equal scores in the stage's order
    weights: dict[str, float]  # the weight used for every dimension the stage touches
    assumption_factor: float
    outcome: Outcome

    @property
    def top(self) -> tuple[ScoredChoice, ...]:
        """The choice(s) in first place: one, several (a tie), or none."""
        return tuple(row for row in self.rows if row.rank == 1)

    @property
    def leader(self) -> ScoredChoice | None:
        return self.rows[0] if self.outcome is Outcome.RANKED else None

    def row(self, choice_id: str) -> ScoredChoice:
        return next(row for row in self.rows if row.choice.id == choice_id)


def weight_of(weights: Mapping[str, float], dimension: str) -> float:
    """The reader's weight for a dimension, the default if unset, kept within 0 … 4."""
    value = weights.get(dimension, DEFAULT_WEIGHT)
    return max(MIN_WEIGHT, min(MAX_WEIGHT, float(value)))


def stage_dimensions(choices: Sequence[Choice]) -> list[str]:
    """Dimensions the choices' trade-offs touch, in order of first appearance."""
    return list(dict.fromkeys(t.dimension for choice in choices for t in choice.tradeoffs))


def rank(
    stage: Stage | Sequence[Choice], weights: Mapping[str, float], assumption_factor: float = 1.0
) -> Ranking:
    """Score and rank the choices of a stage (or the given choices) with the reader's weights."""
    choices = list(stage.choices if isinstance(stage, Stage) else stage)
    dimensions = stage_dimensions(choices)
    used = {d: weight_of(weights, d) for d in dimensions}
    factor = max(0.0, min(1.0, float(assumption_factor)))
    scored = []
    for choice in choices:
        contributions = tuple(
            Contribution(
                t.dimension,
                t.effect,
                t.evidence,
                t.claim,
                used[t.dimension],
                factor if t.evidence is Evidence.ASSUMPTION else 1.0,
            )
            for t in choice.tradeoffs
        )
        scored.append((choice, round(sum(c.value for c in contributions), _PLACES), contributions))
    order = sorted(range(len(scored)), key=lambda i: -scored[i][1])  # stable: stage order on ties
    rows: list[ScoredChoice] = []
    for position, i in enumerate(order):
        choice, score, contributions = scored[i]
        tied_above = rows and rows[-1].score == score
        rows.append(ScoredChoice(choice, score, rows[-1].rank if tied_above else position + 1, contributions))
    if not rows:
        outcome = Outcome.EMPTY
    elif all(w == 0 for w in used.values()):
        outcome = Outcome.NO_WEIGHTS
    elif len(rows) > 1 and rows[1].rank == 1:
        outcome = Outcome.TIE
    else:
        outcome = Outcome.RANKED
    return Ranking(tuple(rows), used, factor, outcome)


# -- explanation ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Explanation:
    leader: ScoredChoice
    runner_up: ScoredChoice | None
    #: The leader's positive contributions, largest first: what carried its score.
    carried_by: tuple[Contribution, ...]
    #: Its negative contributions, most negative first: what held it back.
    held_back_by: tuple[Contribution, ...]
    #: Per dimension, weight × (E_leader − E_runner-up), largest advantage first, zeros left out.
    versus_runner_up: tuple[tuple[str, float], ...]

    @property
    def margin(self) -> float:
        return round(self.leader.score - self.runner_up.score, _PLACES) if self.runner_up else 0.0


def explain(ranking: Ranking) -> Explanation | None:
    """Why the first choice is first; None when nothing leads (a tie, no weights, no choices)."""
    leader = ranking.leader
    if leader is None:
        return None
    runner_up = ranking.rows[1] if len(ranking.rows) > 1 else None
    carried = sorted((c for c in leader.contributions if c.value > 0), key=lambda c: -c.value)
    held = sorted((c for c in leader.contributions if c.value < 0), key=lambda c: c.value)
    versus: list[tuple[str, float]] = []
    if runner_up is not None:
        mine, theirs = leader.per_dimension(), runner_up.per_dimension()
        for dimension, weight in ranking.weights.items():
            difference = round(weight * (mine.get(dimension, 0.0) - theirs.get(dimension, 0.0)), _PLACES)
            if difference:
                versus.append((dimension, difference))
        versus.sort(key=lambda item: -item[1])
    return Explanation(leader, runner_up, tuple(carried), tuple(held), tuple(versus))


# -- sensitivity ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Flip:
    """Moving one weight from ``current`` to ``new`` makes ``challenger`` draw level with ``leader``."""

    dimension: str
    current: float
    new: float
    leader: str
    challenger: str

    @property
    def delta(self) -> float:
        return round(self.new - self.current, _PLACES)


@dataclass(frozen=True, slots=True)
class TieBreak:
    """Which of the tied choices a small change of one weight would favour."""

    dimension: str
    if_raised: tuple[str, ...]
    if_lowered: tuple[str, ...]  # empty when the weight is already 0


@dataclass(frozen=True, slots=True)
class Sensitivity:
    outcome: Outcome
    #: For a single leader: the smallest one-weight change that lets another choice draw level;
    #: None when no change within 0 … 4 does (the lead is robust).
    flip: Flip | None = None
    #: For a tie or all-zero weights: the weights that would break it, and for whom.
    tie_breaks: tuple[TieBreak, ...] = ()


def sensitivity(ranking: Ranking, low: float = MIN_WEIGHT, high: float = MAX_WEIGHT) -> Sensitivity:
    """How far the reader's weights are from another first choice."""
    if ranking.outcome in (Outcome.TIE, Outcome.NO_WEIGHTS):
        return Sensitivity(ranking.outcome, tie_breaks=_tie_breaks(ranking, low))
    leader = ranking.leader
    if leader is None:
        return Sensitivity(ranking.outcome)
    best: tuple[float, int, int, Flip] | None = None
    mine = leader.per_dimension()
    for d_order, (dimension, weight) in enumerate(ranking.weights.items()):
        for c_order, other in enumerate(ranking.rows[1:]):
            slope = other.per_dimension().get(dimension, 0.0) - mine.get(dimension, 0.0)
            if slope == 0:
                continue
            delta = (leader.score - other.score) / slope
            new = round(weight + delta, _PLACES)
            if not low <= new <= high:
                continue
            key = (abs(delta), d_order, c_order)
            if best is None or key < best[:3]:
                best = (*key, Flip(dimension, weight, new, leader.choice.id, other.choice.id))
    return Sensitivity(ranking.outcome, flip=best[3] if best else None)


def _tie_breaks(ranking: Ranking, low: float) -> tuple[TieBreak, ...]:
    tied = ranking.top
    effects = [(row.choice.id, row.per_dimension()) for row in tied]
    breaks = []
    for dimension, weight in ranking.weights.items():
        values = [e.get(dimension, 0.0) for _, e in effects]
        if max(values) == min(values):
            continue  # this weight moves every tied choice alike
        raised = tuple(cid for cid, e in effects if e.get(dimension, 0.0) == max(values))
        lowered = (
            tuple(cid for cid, e in effects if e.get(dimension, 0.0) == min(values)) if weight > low else ()
        )
        breaks.append(TieBreak(dimension, raised, lowered))
    return tuple(breaks)


# -- plain-English summary (reports and the command line; the UI words its own, translated) --------
def _number(value: float) -> str:
    return f"{value:+.2f}".rstrip("0").rstrip(".") if value else "0"


def _weight(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def summarise(
    ranking: Ranking,
    label: Mapping[str, str],
    choice_label: Mapping[str, str],
    labels: ExportLabels = ENGLISH,
) -> list[str]:
    """Sentences that explain a ranking and its sensitivity, for a report (in ``labels``' language)."""
    name = {**{row.choice.id: row.choice.label for row in ranking.rows}, **choice_label}

    def dim(dimension: str) -> str:
        return label.get(dimension, dimension)

    def quoted(choice_id: str) -> str:
        return fill(labels.translate("Export", "“%1”"), name[choice_id])

    if ranking.outcome is Outcome.EMPTY:
        return [labels.translate("Export", "This stage has no choices to rank.")]
    lines: list[str] = []
    if ranking.outcome is Outcome.NO_WEIGHTS:
        lines.append(
            labels.translate(
                "Export", "All weights are zero, so every choice scores 0 and there is no ranking."
            )
        )
    elif ranking.outcome is Outcome.TIE:
        tied = labels.translate("Export", " and ").join(quoted(row.choice.id) for row in ranking.top)
        lines.append(
            fill(
                labels.translate("Export", "%1 share the first place with %2."),
                tied,
                _number(ranking.top[0].score),
            )
        )
    explanation = explain(ranking)
    if explanation is not None:
        top = explanation.leader
        carried = ", ".join(
            f"{dim(c.dimension)} ({_number(c.value)} = {_weight(c.weight)} × {c.effect:+d}"
            + (f" × {_weight(c.factor)}" if c.factor != 1 else "")
            + ")"
            for c in explanation.carried_by
        )
        if carried:
            lines.append(
                fill(
                    labels.translate("Export", "%1 leads with %2, carried by %3."),
                    quoted(top.choice.id),
                    _number(top.score),
                    carried,
                )
            )
        else:
            lines.append(
                fill(
                    labels.translate("Export", "%1 leads with %2."), quoted(top.choice.id), _number(top.score)
                )
            )
        if explanation.held_back_by:
            held = ", ".join(f"{dim(c.dimension)} ({_number(c.value)})" for c in explanation.held_back_by)
            lines.append(fill(labels.translate("Export", "Held back by %1."), held))
        if explanation.runner_up is not None and explanation.versus_runner_up:
            reasons = ", ".join(f"{dim(d)} ({_number(v)})" for d, v in explanation.versus_runner_up)
            lines.append(
                fill(
                    labels.translate("Export", "Ahead of %1 by %2: %3."),
                    quoted(explanation.runner_up.choice.id),
                    _number(explanation.margin),
                    reasons,
                )
            )
    result = sensitivity(ranking)
    if result.flip is not None:
        f = result.flip
        values = (
            dim(f.dimension),
            _weight(f.current),
            _weight(f.new),
            _number(f.delta),
            quoted(f.challenger),
        )
        if f.delta > 0:
            sentence = labels.translate(
                "Export",
                "Sensitivity: raising the weight of %1 from %2 to %3 (%4) makes %5 draw level; "
                "beyond that it leads.",
            )
        else:
            sentence = labels.translate(
                "Export",
                "Sensitivity: lowering the weight of %1 from %2 to %3 (%4) makes %5 draw level; "
                "beyond that it leads.",
            )
        lines.append(fill(sentence, *values))
    elif ranking.outcome is Outcome.RANKED and len(ranking.rows) > 1:
        lines.append(
            fill(
                labels.translate(
                    "Export",
                    "Sensitivity: no change of a single weight within %1–%2 changes the first choice.",
                ),
                _weight(MIN_WEIGHT),
                _weight(MAX_WEIGHT),
            )
        )
    for tie_break in result.tie_breaks:
        favoured = labels.translate("Export", " or ").join(quoted(c) for c in tie_break.if_raised)
        lines.append(
            fill(
                labels.translate("Export", "Raising the weight of %1 would favour %2."),
                dim(tie_break.dimension),
                favoured,
            )
        )
    return lines
