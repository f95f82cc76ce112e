// attributeSentences: each sentence's origin (concord/attribution.h) from the candidate pairs'
// best links (rewritten, or unsure when the link is not corroborated), from the source nearest
// along the lineage forest among those of the same kind, never from a document the lineage shows to
// be derived from it, shared among a sentence's repeats in its document, and the sums per source.
#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "analysis/lineage_passes.h"
#include "analysis/sort_by_key.h"

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

// Forest distances: each document's parent and depth in the lineage forest (undirected).
struct Forest {
  std::vector<uint32_t> parent, depth;
  std::vector<uint32_t> root;
};

Forest forestOf(uint32_t n, const std::vector<LineageEdge>& edges) {
  std::vector<std::vector<uint32_t>> next(n);
  for (const LineageEdge& e : edges) next[e.from].push_back(e.to), next[e.to].push_back(e.from);
  Forest f{std::vector<uint32_t>(n, kNoIndex), std::vector<uint32_t>(n, 0),
           std::vector<uint32_t>(n, kNoIndex)};
  std::vector<uint32_t> stack;
  for (uint32_t r = 0; r < n; ++r) {
    if (f.root[r] != kNoIndex) continue;
    f.root[r] = r;
    stack.assign(1, r);
    while (!stack.empty()) {
      const uint32_t d = stack.back();
      stack.pop_back();
      for (const uint32_t x : next[d]) {
        if (f.root[x] != kNoIndex) continue;
        f.root[x] = r, f.parent[x] = d, f.depth[x] = f.depth[d] + 1;
        stack.push_back(x);
      }
    }
  }
  return f;
}

// Edges between x and y along the forest; kNoIndex when no lineage path joins them.
uint32_t distanceOf(const Forest& f, uint32_t x, uint32_t y) {
  if (f.root[x] != f.root[y]) return kNoIndex;
  uint32_t steps = 0;
  while (x != y) {
    if (f.depth[x] < f.depth[y]) std::swap(x, y);
    x = f.parent[x], ++steps;
  }
  return steps;
}

// How a source ranks for one sentence: its distance along the lineage, then its pair's strength.
struct Rank {
  uint32_t distance = kNoIndex;
  double strength = 0;
};

// Attribution's origin of a pair's match: the aligner's kind, kUnsure for a rewritten sentence
// whose link is not corroborated (two articles on one topic written apart, not a derivation).
SentenceKind originOf(const SentenceMatch& m) {
  return m.origin == SentenceKind::kRewritten && !m.corroborated ? SentenceKind::kUnsure : m.origin;
}

// How sure an origin is: copied, then rewritten, then unsure.
int sureness(SentenceKind origin) {
  return origin == SentenceKind::kCopied ? 2 : origin == SentenceKind::kRewritten ? 1 : 0;
}

// Copied beats rewritten, rewritten beats unsure; then the source nearer along the lineage forest
// (a sentence every draft copies comes from the next draft, not any one: the similarities of equal
// sentences in different pairs differ only in the last bits, as each pair weighs its terms by its
// own idf); then the more similar sentence; then the stronger pair; then the lower index.
bool outranks(const SentenceMatch& m, uint32_t source, const Rank& rank,
              const SentenceAttribution& held, const Rank& heldRank) {
  if (held.origin == SentenceKind::kNew) return true;
  const int sure = sureness(originOf(m)), heldSure = sureness(held.origin);
  if (sure != heldSure) return sure > heldSure;
  if (rank.distance != heldRank.distance) return rank.distance < heldRank.distance;
  if (m.similarity != held.similarity) return m.similarity > held.similarity;
  if (rank.strength != heldRank.strength) return rank.strength > heldRank.strength;
  return source < held.source;
}

// Offers document `source`'s sentences (the pair's `matches` for doc) as origins.
void offer(DocumentAttribution& doc, std::vector<Rank>& held,
           const std::vector<SentenceMatch>& matches, uint32_t source, const Rank& rank,
           const std::vector<ByteRange>& sourceSentences) {
  for (uint32_t i = 0; i < matches.size() && i < doc.sentences.size(); ++i) {
    const SentenceMatch& m = matches[i];
    if (m.origin == SentenceKind::kNew || m.other >= sourceSentences.size()) continue;
    SentenceAttribution& s = doc.sentences[i];
    if (!outranks(m, source, rank, s, held[i])) continue;
    held[i] = rank;
    s.origin = originOf(m);
    s.source = source;
    s.sourceSentence = m.other;
    s.sourceRange = sourceSentences[m.other];
    s.similarity = m.similarity;
    s.confidence = m.confidence;
  }
}

