"""The bundled pack's Dutch and French overlays say each idea one way, as docs/glossary.md does.

The wordings below are the ones the overlays' prose used before it was aligned with the
glossary and with the overlays' own glosses; each comes back only by mistake. Glosses and
quotes are left out: a quote keeps the source's words (Ballegeer's *gastnatie*), and glosses
are held to one translation per passage by the loader's own check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from explorer.core.paths import bundled_pack_dir

# language -> (retired wording, what the glossary says instead)
RETIRED: dict[str, list[tuple[str, str]]] = {
    "nl": [
        (r"\bhiaat|\bhiaten\b", "gaten (gaps a withdrawing mission leaves)"),
        (r"\bburgerschade\b", "het bijhouden van schade aan burgers"),
        (r"geïntegreerde aanpak", "geïntegreerde benadering"),
        (r"\bgastnatie|\bgaststa(at|ten)\b", "gastland"),
        (r"\bvredeshandhavers?\b|\bvredestroepen\b", "blauwhelmen; actoren van vredeshandhaving"),
        (r"troepenleverende landen", "troepenleveranciers"),
        (r"(?<!for )(?<!\w)peacekeeping(?![\w-])(?! 2\.0)", "vredeshandhaving (peacekeeping only in names)"),
        (r"\bgereedheid\b", "paraatheid"),
        (
            r"(band met|associatie met) terrorismebestrijding",
            "contraterrorisme, as Buitelaar and Van Willigen",
        ),
        (r"contraterrorisme-troepen", "contraterrorisme-machten"),
        (r"toestemming van de partijen|\bprincipes\b", "instemming van de partijen; beginselen"),
        (r"gat tussen (de )?middelen en doelen", "de kloof tussen middelen en doelen"),
        (r"blok \*achteraf\*", "het blok *Wat er daarna gebeurde*"),
    ],
    "fr": [
        (r"\bl'hôte\b|\bun hôte\b", "pays hôte, État hôte"),
        (r"financement de transition|financer la transition", "financement-relais"),
        (r"fournisseurs? de troupes", "pays contributeurs de troupes"),
        (r"comble le vide\.", "l'écart entre les moyens et les objectifs"),
        (r"\brecul pour le débriefing", "rétrospective"),
    ],
}

_CITE_TARGET = re.compile(r"\(cite:[^)]*\)")


def _prose(language: str) -> Iterator[tuple[str, str, str]]:
    """(file, key, text) for every overlay text of that language that is not a gloss."""
    folder = bundled_pack_dir() / "translations" / language
    for path in sorted(folder.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key, entry in document["texts"].items():
            if key.endswith(".gloss"):
                continue
            yield path.name, key, _CITE_TARGET.sub("", " ".join(str(entry["text"]).split()))


def _hits(language: str) -> list[str]:
    found = []
    for name, key, text in _prose(language):
        for pattern, instead in RETIRED[language]:
            for match in re.finditer(pattern, text, re.IGNORECASE):
                found.append(f"{name} {key}: {match.group(0)!r} (glossary: {instead})")
    return found


@pytest.mark.parametrize("language", sorted(RETIRED))
def test_overlay_prose_keeps_to_the_glossary(language: str) -> None:
    assert list(_prose(language)), f"no {language} overlay prose found"
    assert _hits(language) == []


def test_the_check_finds_a_retired_wording(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "translations" / "nl"
    folder.mkdir(parents=True)
    (folder / "a.yaml").write_text(
        "language: nl\ntexts:\n"
        "  summary:\n    from: 000000000000\n    text: Missies laten hiaten achter bij de gastnatie.\n"
        "  evidence.x.gloss:\n    from: 000000000000\n    text: Missies laten hiaten achter.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(__name__ + ".bundled_pack_dir", lambda: tmp_path)
    assert [hit.split(" (")[0] for hit in _hits("nl")] == [
        "a.yaml summary: 'hiaten'",
        "a.yaml summary: 'gastnatie'",
    ]
