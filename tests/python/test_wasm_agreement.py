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


def wasm_call(request):
    if shutil.which("node") is None or not os.path.exists(WASM):
        pytest.fail("node or web/generated/concord-core.mjs is missing: run scripts/build")
    result = subprocess.run(["node", os.path.join(ROOT, "tests", "python", "wasm_analyze.mjs")],
                            input=json.dumps(request), capture_output=True, text=True,
                            timeout=120, check=True)
    return json.loads(result.stdout)


def wasm_analyze(documents, options):
    return wasm_call({"documents": documents, "options": options})


def sample():
    records, truth = generate.generate(60, seed=3)
    documents = [{"name": r["id"], "text": r["text"]} for r in records]
    base = documents[0]["text"]
    documents.append({"name": "accents", "text": "Ça déjà vu — “quoted” 😀 " + base})
    documents.append({"name": "cjk", "text": base.replace(". ", "。 東京 ", 5)})
    return documents


# Files' last-modified times (ms since 1970), as the page passes them: an hour apart, except
# the last three documents, whose times are unknown (0).
def modified_times(count):
    return [1714564800000.0 + 3600000.0 * i if i < count - 3 else 0.0 for i in range(count)]


@pytest.mark.parametrize("options", [{}, {"split": "lines", "minPassageWords": 5},
                                     {"lineage": False}])
def test_module_and_wasm_agree(options):
    # Everything, lineage and attribution included (the page's "JSON of everything" carries
    # them; both trace them by default).
    documents = sample()
    modified = modified_times(len(documents))
    for document, time in zip(documents, modified):
        document["lastModified"] = time
    ours = concord.analyze([d["text"] for d in documents], [d["name"] for d in documents],
                           modified=modified, **options)
    theirs = wasm_analyze(documents, options)
    for result in (ours, theirs):
        result["stats"].pop("milliseconds")
    assert ours["pairs"], "the sample must have related pairs to compare"
    assert ours["passages"] and ours["duplicateGroups"]
    if options.get("lineage", True):
        assert ours["lineage"]["edges"] and len(ours["attribution"]) == len(documents)
        assert any(e["evidence"]["direction"] == "modified" for e in ours["lineage"]["edges"]), \
            "the file times must direct an edge, so that `modified` is compared too"
        assert any(s["origin"] != "new" for a in ours["attribution"] for s in a["sentences"])
    else:
        assert ours["lineage"] == {"dates": [], "edges": []} and ours["attribution"] == []
    assert ours == theirs


def test_analyze_options_are_the_pages():
    # The module reads options by the wasm binding's walk (concord_wire::visitOptions): the same
    # names and defaults as the page's analyze().
    assert concord.analyze_options() == wasm_call({"defaults": True})
    # Every one of them is accepted at its default, and changes nothing.
    text = sample()[0]["text"]
    plain = concord.analyze([text, text])
    given = concord.analyze([text, text], **concord.analyze_options())
    for result in (plain, given):
        result["stats"].pop("milliseconds")
    assert plain == given


def test_pair_scores_agree_with_a_two_document_analysis_in_wasm():
    documents = sample()[:2]
    theirs = wasm_analyze(documents[:2], {})["pairs"][0]
    ours = concord.pair_scores(documents[0]["text"], documents[1]["text"])
    assert ours == dict(theirs["scores"], level=theirs["level"])
