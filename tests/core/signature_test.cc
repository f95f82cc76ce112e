#include "concord/signature.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord {
namespace {

std::string words(int first, int count, const std::string& prefix = "w") {
  std::string out;
  for (int i = first; i < first + count; ++i) out += prefix + std::to_string(i) + " ";
  return out;
}

TEST(Signature, EqualTextsUnderNormalisationSignAlike) {
  const DocumentSignature a = signDocument("The Cat sat, on the mat.", {});
  const DocumentSignature b = signDocument("the cat   SAT on the mat", {});
  EXPECT_EQ(a.sequence, b.sequence);
  EXPECT_EQ(a.bands, b.bands);
  EXPECT_EQ(a.paragraphs, b.paragraphs);
  EXPECT_EQ(a.words, 6u);
}

TEST(Signature, DoesNotDependOnOtherTextsOrOrderOfSigning) {
  const std::string text = words(0, 50);
  const DocumentSignature first = signDocument(text, {});
  signDocument(words(100, 80), {});
  EXPECT_EQ(signDocument(text, {}).minHashes, first.minHashes);
  EXPECT_EQ(first.minHashes.size(), 64u);
  EXPECT_EQ(first.bands.size(), 48u);  // 32 shingle bands, 16 name bands.
}

TEST(Signature, ShareOfEqualMinHashesEstimatesResemblance) {
  // 300 shared shingles of 400 in each: resemblance 300 / 500 = 0.6.
  std::vector<uint64_t> a, b;
  for (uint64_t s = 0; s < 400; ++s) a.push_back(s);
  for (uint64_t s = 100; s < 500; ++s) b.push_back(s);
  std::vector<uint32_t> ha(1024), hb(1024);
  minHash(a, 7, 1024, ha.data());
  minHash(b, 7, 1024, hb.data());
  int equal = 0;
  for (size_t h = 0; h < ha.size(); ++h) equal += ha[h] == hb[h];
  EXPECT_NEAR(equal / 1024.0, 0.6, 0.06);
}

TEST(Signature, SeedChangesEveryFunction) {
  const std::vector<uint64_t> shingles = {1, 2, 3, 4, 5};
  std::vector<uint32_t> x(8), y(8);
  minHash(shingles, 0, 8, x.data());
  minHash(shingles, 1, 8, y.data());
  for (size_t h = 0; h < x.size(); ++h) EXPECT_NE(x[h], y[h]);
}

TEST(Signature, TextWithoutWordsHasNoBands) {
  const DocumentSignature s = signDocument("  ... !!! ", {});
  EXPECT_EQ(s.words, 0u);
  for (uint64_t band : s.bands) EXPECT_EQ(band, 0u);
}

TEST(Signature, NameBandsNeedThreeNamesAndMatchAcrossRewording) {
  const DocumentSignature few = signDocument("we met Anna in the park today", {});
  for (size_t b = 32; b < few.bands.size(); ++b) EXPECT_EQ(few.bands[b], 0u);
  const DocumentSignature a =
      signDocument("Yesterday the mayor Anna Berg met Carl Dahl and Eva Fisk in 1984.", {});
  const DocumentSignature b =
      signDocument("In 1984, so it went, talks joined Eva Fisk with Anna Berg and Carl Dahl.", {});
  int present = 0;
  for (size_t band = 32; band < a.bands.size(); ++band) {
    present += a.bands[band] != 0;
    EXPECT_EQ(a.bands[band], b.bands[band]);
  }
  EXPECT_GE(present, 8);  // Bands of one name are left out: about one in five here.
}

// A capitalised made-up name, different for each i.
std::string name(int i) {
  std::string out = "Q";
  for (; i > 0 || out.size() < 4; i /= 26) out += static_cast<char>('a' + i % 26);
  return out;
}

TEST(Signature, DocumentsSharingOneNameShareNoNameBand) {
  // 100 pairs, each sharing one name among six: with bands of one name, about one pair in
  // eight would share a band.
  int sharing = 0;
  for (int pair = 0; pair < 100; ++pair) {
    std::string a = "we met " + name(pair), b = a;
    for (int n = 0; n < 5; ++n) a += " and " + name(1000 + pair * 10 + n);
    for (int n = 0; n < 5; ++n) b += " and " + name(5000 + pair * 10 + n);
    const DocumentSignature x = signDocument(a + " today", {});
    const DocumentSignature y = signDocument(b + " today", {});
    bool shared = false;
    for (size_t band = 32; band < x.bands.size(); ++band)
      shared |= x.bands[band] != 0 && x.bands[band] == y.bands[band];
    sharing += shared;
  }
  EXPECT_EQ(sharing, 0);
}

TEST(Signature, ParagraphHashesTellParagraphsApart) {
  const DocumentSignature s = signDocument("one two three\n\nfour five\n\none two three", {});
  ASSERT_EQ(s.paragraphs.size(), 3u);
  EXPECT_EQ(s.paragraphs[0], s.paragraphs[2]);
  EXPECT_NE(s.paragraphs[0], s.paragraphs[1]);
}

TEST(Signature, SkippedParagraphSignsAsIfItWereNotThere) {
  const std::string body = words(0, 60) + "Anna Berg met Carl Dahl and Eva Fisk in 1984.";
  const std::string footer = "Subscribe to the Daily Post, founded by Ole Holm in 1901.";
  const DocumentSignature alone = signDocument(body, {});
  const DocumentSignature plain = signDocument(body + "\n\n" + footer, {});
  ASSERT_EQ(plain.paragraphs.size(), 2u);
  SignatureOptions options;
  options.skippedParagraphs = {plain.paragraphs[1]};
  const DocumentSignature skipped = signDocument(body + "\n\n" + footer, options);
  EXPECT_NE(plain.bands, alone.bands);
  EXPECT_EQ(skipped.bands, alone.bands);
  EXPECT_EQ(skipped.minHashes, alone.minHashes);
  EXPECT_EQ(skipped.sequence, plain.sequence);
  EXPECT_EQ(skipped.paragraphs, plain.paragraphs);
  EXPECT_EQ(skipped.words, plain.words);
}

TEST(Signature, TextOfSkippedParagraphsOnlyHasNoBands) {
  const DocumentSignature plain = signDocument("all rights reserved by the publisher", {});
  SignatureOptions options;
  options.skippedParagraphs = {plain.paragraphs[0]};
  const DocumentSignature s = signDocument("all rights reserved by the publisher", options);
  EXPECT_EQ(s.words, plain.words);
  for (uint64_t band : s.bands) EXPECT_EQ(band, 0u);
}

TEST(Signature, ComponentRootsAreSmallestMembers) {
  const std::vector<uint32_t> roots = componentRoots(6, {{4, 2}, {5, 1}, {2, 0}});
  EXPECT_EQ(roots, (std::vector<uint32_t>{0, 1, 0, 3, 0, 1}));
}

}  // namespace
}  // namespace concord
