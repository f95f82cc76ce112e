// attributeSentences: each sentence's origin (concord/attribution.h) from the candidate pairs'
// best links, never from a document the lineage shows to be derived from it, and the sums per
// source.
#include <algorithm>

#include "analysis/lineage_passes.h"

namespace concord {
namespace detail {
namespace {

// Documents reachable from each document along directed lineage edges.
std::vector<std::vector<bool>> descendants(uint32_t n, const std::vector<LineageEdge>& edges) {
  std::vector<std::vector<uint32_t>> out(n);
  for (const LineageEdge& e : edges)
    if (e.directed) out[e.from].push_back(e.to);
  std::vector<std::vector<bool>> reach(n);
  std::vector<uint32_t> stack;
  for (uint32_t d = 0; d < n; ++d) {
    if (out[d].empty()) continue;
    reach[d].assign(n, false);
    stack.assign(out[d].begin(), out[d].end());
    while (!stack.empty()) {
      const uint32_t x = stack.back();
      stack.pop_back();
      if (reach[d][x]) continue;
      reach[d][x] = true;
      stack.insert(stack.end(), out[x].begin(), out[x].end());
    }
  }
  return reach;
}

bool reaches(const std::vector<std::vector<bool>>& reach, uint32_t from, uint32_t to) {
  return !reach[from].empty() && reach[from][to];
}

// Copied beats rewritten; then the more similar sentence, then the lower document index.
bool outranks(const SentenceMatch& m, uint32_t source, const SentenceAttribution& held) {
  if (held.origin == SentenceOrigin::kNew) return true;
  const bool copied = m.origin == SentenceOrigin::kCopied;
  if (copied != (held.origin == SentenceOrigin::kCopied)) return copied;
  if (m.similarity != held.similarity) return m.similarity > held.similarity;
  return source < held.source;
}

void offer(DocumentAttribution& doc, const std::vector<SentenceMatch>& matches, uint32_t source,
           const std::vector<ByteRange>& sourceSentences) {
  for (uint32_t i = 0; i < matches.size() && i < doc.sentences.size(); ++i) {
    const SentenceMatch& m = matches[i];
    if (m.origin == SentenceOrigin::kNew || m.other >= sourceSentences.size()) continue;
    SentenceAttribution& s = doc.sentences[i];
    if (!outranks(m, source, s)) continue;
    s.origin = m.origin;
    s.source = source;
    s.sourceSentence = m.other;
    s.sourceRange = sourceSentences[m.other];
    s.similarity = m.similarity;
    s.confidence = m.confidence;
  }
}

void sum(DocumentAttribution& doc, const std::vector<std::vector<bool>>& reach, uint32_t d) {
  std::vector<SourceShare> shares;
  for (const SentenceAttribution& s : doc.sentences) {
    if (s.origin == SentenceOrigin::kNew) {
      ++doc.fresh;
      continue;
    }
    auto it = std::find_if(shares.begin(), shares.end(),
                           [&](const SourceShare& x) { return x.source == s.source; });
    if (it == shares.end()) {
      shares.push_back({s.source, 0, 0,
                        reaches(reach, s.source, d) ? SourceOrder::kEarlier : SourceOrder::kUnknown});
      it = shares.end() - 1;
    }
    const bool copied = s.origin == SentenceOrigin::kCopied;
    ++(copied ? it->copied : it->rewritten);
    ++(copied ? doc.copied : doc.rewritten);
  }
  std::sort(shares.begin(), shares.end(), [](const SourceShare& x, const SourceShare& y) {
    const uint32_t nx = x.copied + x.rewritten, ny = y.copied + y.rewritten;
    return nx != ny ? nx > ny : x.source < y.source;
  });
  doc.sources = std::move(shares);
}

}  // namespace

void attributeSentences(LineageState& state) {
  const auto reach = descendants(state.n, state.lineage.edges);
  state.attribution.assign(state.n, {});
  for (uint32_t d = 0; d < state.n; ++d) {
    for (const ByteRange& range : state.sentences[d]) {
      SentenceAttribution s;
      s.range = range;
      state.attribution[d].sentences.push_back(s);
    }
  }
  for (const AlignedPair& pair : state.aligned) {
    if (!reaches(reach, pair.a, pair.b))
      offer(state.attribution[pair.a], pair.aMatch, pair.b, state.sentences[pair.b]);
    if (!reaches(reach, pair.b, pair.a))
      offer(state.attribution[pair.b], pair.bMatch, pair.a, state.sentences[pair.a]);
  }
  for (uint32_t d = 0; d < state.n; ++d) sum(state.attribution[d], reach, d);
}

}  // namespace detail
}  // namespace concord
