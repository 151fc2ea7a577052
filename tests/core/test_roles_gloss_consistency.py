"""The workshop roles quote the bundled pack's passages: one passage, one translation there too.

The pack loader compares the glosses of a pack's scenarios (per language, overlays included);
the roles file is the app's, not a pack's, so it stayed outside that comparison and drifted
(twelve English glosses of the same quotes read otherwise). Here the roles' glosses, in
English and in each overlay language, go into the same register after the bundled pack's.
"""

from __future__ import annotations

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.gloss_consistency import GlossRegister
from explorer.core.pack.loader import LoadedPack
from explorer.core.pack.pack_translation import in_language
from explorer.core.workshop.roles import load_roles


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_a_role_glosses_a_passage_as_the_bundled_pack_does(
    language: str, bundled_pack: LoadedPack, corpus: Corpus
) -> None:
    pack = bundled_pack if language == "en" else in_language(bundled_pack, language)
    register = GlossRegister()
    for scenario in pack.scenarios:
        list(register.check(scenario, f"{scenario.id}.yaml"))  # on record; the loader warns about these
    loaded = load_roles(corpus)
    roles = loaded.roles if language == "en" else loaded.translations[language].values()
    differing = []
    for role in roles:
        for citation_id, citation in role.evidence.items():
            label = f"roles.{role.id}.evidence.{citation_id}"
            message = register.compare(citation.source, citation.quote, citation.gloss, "roles.yaml", label)
            if message is not None:
                differing.append(f"{label}: {message}")
    assert differing == []
