#!/usr/bin/python3
"""Writes the stemmer oracle for tests/core/stem_test.cc: each word of a word list, lower-cased
and deduplicated, with its stem by Debian's Snowball (python3-snowballstemmer), one
"word<TAB>stem" line each. Usage: stem_oracle.py WORDS OUT

Without the module or the list it writes nothing and exits 0: the build goes on and the test
fails, naming the missing file."""
import os
import sys

SUFFIXES = """ing ed ly ness ational tional izer fulli lessli ogi li edly eedly ingly ies ied sses s
y ement ive ion sion tion ousli biliti alism e ll bli abli anci enci entli ization ation ator
iveness fulness ousness icate ative alize iciti ical ful ance ence able ible ate ize iti al ism er
ous ant ent ment ic aliti iviti alli""".split()


def main(words_path, out_path):
    try:
        import snowballstemmer
    except ImportError:
        print("stem oracle not written: python3-snowballstemmer missing (scripts/setup)",
              file=sys.stderr)
        return
    if not os.path.exists(words_path):
        print("stem oracle not written: %s missing (scripts/setup)" % words_path, file=sys.stderr)
        return
    stemmer = snowballstemmer.stemmer("english")
    with open(words_path, encoding="utf-8") as f:
        words = sorted({line.strip().lower() for line in f if line.strip()})
    # Possessive and quoted forms, and every suffix the steps remove put on list words, exercise
    # rules that the list alone reaches rarely ("-lessli", "-iciti", "-eedly").
    extra = set()
    for k, word in enumerate(words[::10]):
        if "'" in word:
            continue
        extra.update({word + "'", "'" + word, word + "'s'"})
        for j in range(4):
            extra.add(word + SUFFIXES[(k * 4 + j) % len(SUFFIXES)])
    words = sorted(set(words) | extra)
    with open(out_path + ".tmp", "w", encoding="utf-8") as out:
        for word in words:
            out.write(word + "\t" + stemmer.stemWord(word) + "\n")
    os.replace(out_path + ".tmp", out_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
