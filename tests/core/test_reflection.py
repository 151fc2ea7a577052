"""The ranking of choices by the reader's weights: hand-computed scores, explanations,
sensitivity, ties and all-zero weights."""

from __future__ import annotations

import pytest

from explorer.core.pack.model import Choice, Evidence, Stage, TradeOff
from explorer.core.reflection.ranking import (
    DEFAULT_WEIGHT,
    MAX_WEIGHT,
    Flip,
    Outcome,
    TieBreak,
    explain,
    rank,
    sensitivity,
    summarise,
)


def _choice(choice_id: str, *effects: tuple[str, int, Evidence]) -> Choice:
    return Choice(
        id=choice_id,
        label=choice_id.upper(),
        description="…",
        tradeoffs=[
            TradeOff(dimension=d, effect=e, claim=f"{choice_id} on {d}", evidence=ev) for d, e, ev in effects
        ],
    )


S, INF, A = Evidence.STATED, Evidence.INFERRED, Evidence.ASSUMPTION
# a: cost +2, safety −1; b: cost −1, safety +2; c: influence +1 (an assumption)
STAGE = Stage(
    id="s",
    title="Stage",
    context="…",
    question="?",
    choices=[
        _choice("a", ("cost", 2, S), ("safety", -1, INF)),
        _choice("b", ("cost", -1, S), ("safety", 2, INF)),
        _choice("c", ("influence", 1, A)),
    ],
)
WEIGHTS = {"cost": 2, "safety": 1, "influence": 2}


def _scores(ranking) -> list[tuple[str, float, int]]:  # type: ignore[no-untyped-def]
    return [(row.choice.id, row.score, row.rank) for row in ranking.rows]


def test_scores_are_the_weighted_sum_of_effects() -> None:
    ranking = rank(STAGE, WEIGHTS)
    # a = 2×2 + 1×(−1) = 3; c = 2×1 = 2; b = 2×(−1) + 1×2 = 0
    assert _scores(ranking) == [("a", 3, 1), ("c", 2, 2), ("b", 0, 3)]
    assert ranking.outcome is Outcome.RANKED and ranking.leader is not None
    assert ranking.leader.choice.id == "a"
    assert ranking.weights == {"cost": 2, "safety": 1, "influence": 2}


def test_assumptions_can_be_discounted() -> None:
    assert rank(STAGE, WEIGHTS, assumption_factor=0.5).row("c").score == 1  # 2 × 1 × ½
    # Counted for nothing, c ties b at 0: they share the second place, in the stage's order.
    assert _scores(rank(STAGE, WEIGHTS, assumption_factor=0)) == [("a", 3, 1), ("b", 0, 2), ("c", 0, 2)]


def test_unset_weights_take_the_default_and_weights_stay_in_range() -> None:
    assert rank(STAGE, {}).weights == dict.fromkeys(["cost", "safety", "influence"], DEFAULT_WEIGHT)
    assert rank(STAGE, {"cost": 9, "safety": -3}).weights["cost"] == MAX_WEIGHT
    assert rank(STAGE, {"cost": 9, "safety": -3}).weights["safety"] == 0


def test_explanation_names_the_tradeoffs_that_carried_the_score() -> None:
    explanation = explain(rank(STAGE, WEIGHTS))
    assert explanation is not None
    assert [(c.dimension, c.value) for c in explanation.carried_by] == [("cost", 4)]
    assert [(c.dimension, c.value) for c in explanation.held_back_by] == [("safety", -1)]
    assert explanation.runner_up is not None and explanation.runner_up.choice.id == "c"
    assert explanation.margin == 1
    # versus c, dimension by dimension: cost 2×(2−0), safety 1×(−1−0), influence 2×(0−1)
    assert explanation.versus_runner_up == (("cost", 4), ("safety", -1), ("influence", -2))


def test_sensitivity_is_the_smallest_single_weight_change_that_lets_another_choice_draw_level() -> None:
    # Candidates (δ = gap / (E_challenger − E_leader)):
    #   cost:      vs b 3/(−1−2) = −1,  vs c 1/(0−2) = −0.5
    #   safety:    vs b 3/(2+1) = +1,   vs c 1/(0+1) = +1
    #   influence: vs c 1/(1−0) = +1
    result = sensitivity(rank(STAGE, WEIGHTS))
    assert result.outcome is Outcome.RANKED
    assert result.flip == Flip("cost", 2, 1.5, "a", "c")
    assert result.flip is not None and result.flip.delta == -0.5
    # Check by hand: at cost 1.5, a = 3 − 1 = 2 = c.
    moved = rank(STAGE, {**WEIGHTS, "cost": 1.5})
    assert moved.outcome is Outcome.TIE and {r.choice.id for r in moved.top} == {"a", "c"}


