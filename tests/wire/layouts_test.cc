#include "concord_wire/layouts.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "concord/aligned_diff.h"
#include "concord/duplicates.h"
#include "concord/line_diff.h"
#include "concord/rewrite_align.h"
#include "concord/similarity.h"
#include "concord_wire/pack.h"

namespace concord_wire {
namespace {

std::string nameOf(const NameList& list, int code) { return list.names.begin()[code]; }

TEST(Layouts, EnumNamesFollowTheCoreCodes) {
  EXPECT_EQ(nameOf(kRowKindNames, static_cast<int>(concord::RowKind::kAdded)), "added");
  EXPECT_EQ(nameOf(kLineBreakNames, static_cast<int>(concord::LineBreaks::kLfOnly)), "lf");
  EXPECT_EQ(nameOf(kLineEndingNames, static_cast<int>(concord::LineEndings::kMixed)), "mixed");
  EXPECT_EQ(nameOf(kUnitNames, static_cast<int>(concord::AlignUnit::kParagraph)), "paragraph");
  EXPECT_EQ(nameOf(kCompareRowKindNames, static_cast<int>(concord::AlignedKind::kMoved)), "moved");
  EXPECT_EQ(nameOf(kInlineKindNames, static_cast<int>(concord::InlineKind::kAdded)), "added");
  EXPECT_EQ(nameOf(kSplitNames, static_cast<int>(concord::ParagraphSplit::kBlankLines)),
            "blankLines");
  EXPECT_EQ(nameOf(kGroupKindNames, static_cast<int>(concord::GroupKind::kNear)), "near");
  EXPECT_EQ(nameOf(kLevelNames, static_cast<int>(concord::MatchLevel::kUnrelated)), "unrelated");
  EXPECT_EQ(nameOf(kTokenKindNames, static_cast<int>(concord::SharedTokenKind::kNumber)), "number");
}

TEST(Layouts, SectionListsMatchThePackersSections) {
  EXPECT_EQ(static_cast<uint32_t>(kDiffIntSectionNames.size()), kDiffSections);
  EXPECT_EQ(static_cast<uint32_t>(kCompareIntSectionNames.size()), kCompareSections);
  EXPECT_EQ(static_cast<uint32_t>(kCompareRealSectionNames.size()), kCompareRealSections);
  EXPECT_EQ(static_cast<uint32_t>(kAnalysisIntSectionNames.size()), kAnalysisSections);
  EXPECT_EQ(static_cast<uint32_t>(kAnalysisRealSectionNames.size()), kAnalysisRealSections);
  EXPECT_EQ(static_cast<uint32_t>(kAlignIntSectionNames.size()), kAlignSections);
  EXPECT_EQ(static_cast<uint32_t>(kAlignRealSectionNames.size()), kAlignRealSections);
  EXPECT_EQ(static_cast<uint32_t>(kProfileIntSectionNames.size()), kProfileSections);
}

TEST(Layouts, NamesAreUniqueWithinEachList) {
  for (const auto* lists : {&layouts(), &enums(), &sections()}) {
    for (const NameList* list : *lists) {
      const std::set<std::string> unique(list->names.begin(), list->names.end());
      EXPECT_EQ(unique.size(), list->names.size()) << list->name;
    }
  }
}

TEST(Layouts, ColumnFindsAFieldByName) {
  EXPECT_EQ(column(kDiffRow, "kind"), 0);
  EXPECT_EQ(column(kDiffRow, "rightEnd"), kDiffRow.size() - 1);
  EXPECT_EQ(column(kDiffRow, "nothing"), -1);
  EXPECT_NE(enumNamed("levels"), nullptr);
  EXPECT_EQ(enumNamed("nothing"), nullptr);
}

}  // namespace
}  // namespace concord_wire
