"""Roles a workshop group can argue from, each drawn from an actor in the documents.

``resources/roles.yaml`` holds them. A role's brief is cited like a scenario:
``[words](cite:id)`` links into the role's ``evidence``, every quote is resolved
against its source (``explorer.core.evidence.anchoring.resolve``), and a quote that is not
in English carries an English gloss. A role that breaks a rule is left out and
its problem reported; the other roles still load.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
import yaml

from explorer.core.evidence.anchoring import Anchor, AnchorError, resolve
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.model import Citation, Id, Markdown, Text
from explorer.core.pack.pack_translation import Coverage, OverlayReader
from explorer.core.pack.problem import Problem
from explorer.core.paths import resources_dir
from explorer.core.workshop.plan import cited_ids

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ENGLISH = frozenset({"en"})


class Role(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    id: Id
    #: What the role is called in the room ("The host government").
    name: Text
    #: Who in the documents speaks with this voice.
    actor: Text
    brief: Markdown
    evidence: dict[Id, Citation]
    #: Questions the group asks first when it argues from this role.
    questions: list[Text] = []


class RolesFile(msgspec.Struct, forbid_unknown_fields=True):
    roles: list[Role]


@dataclass
class LoadedRoles:
    roles: list[Role] = field(default_factory=list)
    #: (role id, citation id) → where the quote stands in its source.
    anchors: dict[tuple[str, str], Anchor] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    #: language → role id → the role in that language (``resources/translations/<language>/roles.yaml``).
    translations: dict[str, dict[str, Role]] = field(default_factory=dict)
    #: language → how far its overlay covers the roles file.
    coverage: dict[str, Coverage] = field(default_factory=dict)
    #: What is wrong with the overlays (errors and stale warnings, located); a broken
    #: translation never takes a role away, so these stay apart from ``problems``.
    translation_problems: list[Problem] = field(default_factory=list)

    def role(self, role_id: str) -> Role:
        for role in self.roles:
            if role.id == role_id:
                return role
        raise KeyError(role_id)

    def ids(self) -> list[str]:
        return [role.id for role in self.roles]


def roles_path() -> Path:
    return resources_dir() / "roles.yaml"


def check_role(role: Role, corpus: Corpus) -> tuple[list[str], dict[str, Anchor]]:
    """Problems of one role (empty if none) and the anchors of its quotes."""
    problems: list[str] = []
    anchors: dict[str, Anchor] = {}
    for citation_id, citation in role.evidence.items():
        where = f"roles.{role.id}.evidence.{citation_id}"
        if citation.source not in corpus:
            problems.append(f"{where}: unknown source `{citation.source}`")
            continue
        try:
            anchor = resolve(corpus[citation.source], citation.quote, citation.prefix, citation.suffix)
        except AnchorError as error:
            problems.append(f"{where}: {error}")
            continue
        if anchor.lang not in ENGLISH and not citation.gloss.strip():
            problems.append(f"{where}: the quote is in {anchor.lang}; add an English `gloss`")
        anchors[citation_id] = anchor
    linked = cited_ids(role.brief)
    for citation_id in linked:
        if citation_id not in role.evidence:
            problems.append(f"roles.{role.id}.brief: cites `{citation_id}`, which is not in its evidence")
    for citation_id in role.evidence:
        if citation_id not in linked:
            problems.append(
                f"roles.{role.id}.evidence.{citation_id}: never cited in the brief; cite it or remove it"
            )
    return problems, anchors


def load_roles(corpus: Corpus, path: Path | None = None) -> LoadedRoles:
    """Every valid role in ``path`` (``resources/roles.yaml`` by default) and every problem."""
    path = path or roles_path()
    loaded = LoadedRoles()
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
        parsed = msgspec.convert(data, RolesFile)
    except OSError as error:
        loaded.problems.append(f"{path.name}: cannot read the file: {error.strerror}")
        return loaded
    except (yaml.YAMLError, msgspec.ValidationError) as error:
        loaded.problems.append(f"{path.name}: {error}")
        return loaded
    seen: set[str] = set()
    for role in parsed.roles:
        if role.id in seen:
            loaded.problems.append(f"roles.{role.id}: duplicate role id")
            continue
        seen.add(role.id)
        problems, anchors = check_role(role, corpus)
        if problems:
            loaded.problems += problems
            continue
        loaded.roles.append(role)
        for citation_id, anchor in anchors.items():
            loaded.anchors[(role.id, citation_id)] = anchor
    _read_translations(path, data, parsed, corpus, loaded)
    return loaded


def _read_translations(
    path: Path, data: dict[str, object], parsed: RolesFile, corpus: Corpus, loaded: LoadedRoles
) -> None:
    """The roles file's overlays (read like a pack's): each valid role in every language."""
    overlays = OverlayReader(path.parent, corpus, str(path.parent))
    if not overlays.languages:
        return
    found = overlays.read(path, data, parsed)
    loaded.translation_problems = overlays.finish([path.name])
    valid = set(loaded.ids())
    for language, translated in found.items():
        loaded.translations[language] = {role.id: role for role in translated.roles if role.id in valid}
        loaded.coverage[language] = overlays.translations[language].coverage[path.name]


def roles_in(loaded: LoadedRoles, language: str) -> LoadedRoles:
    """The roles as a ``language`` reader sees them (``loaded`` itself without a translation)."""
    translated = loaded.translations.get(language)
    if not translated:
        return loaded
    roles = [translated.get(role.id, role) for role in loaded.roles]
    return dataclasses.replace(loaded, roles=roles)
