// packLineage (wire/src/pack_lineage.cc): lineage edges, dates and attributed sentences with
// UTF-16 ranges.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"
#include "section.h"

namespace concord_wire {
namespace {

// Two versions of a short report; the second opens with an emoji (two UTF-16 units, four
// bytes) and a date, so its sentences start 2 units later than their bytes... minus 2.
const std::string kBody =
    "Harbour council approves the Mill Street cycle lanes after a long debate.\n\n"
    "The council voted seven to two on Tuesday to build protected lanes along Mill Street. "
    "The project will cost about four million dollars and take eighteen months to finish.\n\n"
    "Councillor Dana Okafor said the vote crowned years of campaigning by local parents.\n";
const std::string kEmoji = "\xF0\x9F\x98\x80 Updated March 5, 2024\n\n";

TEST(PackLineage, EdgesDatesAndSentencesCrossWithUtf16Ranges) {
  const std::vector<std::string> texts = {kBody, kEmoji + kBody};
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  std::vector<WireText> wire;
  for (std::string_view text : views) wire.push_back({text, isAscii(text)});
  const concord::Analysis analysis = concord::analyze(views, {}).value();
  const Packet packet = packAnalysis(analysis, wire);

  const std::vector<int32_t> edges = section(packet, kAnalysisLineage);
  ASSERT_EQ(edges.size(), static_cast<size_t>(kLineageEdge.size()));
  EXPECT_EQ(edges[column(kLineageEdge, "from")], 0);
  EXPECT_EQ(edges[column(kLineageEdge, "to")], 1);
  EXPECT_EQ(edges[column(kLineageEdge, "titleCopied")], 1);
  EXPECT_EQ(packet.reals[1 + kAnalysisLineageScores], kLineageEdgeScores.size());

  // Document 1's date: text, from "March" (after "😀 Updated ": 2 + 1 + 8 units).
  const std::vector<int32_t> dates = section(packet, kAnalysisDates);
  ASSERT_EQ(dates.size(), 2u * kDocumentDate.size());
  const int32_t* second = &dates[kDocumentDate.size()];
  EXPECT_EQ(second[column(kDocumentDate, "source")], 1);
  EXPECT_EQ(second[column(kDocumentDate, "start")], 11);
  EXPECT_EQ(second[column(kDocumentDate, "end")], 11 + 13);

  // Attributed sentences: document 0's, then document 1's; the copied headline of document 1
  // starts after the date paragraph, in UTF-16 units (the emoji's 4 bytes are 2 units).
  const std::vector<int32_t> docs = section(packet, kAnalysisAttribution);
  const int32_t first = docs[column(kAttribution, "sentences")];
  const std::vector<int32_t> sentences = section(packet, kAnalysisAttributedSentences);
  ASSERT_EQ(sentences.size(),
            static_cast<size_t>(first + docs[kAttribution.size() + column(kAttribution, "sentences")]) *
                kAttributedSentence.size());
  const auto field = [&](int32_t s, const char* name) {
    return sentences[static_cast<size_t>(s) * kAttributedSentence.size() + column(kAttributedSentence, name)];
  };
  const int32_t headline = first + 1;  // Document 1: its date line, then the headline.
  const int32_t utf16Shift = -2;
  EXPECT_EQ(field(headline, "start"), static_cast<int32_t>(kEmoji.size()) + utf16Shift);
  EXPECT_EQ(field(headline, "origin"), static_cast<int32_t>(concord::SentenceKind::kCopied));
  EXPECT_EQ(field(headline, "source"), 0);
  EXPECT_EQ(field(headline, "sourceStart"), 0);
  EXPECT_EQ(field(headline, "sourceEnd"), static_cast<int32_t>(kBody.find('\n')));
  EXPECT_EQ(field(0, "source"), -1);  // Document 0 is the earlier: it has no source.
}

}  // namespace
}  // namespace concord_wire
