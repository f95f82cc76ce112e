// alignCandidates: every candidate pair aligned sentence by sentence (concord/sentence_align.h),
// kept as each sentence's best link into the other document and the pair's strength.
#include <algorithm>
#include <utility>

#include "align/sentence_terms.h"
#include "analysis/analyze_passes.h"
#include "analysis/lineage_passes.h"

namespace concord {
namespace detail {
namespace {

// The one copied/rewritten rule is the aligner's (SentenceLink::copied, likely); this only reads
// it. kNew: the link does not count (too unsure to call the sentence rewritten).
SentenceKind originOf(const SentenceLink& link) {
  if (link.copied) return SentenceKind::kCopied;
  return link.likely ? SentenceKind::kRewritten : SentenceKind::kNew;
}

// A copied link beats a rewritten one; then the more similar wins, then the lower index.
bool better(const SentenceMatch& candidate, const SentenceMatch& held) {
  if (held.other == kNoIndex) return true;
  const bool copied = candidate.origin == SentenceKind::kCopied;
  const bool heldCopied = held.origin == SentenceKind::kCopied;
  if (copied != heldCopied) return copied;
  if (candidate.similarity != held.similarity) return candidate.similarity > held.similarity;
  return candidate.other < held.other;
}

double meanSimilarity(const std::vector<SentenceMatch>& a, const std::vector<SentenceMatch>& b) {
  if (a.empty() && b.empty()) return 0;
  double sum = 0;
  for (const SentenceMatch& m : a) sum += m.similarity;
  for (const SentenceMatch& m : b) sum += m.similarity;
  return sum / static_cast<double>(a.size() + b.size());
}

std::vector<ByteRange> rangesOf(const std::vector<Sentence>& sentences) {
  std::vector<ByteRange> out;
  out.reserve(sentences.size());
  for (const Sentence& s : sentences) out.push_back(s.range);
  return out;
}

AlignedPair summarise(uint32_t a, uint32_t b, const SentenceAlignment& aligned) {
  AlignedPair pair;
  pair.a = a;
  pair.b = b;
  pair.aMatch.resize(aligned.aSentences.size());
  pair.bMatch.resize(aligned.bSentences.size());
  for (const SentenceLink& link : aligned.sentenceLinks) {
    const SentenceKind origin = originOf(link);
    if (origin == SentenceKind::kNew) continue;
    const SentenceMatch toB{link.b, origin, link.similarity, link.confidence, link.corroborated};
    const SentenceMatch toA{link.a, origin, link.similarity, link.confidence, link.corroborated};
    if (better(toB, pair.aMatch[link.a])) pair.aMatch[link.a] = toB;
    if (better(toA, pair.bMatch[link.b])) pair.bMatch[link.b] = toA;
    // A headline is a text's first sentence: one copied into the other text anywhere (as a
    // later text reuses a source's headline under its own) counts as a shared title.
    const bool headline = link.titles || link.a == 0 || link.b == 0;
    const bool copied = origin == SentenceKind::kCopied;
    if (link.titles || (headline && copied)) pair.sharedTitle = true;
    if (headline && copied) pair.titleCopied = true;
  }
  pair.strength = meanSimilarity(pair.aMatch, pair.bMatch);
  return pair;
}

}  // namespace

void alignCandidates(LineageState& state) {
  SentenceAlignOptions options;
  options.text.split = state.options.text.split;
  // Each document is read once for all its pairs (most of an alignment's time was reading both
  // texts) and let go after its last pair.
  align::TextReader reader(options.text);
  std::vector<align::RawText> read(state.n);
  std::vector<bool> isRead(state.n, false), known(state.n, false);
  std::vector<size_t> lastPair(state.n, 0);
  for (size_t c = 0; c < state.candidates.size(); ++c)
    lastPair[state.candidates[c] >> 32] = lastPair[static_cast<uint32_t>(state.candidates[c])] = c;
  const auto textOf = [&](uint32_t d) -> const align::RawText& {
    if (!isRead[d]) read[d] = reader.read(state.texts[d]), isRead[d] = true;
    return read[d];
  };
  state.sentences.assign(state.n, {});
  const size_t step = std::max<size_t>(1, state.candidates.size() / 50);
  for (size_t c = 0; c < state.candidates.size(); ++c) {
    if (c % step == 0 && state.progress) state.progress(static_cast<double>(c) / state.candidates.size());
    const uint64_t key = state.candidates[c];
    const auto a = static_cast<uint32_t>(key >> 32), b = static_cast<uint32_t>(key);
    Result<SentenceAlignment> aligned = align::alignRead(reader, textOf(a), textOf(b), options);
    for (const uint32_t d : {a, b})
      if (lastPair[d] == c) read[d] = align::RawText{};
    if (!aligned.ok()) continue;  // Too many sentences: the pair simply gives no evidence.
    state.aligned.push_back(summarise(a, b, aligned.value()));
    if (!known[a]) state.sentences[a] = rangesOf(aligned.value().aSentences);
    if (!known[b]) state.sentences[b] = rangesOf(aligned.value().bSentences);
    known[a] = known[b] = true;
  }
  for (uint32_t d = 0; d < state.n; ++d) {
    if (known[d]) continue;
    Result<SentenceAlignment> alone = alignSentences(state.texts[d], {}, options);
    if (alone.ok()) state.sentences[d] = rangesOf(alone.value().aSentences);
  }
}

}  // namespace detail
}  // namespace concord
