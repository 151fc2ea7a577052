"""Generate tests/data/broken/<case>/ from the good pack, one mistake each.

Run from the repository root: python3 tools/make_broken_packs.py. Each case gets
expected.json with the file, the line the mistake is on (found by a marker in the
generated text, independently of the loader) and a piece of the message.
"""

import json
import pathlib
import shutil

root = pathlib.Path("tests/data/broken")
if root.exists():
    shutil.rmtree(root)
good = pathlib.Path("tests/data/packs/good/belgian-presence.yaml").read_text(encoding="utf-8")
cases = {}


def case(name, text, marker, message, file="belgian-presence.yaml", extra=None, raw=None):
    d = root / name
    d.mkdir(parents=True)
    if raw is not None:
        (d / file).write_bytes(raw)
        line = raw.count(b"\n", 0, raw.index(marker)) + 1
    else:
        (d / file).write_text(text, encoding="utf-8")
        if isinstance(marker, int):
            line = marker
        else:
            lines = text.splitlines()
            hits = [i + 1 for i, text_line in enumerate(lines) if marker in text_line]
            assert len(hits) == 1, (name, marker, hits)
            line = hits[0]
    for fname, content in (extra or {}).items():
        (d / fname).write_text(content, encoding="utf-8")
    (d / "expected.json").write_text(
        json.dumps({"file": file, "line": line, "message": message}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )


def sub(old, new, count=1):
    assert good.count(old) >= 1, old
    return good.replace(old, new, count)


case(
    "yaml-syntax",
    sub(
        "    question: What should Belgium offer the next mission?",
        '    question: "What should Belgium offer the next mission?',
    ),
    "What should Belgium offer",
    "YAML syntax error",
)
case(
    "not-utf8",
    None,
    b"summary:",
    "not valid UTF-8",
    raw=good.replace("summary: A small army", "summary: A sm\u00e0ll army").encode(
        "latin-1", errors="replace"
    ),
)
case("empty-file", "# nothing here yet\n\n", 1, "the file is empty")
case("not-a-mapping", "- id: belgian-presence\n- title: Quality or quantity?\n", 1, "must be a mapping")
case(
    "unknown-field",
    sub(
        "        tradeoffs:\n          - dimension: durable-peace",
        "        tradeofs:\n          - dimension: durable-peace",
    ),
    "tradeofs:",
    "did you mean `tradeoffs`",
)
case(
    "missing-field",
    sub("    question: What should Belgium offer the next mission?\n", ""),
    "  - id: the-offer",
    "missing required field `question`",
)
case(
    "wrong-type",
    sub(
        "          - dimension: national-readiness\n            effect: 1",
        "          - dimension: national-readiness\n            effect: strong",
    ),
    "effect: strong",
    "expected `int`",
)
case(
    "effect-out-of-range",
    sub(
        "          - dimension: national-readiness\n            effect: 1",
        "          - dimension: national-readiness\n            effect: 3",
    ),
    "effect: 3",
    "<= 2",
)
case(
    "unknown-dimension",
    sub("dimension: national-readiness", "dimension: national-readyness"),
    "national-readyness",
    "unknown dimension `national-readyness`",
)
case(
    "unknown-source",
    sub("  budget-cuts:\n    source: kuno-2026", "  budget-cuts:\n    source: kuno-2025"),
    "source: kuno-2025",
    "unknown source `kuno-2025`",
)
case(
    "quote-not-found",
    sub("De getalsterkte van ons leger is niet zo groot", "De getalsterkte van ons leger is niet heel groot"),
    "niet heel groot",
    "closest passage",
)
case(
    "ambiguous-quote",
    sub(
        "    quote: With both fields facing growing pressure from budget cuts, effective coordination has become more urgent than ever.",
        "    quote: peacekeeping",
    ),
    "quote: peacekeeping",
    "occurs",
)
case(
    "missing-gloss",
    sub(
        "    gloss: The numerical strength of our army is not so great that we can deploy significant contingents everywhere.\n",
        "",
    ),
    "De getalsterkte van ons leger",
    "needs a `gloss`",
)
case(
    "stated-without-citation",
    sub(
        "            evidence: stated\n            citations: [command-liaison]",
        "            evidence: stated",
    ),
    "dimension: un-influence",
    "needs citations",
)
case(
    "inferred-without-reasoning",
    sub(
        "            evidence: inferred\n            citations: [critical-assets]\n            reasoning: The letter names",
        "            evidence: inferred  # no reasoning\n            citations: [critical-assets]\n            note: The letter names",
    ),
    "evidence: inferred  # no reasoning",
    "needs `reasoning`",
)
case(
    "unknown-citation",
    sub("[the army is too small](cite:small-army)", "[the army is too small](cite:small-armies)"),
    "cite:small-armies",
    "cites `small-armies`",
)
case(
    "duplicate-choice-id",
    sub("      - id: civilian-experts", "      - id: qualitative-presence  # again"),
    "qualitative-presence  # again",
    "duplicate choice id",
)
case(
    "placeholder-text",
    sub("claim: Fewer soldiers are exposed to attack.", "claim: TODO"),
    "claim: TODO",
    "placeholder text",
)
case(
    "duplicate-key",
    sub("minutes: 20\n", "minutes: 20\nminutes: 25\n"),
    "minutes: 25",
    "duplicate key `minutes`",
)
second_stage = """  - id: follow-up
    title: Follow-up
    context: What next?
    question: Then what?
    choices:
      - id: stay
        label: Stay
        description: Stay the course.
        tradeoffs:
          - dimension: cost
            effect: -1
            claim: Staying costs money.
            evidence: assumption
          - dimension: un-influence
            effect: 1
            claim: Staying keeps a seat at the table.
            evidence: assumption
          - dimension: peacekeeper-safety
            effect: -1
            claim: Staying keeps people exposed.
            evidence: assumption
      - id: go
        label: Go
        description: Leave.
        tradeoffs:
          - dimension: cost
            effect: 1
            claim: Leaving saves money.
            evidence: assumption
          - dimension: un-influence
            effect: -1
            claim: Leaving loses a voice.
            evidence: assumption
          - dimension: peacekeeper-safety
            effect: 1
            claim: Leaving reduces exposure.
            evidence: assumption
facilitator_notes:"""
case("unreachable-stage", sub("facilitator_notes:", second_stage), "  - id: follow-up", "cannot be reached")
case(
    "leads-to-nothing",
    sub("      - id: civilian-experts\n", "      - id: civilian-experts\n        leads_to: next-year\n"),
    "leads_to: next-year",
    "`leads_to` names no stage",
)
bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n"
    for i in range(8)
)
case("alias-bomb", bomb, 6, "values through YAML aliases")
case("deep-nesting", "id: " + "[" * 50000 + "]" * 50000 + "\n", 1, "nesting deeper than")
case(
    "binary-file", None, b"\x00", "NUL bytes", raw=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
)
case(
    "duplicate-scenario-id",
    good,
    "id: belgian-presence",
    "duplicate scenario id",
    file="z-copy.yaml",
    extra={"belgian-presence.yaml": good},
)
case(
    "bad-indentation",
    sub(
        "    question: What should Belgium offer the next mission?",
        "     question: What should Belgium offer the next mission?",
    ),
    "What should Belgium offer",
    "YAML syntax error",
)
print(len(list(root.iterdir())), "cases")
