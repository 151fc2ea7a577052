"""Pack translations: overlays checked against their base, stale by hash, applied per language."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loadcache import load_corpus_and_pack
from explorer.core.pack.loader import LoadedPack, load_pack
from explorer.core.pack.pack_translation import in_language, source_languages
from explorer.core.pack.translations import text_hash
from explorer.core.pack.worksheet import WorksheetError, update_overlay
from explorer.core.workshop.roles import load_roles, roles_in
from tests.hostile_cases import expected

DATA = Path(__file__).resolve().parents[1] / "data"
TRANSLATED = DATA / "packs" / "translated"
ROLES = DATA / "roles" / "roles.yaml"
SCENARIO = "belgian-presence.yaml"


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(TRANSLATED, target)
    return target


def _overlay(pack_dir: Path, language: str, name: str = SCENARIO) -> Path:
    return pack_dir / "translations" / language / name


def _edit(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def _overlay_problems(pack: LoadedPack, language: str = "nl") -> list:  # type: ignore[type-arg]
    assert not any("translations" in p.file for p in pack.problems)  # kept apart from the pack's own
    return [
        p for p in pack.translation_problems if f"translations/{language}/" in p.file.replace(os.sep, "/")
    ]


def test_the_test_pack_translations_are_complete_and_clean(corpus: Corpus) -> None:
    pack = load_pack(TRANSLATED, corpus)
    assert pack.problems == [] and pack.translation_problems == []
    assert sorted(pack.translations) == ["fr", "nl"]
    for translation in pack.translations.values():
        assert set(translation.coverage) == {"pack.yaml", SCENARIO}
        assert all(c.complete for c in translation.coverage.values())


def test_english_base_keeps_its_glosses_and_a_pack_without_translation_is_itself(corpus: Corpus) -> None:
    pack = load_pack(TRANSLATED, corpus)
    assert in_language(pack, "en") is pack
    assert in_language(pack, "de") is pack
    scenario = pack.scenarios[0]
    assert scenario.title == "Quality or quantity?"
    assert scenario.evidence["small-army"].gloss.startswith("The numerical strength")
    assert scenario.evidence["budget-cuts"].gloss == ""  # an English quote


def test_dutch_quotes_lose_their_gloss_in_dutch_and_english_ones_get_a_dutch_one(corpus: Corpus) -> None:
    dutch = in_language(load_pack(TRANSLATED, corpus), "nl")
    scenario = dutch.scenarios[0]
    assert dutch.language == "nl"
    assert scenario.title == "Kwaliteit of kwantiteit?"
    assert scenario.stages[0].choices[0].tradeoffs[0].claim.startswith("Kleine stafbijdragen")
    assert "(cite:small-army)" in scenario.stages[0].context
    assert scenario.evidence["small-army"].gloss == ""  # fod-bz-vredesoperaties is Dutch
    assert scenario.evidence["critical-assets"].gloss == ""
    assert scenario.evidence["budget-cuts"].gloss.startswith("Nu beide terreinen")  # kuno-2026: English
    # Quotes, ids and anchors are untouched: a translation changes prose only.
    assert scenario.evidence["small-army"].quote.startswith("De getalsterkte")
    assert dutch.anchors is not None and dutch.citation("belgian-presence", "small-army")
    assert dutch.info.title == "Vredesoperaties onder druk"
    assert dutch.dimension_label("cost") == "Kosten"


def test_in_french_every_quote_has_a_french_gloss(corpus: Corpus) -> None:
    scenario = in_language(load_pack(TRANSLATED, corpus), "fr").scenarios[0]
    assert scenario.title == "Qualité ou quantité ?"
    glosses = {key: citation.gloss for key, citation in scenario.evidence.items()}
    assert glosses["small-army"].startswith("L'effectif de notre armée")
    assert glosses["budget-cuts"].startswith("Alors que les deux domaines")
    assert all(glosses.values())


def test_a_missing_key_is_a_located_warning_and_the_english_shows_for_it(
    pack_dir: Path, corpus: Corpus
) -> None:
    overlay = _overlay(pack_dir, "nl")
    _edit(overlay, "  title:\n    from: 095221b0f00b\n    text: Kwaliteit of kwantiteit?\n", "")
    pack = load_pack(pack_dir, corpus)
    [problem] = _overlay_problems(pack)
    # Behind, not wrong: a warning (the English shows), which ``--strict`` fails on.
    assert problem.severity == "warning" and "`title` is missing" in problem.message
    assert problem.file.endswith(os.path.join("translations", "nl", SCENARIO))
    assert problem.line == _line_of(overlay, "texts:")
    assert [s.id for s in pack.scenarios] == ["belgian-presence"]  # the base still loads
    scenario = in_language(pack, "nl").scenarios[0]
    assert scenario.title == "Quality or quantity?"
    assert scenario.summary.startswith("Een klein leger")
    coverage = pack.translations["nl"].coverage[SCENARIO]
    assert (coverage.missing, coverage.complete) == (1, False)


def test_placeholder_text_is_refused_as_in_the_pack(pack_dir: Path, corpus: Corpus) -> None:
    overlay = _overlay(pack_dir, "nl")
    _edit(overlay, "text: Belgische regering", "text: TODO vertalen")
    pack = load_pack(pack_dir, corpus)
    [problem] = _overlay_problems(pack)
    assert "`decision_maker`: placeholder text 'TODO vertalen'; write the translation" in problem.message
    assert problem.line == _line_of(overlay, "TODO vertalen")
    assert in_language(pack, "nl").scenarios[0].decision_maker == "Belgian government"


def test_an_extra_key_is_an_error_at_its_line(pack_dir: Path, corpus: Corpus) -> None:
    overlay = _overlay(pack_dir, "nl")
    with overlay.open("a", encoding="utf-8") as stream:
        stream.write("  stages.the-offer.choices.nowhere.label:\n    from: abc\n    text: Nergens\n")
    [problem] = _overlay_problems(load_pack(pack_dir, corpus))
    assert "`stages.the-offer.choices.nowhere.label` is not a text of the base file" in problem.message
    assert problem.line == _line_of(overlay, "choices.nowhere.label")


def test_a_wrong_language_is_an_error_and_the_overlay_is_not_used(pack_dir: Path, corpus: Corpus) -> None:
    overlay = _overlay(pack_dir, "nl")
    _edit(overlay, "language: nl", "language: fr")
    pack = load_pack(pack_dir, corpus)
    [problem] = _overlay_problems(pack)
    assert "`language: fr` in the folder `nl`" in problem.message
    assert problem.line == _line_of(overlay, "language: fr")
    assert in_language(pack, "nl").scenarios[0].title == "Quality or quantity?"


def test_changed_cite_ids_are_an_error_and_the_base_text_is_kept(pack_dir: Path, corpus: Corpus) -> None:
    overlay = _overlay(pack_dir, "nl")
    _edit(overlay, "liaisontaken](cite:command-liaison)", "liaisontaken](cite:critical-assets)")
    pack = load_pack(pack_dir, corpus)
    [problem] = _overlay_problems(pack)
    assert "lacks cite:command-liaison" in problem.message
    assert problem.line == _line_of(overlay, "stages.the-offer.context:") + 2  # its `text`
    assert in_language(pack, "nl").scenarios[0].stages[0].context.startswith("Belgium's foreign ministry")


def test_gloss_rules_follow_the_readers_language(pack_dir: Path, corpus: Corpus) -> None:
    nl = _overlay(pack_dir, "nl")
    # A gloss of a Dutch quote in a Dutch overlay is one too many …
    with nl.open("a", encoding="utf-8") as stream:
        stream.write(f"  evidence.small-army.gloss:\n    from: '{text_hash('x')}'\n    text: Overbodig\n")
    # … and the French one needs a gloss of every quote, Dutch ones included.
    fr = _overlay(pack_dir, "fr")
    _edit(fr, "  evidence.small-army.gloss:", "  evidence.small-army.note:")
    pack = load_pack(pack_dir, corpus)
    [dutch] = _overlay_problems(pack, "nl")
    assert "this quote is in nl already; a nl reader needs no gloss" in dutch.message
    french = {p.message for p in _overlay_problems(pack, "fr")}
    assert any("`evidence.small-army.gloss` is missing" in m for m in french)
    assert any("`evidence.small-army.note` is not a text of the base file" in m for m in french)
    # The gloss missing in French: the English gloss still stands beside the Dutch quote.
    gloss = in_language(pack, "fr").scenarios[0].evidence["small-army"].gloss
    assert gloss.startswith("The numerical strength")


def test_editing_the_base_makes_the_translation_stale_but_still_shown(pack_dir: Path, corpus: Corpus) -> None:
    _edit(pack_dir / SCENARIO, "title: Quality or quantity?", "title: Quality or quantity, really?")
    pack = load_pack(pack_dir, corpus)
    stale = [p for p in _overlay_problems(pack) if "stale" in p.message]
    assert [p.severity for p in stale] == ["warning"]
    assert f"now `from: {text_hash('Quality or quantity, really?')}`" in stale[0].message
    assert stale[0].line == _line_of(_overlay(pack_dir, "nl"), "from: 095221b0f00b")
    assert in_language(pack, "nl").scenarios[0].title == "Kwaliteit of kwantiteit?"
    coverage = pack.translations["nl"].coverage[SCENARIO]
    assert (coverage.stale, coverage.missing, coverage.complete) == (1, 0, False)
    # Re-wrapping a text is no change; taking the new hash clears the warning.
    _edit(
        _overlay(pack_dir, "nl"), "from: 095221b0f00b", f"from: {text_hash('Quality  or quantity, really?')}"
    )
    assert _overlay_problems(load_pack(pack_dir, corpus)) == []


def test_a_moved_base_leaves_a_warning_for_its_orphan_overlay(pack_dir: Path, corpus: Corpus) -> None:
    shutil.copy(_overlay(pack_dir, "nl"), _overlay(pack_dir, "nl", "gone.yaml"))
    [orphan] = _overlay_problems(load_pack(pack_dir, corpus))
    assert orphan.severity == "warning" and "`gone.yaml`, which is not in the pack" in orphan.message


READ_KINDS = {"alias expansion", "number digits", "nesting", "encoding", "file type", "file size"}


def _place(source: Path, target: Path) -> None:
    """``source`` (a file, a FIFO or a link) recreated at ``target``."""
    target.unlink()
    if source.is_symlink():
        target.symlink_to(os.readlink(source))
    elif source.is_fifo():
        os.mkfifo(target)
    elif source.is_dir():
        target.mkdir()
    else:
        target.write_bytes(source.read_bytes())


def test_a_hostile_overlay_gives_a_located_error_and_the_base_still_loads(
    hostile_cases: list[Path], corpus: Corpus, tmp_path: Path
) -> None:
    tried = set()
    for n, case in enumerate(hostile_cases):
        want = expected(case)
        if want["kind"] not in READ_KINDS or want["line"] == 0:
            continue
        source = case / want["file"]
        if not (source.exists() or source.is_symlink()):
            continue
        target = tmp_path / f"case-{n}"
        shutil.copytree(TRANSLATED, target)
        _place(source, _overlay(target, "nl"))
        pack = load_pack(target, corpus)
        errors = [p for p in _overlay_problems(pack) if p.severity == "error"]
        assert errors, case.name
        assert errors[0].line == want["line"] and want["message"] in errors[0].message, (case.name, errors)
        assert [s.id for s in pack.scenarios] == ["belgian-presence"], case.name
        assert in_language(pack, "nl").scenarios[0].title == "Quality or quantity?"
        assert in_language(pack, "fr").scenarios[0].title == "Qualité ou quantité ?"
        tried.add(want["kind"])
    assert tried == READ_KINDS


def test_an_alias_bomb_in_a_translation_text_is_refused(pack_dir: Path, corpus: Corpus) -> None:
    overlay = _overlay(pack_dir, "nl")
    bomb = (
        "  a: &a ["
        + ",".join(["x" * 50] * 50)
        + "]\n"
        + "".join(
            f"  {c}: &{c} [" + ",".join([f"*{p}"] * 50) + "]\n" for p, c in zip("abcd", "bcde", strict=True)
        )
    )
    text = overlay.read_text(encoding="utf-8").replace("texts:\n", "bomb:\n" + bomb + "texts:\n", 1)
    overlay.write_text(text, encoding="utf-8")
    [problem] = _overlay_problems(load_pack(pack_dir, corpus))
    assert "through YAML aliases" in problem.message


def test_roles_come_in_each_language(corpus: Corpus) -> None:
    roles = load_roles(corpus, ROLES)
    assert roles.problems == [] and roles.translation_problems == []
    assert roles_in(roles, "en") is roles
    dutch = roles_in(roles, "nl").role("troop-contributor")
    assert dutch.name == "Een ministerie dat troepen levert"
    assert all(citation.gloss == "" for citation in dutch.evidence.values())  # every quote is Dutch
    french = roles_in(roles, "fr").role("troop-contributor")
    assert french.evidence["readiness"].gloss.startswith("cela indique")
    assert roles.coverage["nl"].complete and roles.coverage["fr"].complete


def test_a_broken_roles_overlay_is_located_and_takes_no_role_away(corpus: Corpus, tmp_path: Path) -> None:
    shutil.copytree(ROLES.parent, tmp_path / "resources")
    overlay = tmp_path / "resources" / "translations" / "nl" / "roles.yaml"
    _edit(overlay, "language: nl", "language: de")
    roles = load_roles(corpus, tmp_path / "resources" / "roles.yaml")
    assert roles.ids() == ["troop-contributor"]
    [problem] = roles.translation_problems
    assert problem.line == _line_of(overlay, "language: de")
    assert roles_in(roles, "nl").role("troop-contributor").name == "A troop-contributing ministry"


def test_the_load_cache_notices_an_edited_overlay(pack_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _corpus, first = load_corpus_and_pack(pack_dir, None, cache)
    assert in_language(first, "nl").scenarios[0].title == "Kwaliteit of kwantiteit?"
    _corpus, again = load_corpus_and_pack(pack_dir, None, cache)
    assert in_language(again, "nl").scenarios[0].title == "Kwaliteit of kwantiteit?"
    _edit(_overlay(pack_dir, "nl"), "text: Kwaliteit of kwantiteit?", "text: Kwaliteit of aantallen?")
    _corpus, edited = load_corpus_and_pack(pack_dir, None, cache)
    assert in_language(edited, "nl").scenarios[0].title == "Kwaliteit of aantallen?"


def test_translate_adds_new_texts_marks_stale_ones_and_keeps_removed_ones(
    pack_dir: Path, corpus: Corpus
) -> None:
    sources = source_languages(corpus)
    base = pack_dir / SCENARIO
    _edit(base, "title: Quality or quantity?", "title: Quality or quantity, really?")
    _edit(
        base, "  - Is a qualitative presence", "  - What would the UN ask for?\n  - Is a qualitative presence"
    )
    target, counts = update_overlay(base, "nl", sources, pack_dir)
    assert target == _overlay(pack_dir, "nl")
    # Prompt 0 is new (prompt 1 now holds the old English under a new key: its old
    # translation stays at key 0, so it reads as stale rather than being lost).
    assert (counts.added, counts.stale) == (1, 2)
    text = target.read_text(encoding="utf-8")
    assert "# en: Quality or quantity, really?" in text
    new_hash = text_hash("Quality or quantity, really?")
    assert f"# STALE: the text above changed; check the translation, then write from: {new_hash}" in text
    assert "text: Kwaliteit of kwantiteit?" in text  # kept as the translator wrote it
    pack = load_pack(pack_dir, corpus)
    messages = [p.message for p in _overlay_problems(pack)]
    assert any("`discussion_prompts.1` is not translated yet" in m for m in messages)
    assert sum("stale" in m for m in messages) == 2


def test_translate_keeps_what_the_base_lost_as_comments(pack_dir: Path, corpus: Corpus) -> None:
    base = pack_dir / SCENARIO
    _edit(
        base,
        "discussion_prompts:\n  - Is a qualitative presence a contribution or a way to avoid one?\n",
        "discussion_prompts: []\n",
    )
    _target, counts = update_overlay(base, "nl", source_languages(corpus), pack_dir)
    assert counts.removed == 1
    text = _overlay(pack_dir, "nl").read_text(encoding="utf-8")
    assert "# discussion_prompts.0: Is een kwalitatieve aanwezigheid een bijdrage" in text
    assert _overlay_problems(load_pack(pack_dir, corpus)) == []


def test_translate_never_overwrites_an_overlay_it_cannot_read(pack_dir: Path, corpus: Corpus) -> None:
    overlay = _overlay(pack_dir, "nl")
    overlay.write_text("language: nl\ntexts: [unclosed\n", encoding="utf-8")
    before = overlay.read_bytes()
    with pytest.raises(WorksheetError, match="YAML syntax error"):
        update_overlay(pack_dir / SCENARIO, "nl", source_languages(corpus), pack_dir)
    assert overlay.read_bytes() == before


def test_a_shared_pack_carries_its_translations(tmp_path: Path, corpus: Corpus) -> None:
    from explorer.core.pack.bundle import unpack_to_temporary, write_bundle

    names = write_bundle(TRANSLATED, tmp_path / "shared.dilemma")
    assert "translations/nl/belgian-presence.yaml" in names and "translations/fr/pack.yaml" in names
    pack = load_pack(unpack_to_temporary(tmp_path / "shared.dilemma"), corpus)
    assert pack.problems == [] and pack.translation_problems == []
    assert in_language(pack, "nl").scenarios[0].title == "Kwaliteit of kwantiteit?"


def test_a_pack_with_too_many_languages_reads_the_first(pack_dir: Path, corpus: Corpus) -> None:
    from explorer.core.pack.budget import MAX_LANGUAGES

    for n in range(MAX_LANGUAGES):
        (pack_dir / "translations" / f"x{chr(97 + n // 26)}{chr(97 + n % 26)}").mkdir()  # after fr, nl
    pack = load_pack(pack_dir, corpus)
    [problem] = [p for p in pack.translation_problems if "translation languages" in p.message]
    assert f"{MAX_LANGUAGES + 2} translation languages; at most {MAX_LANGUAGES}" in problem.message
    assert sorted(pack.translations)[:2] == ["fr", "nl"] and len(pack.translations) == MAX_LANGUAGES


#: Ballegeer's article is Dutch, with a French abstract: these quotes are French.
FRENCH_QUOTES = [
    ("troops-or-enablers", "deaths-unacceptable"),
    ("peacekeeping-and-counterterrorism", "effective-un"),
    ("the-upper-bound", "effective"),
    ("minusma-campaign", "not-adequate"),
    ("shrinking-budgets", "effective-fr"),
]


def test_a_quote_is_glossed_by_its_own_language_not_its_sources(corpus: Corpus) -> None:
    from explorer.core.pack.translations import gloss_keys

    sources = source_languages(corpus)
    assert sources["ballegeer-2021"] == "nl"  # the source is Dutch...
    quote = {"source": "ballegeer-2021", "quote": "D’autres articles ont souligné le nombre inacceptable"}
    assert sources.of(quote) == "fr"  # ...the quote, from its French abstract, is not
    unknown = {"source": "ballegeer-2021", "quote": "not in the article at all"}
    assert sources.of(unknown) == "nl"  # not anchored: the source's language stands
    doc = {"evidence": {"abstract": quote, "body": {"source": "ballegeer-2021", "quote": "De MINUSMA"}}}
    assert set(gloss_keys(doc, "fr", sources)) == {"evidence.body.gloss"}
    assert set(gloss_keys(doc, "nl", sources)) == {"evidence.abstract.gloss"}
    assert set(gloss_keys(doc, "nl", {"ballegeer-2021": "nl"})) == set()  # a plain mapping: by source


def test_the_bundled_packs_french_quotes_have_dutch_glosses_and_none_in_french(
    bundled_pack: LoadedPack,
) -> None:
    dutch, french = in_language(bundled_pack, "nl"), in_language(bundled_pack, "fr")
    assert not dutch.translation_problems and not french.translation_problems
    for scenario_id, citation_id in FRENCH_QUOTES:
        english = bundled_pack.scenario(scenario_id).evidence[citation_id]
        assert english.gloss  # an English reader reads the French through a gloss
        in_dutch = dutch.scenario(scenario_id).evidence[citation_id]
        assert in_dutch.quote == english.quote and in_dutch.gloss and in_dutch.gloss != english.gloss
        if (bundled_pack.directory / "translations" / "fr" / f"{scenario_id}.yaml").exists():
            assert french.scenario(scenario_id).evidence[citation_id].gloss == ""  # read as written
