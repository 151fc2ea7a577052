"""One passage, one translation: a passage glossed two ways in a pack is a located warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.gloss_consistency import GlossRegister, passage_words, sentences
from explorer.core.pack.loader import LoadedPack, load_pack
from explorer.core.pack.model import Citation

DATA = Path(__file__).resolve().parents[1] / "data"
SMALL_ARMY = (
    "    gloss: The numerical strength of our army is not so great that we can deploy significant "
    "contingents everywhere.\n"
)
OTHER_WORDS = (
    "    gloss: Our army is not large enough in numbers for us to deploy "
    "significant contingents everywhere.\n"
)


def _pack_with_second_scenario(tmp_path: Path, edit: tuple[str, str] = ("", "")) -> Path:
    """The good pack plus a copy of its scenario under another id, with one edit in the copy."""
    pack = tmp_path / "pack"
    shutil.copytree(DATA / "packs" / "good", pack)
    text = (pack / "belgian-presence.yaml").read_text(encoding="utf-8")
    assert SMALL_ARMY in text
    copy = text.replace("id: belgian-presence", "id: second-look", 1)
    if edit[0]:
        assert edit[0] in copy
        copy = copy.replace(edit[0], edit[1], 1)
    (pack / "second-look.yaml").write_text(copy, encoding="utf-8")
    return pack


def _gloss_warnings(pack: LoadedPack) -> list[str]:
    return [p.format() for p in pack.problems if "glossed differently" in p.message]


def test_a_passage_glossed_two_ways_is_a_warning_at_the_later_gloss(tmp_path: Path, corpus: Corpus) -> None:
    directory = _pack_with_second_scenario(tmp_path, (SMALL_ARMY, OTHER_WORDS))
    pack = load_pack(directory, corpus)
    assert pack.errors == []
    assert sorted(s.id for s in pack.scenarios) == ["belgian-presence", "second-look"]
    [problem] = [p for p in pack.problems if "glossed differently" in p.message]
    assert problem.severity == "warning"
    assert Path(problem.file).name == "second-look.yaml"
    lines = (directory / "second-look.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[problem.line - 1] == OTHER_WORDS.rstrip("\n")
    assert problem.path == "evidence.small-army.gloss"
    # It names where the other translation is and quotes it, and says what to do.
    assert "belgian-presence.yaml" in problem.message and "`small-army`" in problem.message
    assert "The numerical strength of our army" in problem.message
    assert "`fod-bz-vredesoperaties`" in problem.message
    assert "use the same gloss" in problem.message


def test_the_same_gloss_rewrapped_or_without_the_end_stop_is_the_same(tmp_path: Path, corpus: Corpus) -> None:
    # The copy quotes the passage without its full stop and glosses it in a folded block:
    # the same passage, the same translation.
    shorter = (
        "    quote: De getalsterkte van ons leger is niet zo groot dat we overal belangrijke contingenten "
        "kunnen inzetten\n"
        "    gloss: >-\n"
        "      The numerical strength of our army is not so great\n"
        "      that we can deploy significant contingents everywhere\n"
    )
    original = (
        "    quote: De getalsterkte van ons leger is niet zo groot dat we overal belangrijke contingenten "
        "kunnen inzetten.\n" + SMALL_ARMY
    )
    pack = load_pack(_pack_with_second_scenario(tmp_path, (original, shorter)), corpus)
    assert pack.problems == []


def test_two_glosses_of_one_passage_in_one_file_point_at_each_other(tmp_path: Path, corpus: Corpus) -> None:
    pack_dir = tmp_path / "pack"
    shutil.copytree(DATA / "packs" / "good", pack_dir)
    path = pack_dir / "belgian-presence.yaml"
    text = path.read_text(encoding="utf-8")
    twin = (
        "  small-army-again:\n"
        "    source: fod-bz-vredesoperaties\n"
        "    quote: De getalsterkte van ons leger is niet zo groot dat we overal belangrijke contingenten "
        "kunnen inzetten.\n" + OTHER_WORDS
    )
    text = text.replace("  command-liaison:\n", twin + "  command-liaison:\n", 1)
    text = text.replace("(cite:small-army) for big", "(cite:small-army-again) (cite:small-army) for big", 1)
    path.write_text(text, encoding="utf-8")
    warnings = _gloss_warnings(load_pack(pack_dir, corpus))
    assert len(warnings) == 1
    assert "in this file (evidence `small-army`" in warnings[0]
    assert f":{text.splitlines().index(OTHER_WORDS.rstrip(chr(10))) + 1}:" in warnings[0]


def test_a_clause_quoted_inside_a_longer_sentence_is_not_compared(tmp_path: Path, corpus: Corpus) -> None:
    # "kampt de VN met een tekort …" is the middle of a sentence the copy quotes whole: a
    # clause translated within its sentence may rightly read differently, so no warning.
    clause = (
        "    quote: kampt de VN met een tekort aan goed getrainde troepen en kritieke middelen, zoals "
        "inlichtingenpersoneel, strategisch transport en helikopters\n"
        "    gloss: the UN suffers from a shortage of well-trained troops and critical assets, such as "
        "intelligence personnel, strategic transport and helicopters\n"
    )
    sentence = (
        "    quote: Daarnaast kampt de VN met een tekort aan goed getrainde troepen en kritieke middelen, "
        "zoals inlichtingenpersoneel, strategisch transport en helikopters.\n"
        "    gloss: In addition, the UN is struggling with a shortage of well-trained troops and critical "
        "assets, such as intelligence personnel, strategic transport and helicopters.\n"
    )
    pack = load_pack(_pack_with_second_scenario(tmp_path, (clause, sentence)), corpus)
    assert pack.problems == []


TWO_SENTENCES = (
    "De getalsterkte van ons leger is niet zo groot dat we overal belangrijke contingenten kunnen inzetten. "
    "Door commando-, waarnemings- en liaisontaken op te nemen proberen we in de mate van het mogelijke te "
    "zorgen voor aanwezigheid in conflicthaarden in de wereld."
)


def _pack_quoting_both_sentences(tmp_path: Path, gloss: str) -> Path:
    """The good pack plus a scenario whose `small-army` quotes two whole sentences at once."""
    both = f'    quote: "{TWO_SENTENCES}"\n    gloss: "{gloss}"\n'
    original = (
        "    quote: De getalsterkte van ons leger is niet zo groot dat we overal belangrijke contingenten "
        "kunnen inzetten.\n" + SMALL_ARMY
    )
    return _pack_with_second_scenario(tmp_path, (original, both))


def test_a_sentence_quoted_alone_and_within_a_longer_quote_needs_one_translation(
    tmp_path: Path, corpus: Corpus
) -> None:
    gloss = (
        "Our army is not large enough in numbers for us to deploy significant contingents everywhere. "
        "By taking on command, observation and liaison tasks we try, as far as possible, to ensure a "
        "presence in the world's conflict areas."
    )
    directory = _pack_quoting_both_sentences(tmp_path, gloss)
    pack = load_pack(directory, corpus)
    [problem] = [p for p in pack.problems if "glossed differently" in p.message]
    assert problem.severity == "warning" and pack.errors == []
    assert Path(problem.file).name == "second-look.yaml" and problem.path == "evidence.small-army.gloss"
    assert "the same sentence of `fod-bz-vredesoperaties`" in problem.message
    # It quotes the other translation of that sentence, not the whole other gloss.
    assert "(evidence `small-army`: “The numerical strength of our army is not so great" in problem.message


def test_sentences_translated_alike_within_a_longer_quote_pass(tmp_path: Path, corpus: Corpus) -> None:
    gloss = (
        "The numerical strength of our army is not so great that we can deploy significant contingents "
        "everywhere. By taking on command, observation and liaison tasks we try, as far as possible, to "
        "ensure a presence in the world's conflict areas."
    )
    assert _gloss_warnings(load_pack(_pack_quoting_both_sentences(tmp_path, gloss), corpus)) == []


def test_a_gloss_whose_sentences_do_not_pair_with_the_quote_is_not_compared_by_sentence(
    tmp_path: Path, corpus: Corpus
) -> None:
    # Two Dutch sentences rendered as one English one: nothing to pair, so nothing to compare.
    gloss = (
        "Our army is too small to deploy significant contingents everywhere, so by taking on command, "
        "observation and liaison tasks we try, as far as possible, to ensure a presence in the world's "
        "conflict areas."
    )
    assert _gloss_warnings(load_pack(_pack_quoting_both_sentences(tmp_path, gloss), corpus)) == []


def test_sentences_split_at_sentence_ends_only() -> None:
    assert sentences("Eén zin. Twee zinnen? Ja! (Drie.)") == ["Eén zin", "Twee zinnen", "Ja", "(Drie.)"]
    assert sentences("bijv. effectief aanpakken, enz.) en meer.") == [
        "bijv. effectief aanpakken, enz.) en meer"
    ]
    assert sentences("") == []


def test_passage_words_sets_aside_spacing_and_end_punctuation() -> None:
    assert passage_words("  De punten:\n  ") == "De punten"
    assert passage_words("one\n   two.") == passage_words("one two") == "one two"
    assert passage_words("‘quoted’ words.") == "‘quoted’ words"


def test_the_bundled_pack_gives_each_passage_one_translation(bundled_pack: LoadedPack) -> None:
    assert _gloss_warnings(bundled_pack) == []
    glosses: dict[tuple[str, str], set[str]] = {}
    for scenario in bundled_pack.scenarios:
        for citation in scenario.evidence.values():
            if citation.gloss.strip():
                key = (citation.source, passage_words(citation.quote))
                glosses.setdefault(key, set()).add(passage_words(citation.gloss))
    assert len(glosses) >= 250
    assert all(len(found) == 1 for found in glosses.values())
    # And each whole sentence quoted in more than one passage is translated one way.
    by_sentence: dict[tuple[str, str], set[str]] = {}
    for scenario in bundled_pack.scenarios:
        for citation in scenario.evidence.values():
            quoted, glossed = sentences(citation.quote), sentences(citation.gloss)
            if citation.gloss.strip() and len(quoted) == len(glossed):
                for sentence, translation in zip(quoted, glossed, strict=True):
                    by_sentence.setdefault((citation.source, sentence), set()).add(translation)
    assert all(len(found) == 1 for found in by_sentence.values())


_QUOTES = ["One. Two words here.", "One", "Two words here", "One.  Two words here", "Three"]
_GLOSSES = ["Een. Twee woorden.", "Een", "Twee woorden", "Een.  Twee woorden", "Anders. Twee woorden.", ""]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.lists(
            st.tuples(st.sampled_from(["a", "b"]), st.sampled_from(_QUOTES), st.sampled_from(_GLOSSES)),
            min_size=1,
            max_size=4,
        ),
        max_size=8,
    )
)
def test_an_answer_kept_for_a_repeated_quote_and_gloss_is_the_one_worked_out_again(
    bundled_pack: LoadedPack, files: list[list[tuple[str, str, str]]]
) -> None:
    """The register keeps its answer per (source, quote, gloss): the same warnings as one that never does."""
    base = bundled_pack.scenarios[0]
    kept, fresh = GlossRegister(), GlossRegister()
    for number, citations in enumerate(files):
        evidence = {
            f"c{n}": Citation(source=source, quote=quote, gloss=gloss)
            for n, (source, quote, gloss) in enumerate(citations)
        }
        scenario = msgspec.structs.replace(base, evidence=evidence)
        file = f"file-{number % 3}.yaml"
        fresh._answered.clear()
        assert list(kept.check(scenario, file)) == list(fresh.check(scenario, file))
