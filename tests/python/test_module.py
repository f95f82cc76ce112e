"""concord._core: signatures, paragraph hashes, pair scores, components and analyze()."""
import threading
import time

import pytest

import concord

ARTICLE = ("The council of Brindle voted on Tuesday to close the old bridge over the river. "
           "Mayor Anna Berg said the repairs would cost 4.2 million and take two years.\n\n"
           "Residents who cross the bridge every day asked for a ferry in the meantime, and the "
           "council promised to study the idea before the end of the month.")


def test_signature_ignores_case_punctuation_and_spacing():
    a = concord.signature(ARTICLE)
    b = concord.signature(ARTICLE.replace(",", "").replace(" ", "  "))
    upper = concord.signature(ARTICLE.upper())
    assert a["sequence"] == b["sequence"] == upper["sequence"]
    assert a["bands"] == b["bands"]
    # Shingle bands ignore case; name bands do not (capitals are what makes a name).
    assert a["bands"][:32] == upper["bands"][:32] and a["bands"][32:] != upper["bands"][32:]
    assert len(a["minHashes"]) == 64 and len(a["bands"]) == 48
    assert a["words"] == concord.analyze([ARTICLE])["documents"][0]["words"] > 50


def test_signature_seed_changes_the_minhashes():
    assert concord.signature(ARTICLE)["minHashes"] != concord.signature(
        ARTICLE, seed=1)["minHashes"]


def test_sign_many_matches_signature():
    texts = [ARTICLE, ARTICLE[:80], "no names here at all"]
    words, sequences, keys = concord.sign_many(texts)
    assert len(keys) == 3 * 48 * 8
    for t, text in enumerate(texts):
        one = concord.signature(text)
        assert words[t] == one["words"] and sequences[t] == one["sequence"]
        assert [int.from_bytes(keys[(t * 48 + b) * 8:(t * 48 + b + 1) * 8], "little")
                for b in range(48)] == one["bands"]


def test_skipped_paragraphs_sign_as_if_they_were_not_there():
    footer = "Subscribe to the Daily Post, founded by Ole Holm in 1901."
    with_footer = ARTICLE + "\n\n" + footer
    plain = concord.signature(with_footer)
    skipped = concord.signature(with_footer, skippedParagraphs=[plain["paragraphs"][-1]])
    alone = concord.signature(ARTICLE)
    assert plain["bands"] != alone["bands"]
    assert skipped["bands"] == alone["bands"]
    assert skipped["sequence"] == plain["sequence"]


def test_sign_many_gives_paragraph_hashes_text_after_text():
    texts = ["one two three\n\nfour five", "six", "seven eight\n\none two three"]
    *_, counts, hashes = concord.sign_many(texts, paragraphs=True)
    assert list(counts) == [2, 1, 2]
    flat = [int.from_bytes(hashes[i * 8:(i + 1) * 8], "little") for i in range(5)]
    assert flat == [h for t in texts for h in concord.paragraph_hashes(t)]


def test_paragraph_hashes_equal_for_equal_paragraphs():
    hashes = concord.paragraph_hashes("First one here.\n\nSecond one.\n\nfirst ONE here")
    assert hashes[0] == hashes[2] and hashes[0] != hashes[1]


def test_pair_scores_of_a_near_copy():
    copy = ARTICLE.replace("two years", "three years")
    scores = concord.pair_scores(ARTICLE, copy)
    assert scores["level"] == "minor changes"
    assert 0.9 < scores["diffRatio"] < 1 and scores["diffRatioExact"]
    assert scores["containmentAB"] == scores["containmentBA"] < 1
    assert concord.pair_scores(ARTICLE, ARTICLE)["level"] == "identical"
    assert concord.pair_scores(ARTICLE, "Cats sleep most of the day in warm places.")[
        "level"] == "unrelated"


def test_components_roots_are_smallest_members():
    assert concord.components(5, [(4, 1), (2, 3)]) == [0, 1, 2, 2, 1]
    with pytest.raises(IndexError):
        concord.components(2, [(0, 2)])


def test_analyze_offsets_are_utf16_units():
    emoji = "😀 " + ARTICLE  # one character, two UTF-16 units, four UTF-8 bytes
    analysis = concord.analyze([emoji, ARTICLE], names=["e", "plain"])
    passage = analysis["passages"][0]
    assert (passage["aStart"], passage["bStart"]) == (3, 0)
    assert passage["aEnd"] - passage["aStart"] == passage["bEnd"] - passage["bStart"]
    assert [d["name"] for d in analysis["documents"]] == ["e", "plain"]
    # The emoji is a symbol, not a word (one text model): the two read the same, word for word.
    assert analysis["pairs"][0]["level"] == "identical"
    assert analysis["matrix"]["size"] == 2 and len(analysis["matrix"]["values"]) == 4


def test_analyze_rejects_unknown_and_bad_options():
    with pytest.raises(ValueError, match="unknown option: nope"):
        concord.analyze([ARTICLE], nope=1)
    with pytest.raises(ValueError, match="nearThreshold"):
        concord.analyze([ARTICLE], nearThreshold=2.0)


def test_export_json_is_the_pages_format():
    analysis = concord.analyze([ARTICLE, ARTICLE], names=["a", "b"])
    export = concord.export_json([ARTICLE, ARTICLE], ["a", "b"], analysis)
    assert export["generator"] == "Concord"
    assert export["documents"][1] == {"index": 1, "name": "b", "size": len(ARTICLE.encode()),
                                      "words": analysis["documents"][1]["words"], "encoding": "utf-8", "format": "text",
                                      "text": ARTICLE}
    assert set(export["analysis"]) >= {"documents", "repeatedBlocks", "duplicateGroups",
                                       "shortRepeats", "passages", "pairs", "clusters",
                                       "order", "matrix", "stats"}


def test_long_calls_release_the_gil():
    texts = [ARTICLE * 40] * 60
    edges = [(i, j) for i in range(60) for j in range(i + 1, 60)][:400]
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(time.monotonic())
            time.sleep(0.001)

    thread = threading.Thread(target=tick)
    thread.start()
    started = time.monotonic()
    concord.pair_scores_many(texts, edges)
    elapsed = time.monotonic() - started
    done.set()
    thread.join()
    during = [t for t in ticks if started < t < started + elapsed]
    # With the GIL held the other thread could not tick at all during the call.
    assert elapsed > 0.05 and len(during) >= 5