// A sentence and its repeats in one document (a body pasted twice, a refrain) say the same, so
// each takes the surest origin any of them found (then the most confident). The aligner links a
// source sentence most surely to one repeat, which left the others "new".
void shareAmongRepeats(DocumentAttribution& doc, std::string_view text) {
  const auto better = [](const SentenceAttribution& x, const SentenceAttribution& y) {
    if (y.origin == SentenceKind::kNew) return x.origin != SentenceKind::kNew;
    if (x.origin == SentenceKind::kNew) return false;
    const int sx = sureness(x.origin), sy = sureness(y.origin);
    return sx != sy ? sx > sy : x.confidence > y.confidence;
  };
  std::unordered_map<std::string_view, uint32_t> best;  // Sentence text -> its best repeat.
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    const auto [it, fresh] = best.emplace(doc.sentences[i].range.in(text), i);
    if (!fresh && better(doc.sentences[i], doc.sentences[it->second])) it->second = i;
  }
  for (SentenceAttribution& s : doc.sentences) {
    const SentenceAttribution& chosen = doc.sentences[best[s.range.in(text)]];
    if (&chosen == &s) continue;
    const ByteRange range = s.range;
    s = chosen;
    s.range = range;
  }
}

void sum(DocumentAttribution& doc, const std::vector<std::vector<bool>>& reach, uint32_t d) {
  std::vector<SourceShare> shares;
  for (const SentenceAttribution& s : doc.sentences) {
    if (s.origin == SentenceKind::kNew) {
      ++doc.fresh;
      continue;
    }
    auto it = std::find_if(shares.begin(), shares.end(),
                           [&](const SourceShare& x) { return x.source == s.source; });
    if (it == shares.end()) {
      SourceShare share;
      share.source = s.source;
      share.order = reaches(reach, s.source, d) ? SourceOrder::kEarlier : SourceOrder::kUnknown;
      shares.push_back(share);
      it = shares.end() - 1;
    }
    if (s.origin == SentenceKind::kCopied) {
      ++it->copied, ++doc.copied;
    } else if (s.origin == SentenceKind::kRewritten) {
      ++it->rewritten, ++doc.rewritten;
    } else {
      ++it->unsure, ++doc.unsure;
    }
  }
  // Most sentences first, then by document: the complement of the count sorts descending.
  sortByKey(shares, [](const SourceShare& x) {
    const uint32_t sentences = x.copied + x.rewritten + x.unsure;
    return uint64_t{~sentences} << 32 | x.source;
  });
  doc.sources = std::move(shares);
}

}  // namespace

void attributeSentences(LineageState& state) {
  const auto reach = descendants(state.n, state.lineage.edges);
  const Forest forest = forestOf(state.n, state.lineage.edges);
  state.attribution.assign(state.n, {});
  std::vector<std::vector<Rank>> held(state.n);  // Rank of each sentence's chosen source.
  for (uint32_t d = 0; d < state.n; ++d) {
    held[d].assign(state.sentences[d].size(), Rank{});
    for (const ByteRange& range : state.sentences[d]) {
      SentenceAttribution s;
      s.range = range;
      state.attribution[d].sentences.push_back(s);
    }
  }
  for (const AlignedPair& pair : state.aligned) {
    const Rank rank{distanceOf(forest, pair.a, pair.b), pair.strength};
    if (!reaches(reach, pair.a, pair.b))
      offer(state.attribution[pair.a], held[pair.a], pair.aMatch, pair.b, rank,
            state.sentences[pair.b]);
    if (!reaches(reach, pair.b, pair.a))
      offer(state.attribution[pair.b], held[pair.b], pair.bMatch, pair.a, rank,
            state.sentences[pair.a]);
  }
  for (uint32_t d = 0; d < state.n; ++d) {
    shareAmongRepeats(state.attribution[d], state.texts[d]);
    sum(state.attribution[d], reach, d);
  }
}

}  // namespace detail
}  // namespace concord