def test_a_lead_no_weight_within_range_can_overturn_is_robust() -> None:
    stage = [_choice("a", ("cost", 2, S), ("safety", 1, S)), _choice("b", ("cost", -1, S))]
    ranking = rank(stage, {"cost": 2, "safety": 2})  # a = 6, b = −2
    # cost would have to fall to 2 − 8/3, safety to 2 − 8: both below 0.
    assert sensitivity(ranking).flip is None
    assert any("no change of a single weight" in line for line in summarise(ranking, {}, {}))


def test_a_tie_for_first_place_is_reported_with_what_would_break_it() -> None:
    ranking = rank(STAGE, {"cost": 1, "safety": 1, "influence": 0})  # a = 1, b = 1, c = 0
    assert ranking.outcome is Outcome.TIE
    assert [r.choice.id for r in ranking.top] == ["a", "b"]
    assert ranking.leader is None and explain(ranking) is None
    assert sensitivity(ranking).tie_breaks == (
        TieBreak("cost", if_raised=("a",), if_lowered=("b",)),
        TieBreak("safety", if_raised=("b",), if_lowered=("a",)),
    )
    assert "share the first place" in summarise(ranking, {}, {})[0]


def test_floating_point_sums_that_are_equal_tie() -> None:
    stage = [_choice("a", ("cost", 1, S), ("safety", 1, S)), _choice("b", ("influence", 1, S))]
    ranking = rank(stage, {"cost": 0.1, "safety": 0.2, "influence": 0.3})  # 0.1 + 0.2 vs 0.3
    assert ranking.outcome is Outcome.TIE


def test_all_zero_weights_give_no_ranking_rather_than_a_silent_pick() -> None:
    ranking = rank(STAGE, {"cost": 0, "safety": 0, "influence": 0})
    assert ranking.outcome is Outcome.NO_WEIGHTS
    assert all(row.score == 0 and row.rank == 1 for row in ranking.rows)
    assert explain(ranking) is None
    result = sensitivity(ranking)
    assert result.flip is None
    # Raising any one weight decides it; nothing can be lowered below zero.
    assert result.tie_breaks == (
        TieBreak("cost", ("a",), ()),
        TieBreak("safety", ("b",), ()),
        TieBreak("influence", ("c",), ()),
    )
    assert "All weights are zero" in summarise(ranking, {}, {})[0]


@pytest.mark.parametrize("choices", [[], [_choice("only", ("cost", 1, S))]])
def test_no_or_one_choice(choices: list[Choice]) -> None:
    ranking = rank(choices, WEIGHTS)
    assert ranking.outcome is (Outcome.EMPTY if not choices else Outcome.RANKED)
    assert sensitivity(ranking).flip is None
    assert summarise(ranking, {}, {})


def test_summary_reads_like_the_hand_computation() -> None:
    labels = {"cost": "Cost", "safety": "Peacekeeper safety", "influence": "Influence in the UN"}
    lines = summarise(rank(STAGE, WEIGHTS), labels, {})
    assert lines[0] == "“A” leads with +3, carried by Cost (+4 = 2 × +2)."
    assert lines[1] == "Held back by Peacekeeper safety (-1)."
    assert lines[2].startswith("Ahead of “C” by +1: Cost (+4)")
    assert lines[3] == (
        "Sensitivity: lowering the weight of Cost from 2 to 1.5 (-0.5) makes “C” draw level; "
        "beyond that it leads."
    )


def test_bundled_pack_every_stage_ranks_and_every_flip_really_flips(bundled_pack) -> None:  # type: ignore[no-untyped-def]
    """On the real pack, applying the reported change makes the challenger draw level."""
    for scenario in bundled_pack.scenarios:
        for stage in scenario.stages:
            ranking = rank(stage, {})
            flip = sensitivity(ranking).flip
            if flip is None:
                continue
            moved = rank(stage, {**ranking.weights, flip.dimension: flip.new})
            assert moved.row(flip.challenger).score == pytest.approx(moved.row(flip.leader).score)
            assert moved.rows[0].score == pytest.approx(moved.row(flip.leader).score)
