#include "concord_wire/options.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <string_view>

namespace concord_wire {
namespace {

// Records every option as "type" and sets each to a value unlike the default, so a test can
// tell that the visitor reaches the field.
struct Recorder {
  std::map<std::string, std::string> seen;
  void flag(const char* name, bool& value) {
    seen[name] = "flag";
    value = !value;
  }
  void fraction(const char* name, double& value) {
    seen[name] = "fraction";
    value = 0.25;
  }
  void count(const char* name, uint32_t& value, uint32_t min, uint32_t max) {
    seen[name] = "count";
    EXPECT_LE(min, value) << name;
    EXPECT_LE(value, max) << name;
    value = max;
  }
  template <typename Enum>
  void choice(const char* name, Enum& value, const NameList& names) {
    seen[name] = "choice";
    EXPECT_LT(static_cast<int32_t>(value), names.size()) << name;
    value = static_cast<Enum>(names.size() - 1);
  }
  void text(const char* name, std::string_view& value) {
    seen[name] = "text";
    value = "changed";
  }
};

TEST(Options, CompareOptionsReachEveryField) {
  concord::CompareOptions options;
  Recorder recorder;
  visitOptions(options, recorder);
  EXPECT_EQ(recorder.seen.size(), 6u);
  EXPECT_TRUE(options.text.ignoreCase);
  EXPECT_TRUE(options.text.foldTypography);
  EXPECT_FALSE(options.detectMoves);
  EXPECT_EQ(options.unit, concord::AlignUnit::kParagraph);
}

TEST(Options, AnalyzeOptionsNameEveryTunableField) {
  concord::AnalyzeOptions options;
  Recorder recorder;
  visitOptions(options, recorder);
  EXPECT_EQ(recorder.seen.size(), 20u);  // 17 + lineage, lineageSources, lineageUpTo
  EXPECT_EQ(recorder.seen["nearThreshold"], "fraction");
  EXPECT_EQ(recorder.seen["lineageSources"], "count");
  EXPECT_EQ(options.duplicates.nearThreshold, 0.25);
  EXPECT_EQ(options.levels.rewriteCoverage, 0.25);
  EXPECT_EQ(options.maxSeedDocuments, kMaxCount);
  EXPECT_FALSE(options.text.foldTypography);
}

TEST(Options, AlignBoundsMaxSpanAtEight) {
  concord::AlignOptions options;
  Recorder recorder;
  visitOptions(options, recorder);
  EXPECT_EQ(options.maxSpan, 8u);
  EXPECT_EQ(recorder.seen.size(), 7u);
}

TEST(Options, DiffAndUnifiedDiffOptions) {
  concord::LineDiffOptions diff;
  concord::UnifiedDiffOptions unified;
  Recorder recorder;
  visitOptions(diff, recorder);
  visitOptions(unified, recorder);
  EXPECT_EQ(diff.lineBreaks, concord::LineBreaks::kLfOnly);
  EXPECT_EQ(unified.leftName, "changed");
  EXPECT_EQ(unified.context, kMaxCount);
  EXPECT_EQ(recorder.seen["context"], "count");
}

}  // namespace
}  // namespace concord_wire
