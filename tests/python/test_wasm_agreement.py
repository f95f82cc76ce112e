"""The module and the page's WebAssembly give the same analysis, number for number, on a sample
of generated articles and texts outside ASCII (node runs web/concord.js)."""
import json
import os
import shutil
import subprocess

import pytest

import concord
from concord.corpus import generate
from conftest import ROOT

WASM = os.path.join(ROOT, "web", "generated", "concord-core.mjs")


def wasm_analyze(documents, options):
    if shutil.which("node") is None or not os.path.exists(WASM):
        pytest.fail("node or web/generated/concord-core.mjs is missing: run scripts/build")
    result = subprocess.run(["node", os.path.join(ROOT, "tests", "python", "wasm_analyze.mjs")],
                            input=json.dumps({"documents": documents, "options": options}),
                            capture_output=True, text=True, timeout=120, check=True)
    return json.loads(result.stdout)


def sample():
    records, truth = generate.generate(60, seed=3)
    documents = [{"name": r["id"], "text": r["text"]} for r in records]
    base = documents[0]["text"]
    documents.append({"name": "accents", "text": "Ça déjà vu — “quoted” 😀 " + base})
    documents.append({"name": "cjk", "text": base.replace(". ", "。 東京 ", 5)})
    return documents


@pytest.mark.parametrize("options", [{}, {"split": "lines", "minPassageWords": 5}])
def test_module_and_wasm_agree(options):
    # The module's JSON does not carry lineage and attribution yet (issue 11 note): compare all
    # the rest, with lineage off on both sides.
    options = {**options, "lineage": False}
    documents = sample()
    ours = concord.analyze([d["text"] for d in documents], [d["name"] for d in documents],
                           **options)
    theirs = wasm_analyze(documents, options)
    assert theirs.pop("lineage") == {"dates": [], "edges": []} and theirs.pop("attribution") == []
    for result in (ours, theirs):
        result["stats"].pop("milliseconds")
    assert ours["pairs"], "the sample must have related pairs to compare"
    assert ours["passages"] and ours["duplicateGroups"]
    assert ours == theirs


def test_pair_scores_agree_with_a_two_document_analysis_in_wasm():
    documents = sample()[:2]
    theirs = wasm_analyze(documents[:2], {})["pairs"][0]
    ours = concord.pair_scores(documents[0]["text"], documents[1]["text"])
    assert ours == dict(theirs["scores"], level=theirs["level"])
