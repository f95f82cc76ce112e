"""A seeded example corpus with planted answers, for trying and testing the corpus pipeline.

    /usr/bin/python3 -m concord.corpus.generate --documents 2000 --out corpus.jsonl
    # corpus.jsonl: one {"id", "title", "date", "text"} per line; corpus.truth.json: the
    # planted clusters (exact copies, near copies, rewrites) and the articles with boilerplate.

Articles are synthetic news: each tells its own story (six names, three numbers, forty topic
words) in sentences of English function words, story words and words drawn evenly from a
seeded 20,000-word vocabulary. Planted, in groups of two to four articles:
exact copies (the same text, whitespace changed), near copies (3% of words replaced, a paragraph
dropped), rewrites (the same story told in new sentences, a quarter of them kept as quotes).
A share of the other articles ends with the same boilerplate footer; they are related to no
other article.
"""
import argparse
import json
import random
import sys

FUNCTION_WORDS = ("the of and to in a is that for it was on with as by at from he she they "
                  "this an be are has had have were which but not or its their his her said "
                  "after over into about than also who when would been more will there").split()
CONSONANTS, VOWELS = "bdfgklmnprstvz", "aeiou"
KINDS = ("exact", "near", "rewrite")
FOOTER = ("Subscribe to our newsletter for more stories like this one. All rights reserved. "
          "Reproduction of this article in any form is prohibited without the written "
          "permission of the publisher.")


def syllables(rng, count):
    return "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(count))


class Writer:
    """Sentences and articles of one seeded world."""

    def __init__(self, rng):
        self.rng = rng
        self.vocabulary = sorted({syllables(rng, rng.randint(2, 4)) for _ in range(22000)})

    def story(self):
        r = self.rng
        return {"names": [syllables(r, r.randint(3, 4)).capitalize() for _ in range(6)],
                "numbers": [str(r.randint(10, 9999)) for _ in range(3)],
                "topic": [syllables(r, 3) for _ in range(40)]}

    def sentence(self, story):
        r = self.rng
        words = []
        for _ in range(r.randint(10, 20)):
            x = r.random()
            if x < 0.5:
                words.append(r.choice(FUNCTION_WORDS))
            elif x < 0.58:
                words.append(r.choice(story["names"]))
            elif x < 0.60:
                words.append(r.choice(story["numbers"]))
            elif x < 0.85:
                words.append(r.choice(story["topic"]))
            else:
                words.append(r.choice(self.vocabulary))
        words[0] = words[0][0].upper() + words[0][1:]
        return " ".join(words) + "."

    def article(self, story):
        return [[self.sentence(story) for _ in range(self.rng.randint(3, 4))]
                for _ in range(self.rng.randint(6, 10))]


def text_of(paragraphs):
    return "\n\n".join(" ".join(sentences) for sentences in paragraphs)


def exact_copy(writer, paragraphs):
    text = text_of(paragraphs)
    return text.replace(". ", ".  ", 3) + "\n"


def near_copy(writer, paragraphs):
    r = writer.rng
    out = [list(p) for p in paragraphs]
    del out[r.randrange(1, len(out))]
    words = text_of(out).split(" ")
    for i in range(len(words)):
        if r.random() < 0.03 and "\n" not in words[i]:
            words[i] = r.choice(writer.vocabulary)
    return " ".join(words)


def rewrite(writer, paragraphs, story):
    r = writer.rng
    out = []
    for p in paragraphs:
        out.append([s if r.random() < 0.25 else writer.sentence(story) for s in p])
    r.shuffle(out[1:])
    return text_of(out)


def generate(documents, seed, planted_share=0.3, footer_share=0.3):
    """(articles, truth): articles as dicts with id, title, date, text; truth lists the planted
    groups (kind and ids) and the ids of articles ending with the boilerplate footer."""
    rng = random.Random(seed)
    writer = Writer(rng)
    articles, groups, footers = [], [], []
    while len(articles) < documents:
        story = writer.story()
        paragraphs = writer.article(story)
        room = documents - len(articles)
        if rng.random() < planted_share and room >= 2:
            kind = KINDS[len(groups) % len(KINDS)]
            size = min(room, rng.randint(2, 4))
            texts = [text_of(paragraphs)]
            for _ in range(size - 1):
                if kind == "exact":
                    texts.append(exact_copy(writer, paragraphs))
                elif kind == "near":
                    texts.append(near_copy(writer, paragraphs))
                else:
                    texts.append(rewrite(writer, paragraphs, story))
            groups.append({"kind": kind, "members": list(range(len(articles),
                                                               len(articles) + size))})
            articles.extend(texts)
        else:
            text = text_of(paragraphs)
            if rng.random() < footer_share:
                footers.append(len(articles))
                text += "\n\n" + FOOTER
            articles.append(text)
    order = list(range(documents))
    rng.shuffle(order)
    ids = {original: f"a{position:06d}" for position, original in enumerate(order)}
    records = [None] * documents
    for original, position in zip(order, range(documents)):
        text = articles[original]
        records[position] = {"id": ids[original], "title": " ".join(text.split(" ")[:6]),
                             "date": f"2024-{1 + position % 12:02d}-{1 + position % 28:02d}",
                             "text": text}
    truth = {"seed": seed, "documents": documents,
             "clusters": [{"kind": g["kind"], "ids": sorted(ids[m] for m in g["members"])}
                          for g in groups],
             "boilerplate": sorted(ids[m] for m in footers)}
    truth["clusters"].sort(key=lambda c: c["ids"])
    return records, truth


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m concord.corpus.generate",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="JSON Lines file, or a folder with --folder")
    parser.add_argument("--folder", action="store_true", help="write one .txt file per article")
    args = parser.parse_args(argv)
    records, truth = generate(args.documents, args.seed)
    if args.folder:
        import os
        os.makedirs(args.out, exist_ok=True)
        for record in records:
            with open(os.path.join(args.out, record["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(record["text"])
        truth_path = args.out.rstrip("/") + ".truth.json"
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        truth_path = (args.out[:-6] if args.out.endswith(".jsonl") else args.out) + ".truth.json"
    with open(truth_path, "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1)
    print(f"{len(records)} articles in {args.out}; planted answers in {truth_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
