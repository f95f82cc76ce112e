// concord._core: the C++ core for Python. Marshalling only: every result is computed by
// concord_core, the library the tests and the wasm build link. Offsets in analyze() results are
// UTF-16 code units, as the page's "JSON of everything" export holds them; long calls release
// the GIL.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/analyze.h"
#include "concord_wire/layouts.h"
#include "concord_wire/offsets.h"
#include "concord_wire/options.h"
#include "concord/signature.h"
#include "concord/text.h"

namespace py = pybind11;

namespace {

constexpr const char* kLevels[] = {"identical", "minor changes", "rewritten", "unrelated"};
constexpr const char* kGroupKinds[] = {"exact", "near"};

concord::ParagraphSplit splitFrom(const std::string& name) {
  if (name == "auto") return concord::ParagraphSplit::kAuto;
  if (name == "lines") return concord::ParagraphSplit::kLines;
  if (name == "blankLines") return concord::ParagraphSplit::kBlankLines;
  throw py::value_error("split must be 'auto', 'lines' or 'blankLines', got " + name);
}

double fraction(const py::handle& value, const std::string& key) {
  const double x = value.cast<double>();
  if (!(x >= 0 && x <= 1)) throw py::value_error(key + " must be a number from 0 to 1");
  return x;
}

uint32_t count(const py::handle& value, const std::string& key, long long min) {
  if (!py::isinstance<py::int_>(value) || py::isinstance<py::bool_>(value))
    throw py::value_error(key + " must be a whole number >= " + std::to_string(min));
  const long long x = value.cast<long long>();
  if (x < min || x >= (1ll << 31))
    throw py::value_error(key + " must be a whole number >= " + std::to_string(min));
  return static_cast<uint32_t>(x);
}

bool flag(const py::handle& value, const std::string& key) {
  if (!py::isinstance<py::bool_>(value)) throw py::value_error(key + " must be True or False");
  return value.cast<bool>();
}

// The text-model options analyze() and signatures share; false when `key` is not one of them.
bool textOption(const std::string& key, const py::handle& v, concord::TextOptions& normalize) {
  if (key == "split")
    normalize.split = splitFrom(v.cast<std::string>());
  else if (key == "ignoreCase")
    normalize.ignoreCase = flag(v, key);
  else if (key == "ignorePunctuation")
    normalize.ignorePunctuation = flag(v, key);
  else if (key == "foldTypography")
    normalize.foldTypography = flag(v, key);
  else
    return false;
  return true;
}

// Reads a dict of options by the walk the wasm binding reads its options object with
// (concord_wire::visitOptions: names, types, bounds), so the module takes exactly the page's
// options; messages as web/lib/options.js words them. A key the walk never visits is unknown.
class DictReader {
 public:
  explicit DictReader(const py::dict& given) : given_(given) {}
  void flag(const char* name, bool& value) {
    if (const py::handle v = take(name)) value = ::flag(v, name);
  }
  void fraction(const char* name, double& value) {
    if (const py::handle v = take(name)) value = ::fraction(v, name);
  }
  void count(const char* name, uint32_t& value, uint32_t min, uint32_t max) {
    const py::handle v = take(name);
    if (!v) return;
    value = ::count(v, name, min);
    if (value > max)
      throw py::value_error("option " + std::string(name) + " must be a whole number from " +
                            std::to_string(min) + " to " + std::to_string(max));
  }
  template <typename Enum>
  void choice(const char* name, Enum& value, const concord_wire::NameList& names) {
    const py::handle v = take(name);
    if (!v) return;
    const std::string given = py::str(v);
    for (size_t k = 0; k < names.names.size(); ++k) {
      if (py::isinstance<py::str>(v) && given == names[k]) {
        value = static_cast<Enum>(k);
        return;
      }
    }
    std::string choices;
    for (const char* c : names.names) choices += std::string(choices.empty() ? "'" : ", '") + c + "'";
    throw py::value_error("option " + std::string(name) + " must be one of " + choices + ", got " +
                          given);
  }
  void text(const char* name, std::string_view&) {
    if (take(name)) throw py::value_error("option " + std::string(name) + " is not supported here");
  }
  // After the walk: every given key must have been visited.
  void finish() const {
    for (const auto& item : given_) {
      const std::string key = item.first.cast<std::string>();
      if (std::find(seen_.begin(), seen_.end(), key) == seen_.end())
        throw py::value_error("unknown option: " + key);
    }
  }

 private:
  py::handle take(const char* name) {
    seen_.push_back(name);
    return given_.contains(name) ? py::handle(given_[name]) : py::handle();
  }
  const py::dict& given_;
  std::vector<std::string> seen_;
};

// Writes every option the walk visits with its default, as the page's schema gives defaults.
struct DefaultsWriter {
  py::dict out;
  void flag(const char* name, bool& value) { out[name] = value; }
  void fraction(const char* name, double& value) { out[name] = value; }
  void count(const char* name, uint32_t& value, uint32_t, uint32_t) { out[name] = value; }
  template <typename Enum>
  void choice(const char* name, Enum& value, const concord_wire::NameList& names) {
    out[name] = names[static_cast<size_t>(value)];
  }
  void text(const char* name, std::string_view& value) { out[name] = std::string(value); }
};

// The page's analyze() options (concord_wire::visitOptions), by the same names and defaults:
// lineage and attribution are traced, as the page traces them, unless lineage=False.
concord::AnalyzeOptions analyzeOptionsFrom(const py::dict& given) {
  concord::AnalyzeOptions o;
  DictReader reader(given);
  concord_wire::visitOptions(o, reader);
  reader.finish();
  return o;
}

concord::SignatureOptions signatureOptionsFrom(const py::dict& given) {
  concord::SignatureOptions o;
  for (const auto& [k, v] : given) {
    const std::string key = k.cast<std::string>();
    if (textOption(key, v, o.text))
      continue;
    else if (key == "shingleWords")
      o.shingleWords = count(v, key, 1);
    else if (key == "bands")
      o.bands = count(v, key, 1);
    else if (key == "rows")
      o.rows = count(v, key, 1);
    else if (key == "nameBands")
      o.nameBands = count(v, key, 0);
    else if (key == "nameRows")
      o.nameRows = count(v, key, 1);
    else if (key == "seed")
      o.seed = v.cast<uint64_t>();
    else if (key == "skippedParagraphs")
      o.skippedParagraphs = v.cast<std::vector<uint64_t>>();
    else
      throw py::value_error("unknown option: " + key);
  }
  std::sort(o.skippedParagraphs.begin(), o.skippedParagraphs.end());
  return o;
}

py::dict signatureDict(const concord::DocumentSignature& s) {
  py::dict out;
  out["words"] = s.words;
  out["sequence"] = s.sequence;
  out["minHashes"] = s.minHashes;
  out["bands"] = s.bands;
  out["paragraphs"] = s.paragraphs;
  return out;
}

py::dict scoresDict(const concord::PairScores& s) {
  py::dict out;
  out["diffRatio"] = s.diffRatio;
  out["diffRatioExact"] = s.diffRatioExact;
  out["resemblance"] = s.resemblance;
  out["containmentAB"] = s.containmentAB;
  out["containmentBA"] = s.containmentBA;
  out["coverageAB"] = s.coverageAB;
  out["coverageBA"] = s.coverageBA;
  out["rewrite"] = s.rewrite;
  return out;
}

// Byte offsets of an Analysis rewritten in place as UTF-16 code units of their documents.
void toUtf16(concord::Analysis& analysis, const std::vector<std::string_view>& texts) {
  std::vector<std::vector<uint32_t*>> slots(texts.size());
  const auto add = [&](uint32_t doc, concord::ByteRange& range) {
    slots[doc].push_back(&range.begin);
    slots[doc].push_back(&range.end);
  };
  for (uint32_t d = 0; d < analysis.documents.size(); ++d)
    for (auto& range : analysis.documents[d].repeats) add(d, range);
  for (auto* groups : {&analysis.duplicates.groups, &analysis.duplicates.shortRepeats})
    for (auto& group : *groups)
      for (auto& member : group.members) add(member.doc, member.range);
  for (auto& block : analysis.duplicates.repeatedBlocks) {
    add(block.first.doc, block.first.range);
    add(block.repeat.doc, block.repeat.range);
  }
  for (auto& p : analysis.passages) add(p.a, p.aRange), add(p.b, p.bRange);
  for (uint32_t d = 0; d < analysis.lineage.dates.size(); ++d)
    add(d, analysis.lineage.dates[d].range);
  for (uint32_t d = 0; d < analysis.attribution.size(); ++d) {
    for (auto& sentence : analysis.attribution[d].sentences) {
      add(d, sentence.range);
      if (sentence.origin != concord::SentenceKind::kNew) add(sentence.source, sentence.sourceRange);
    }
  }
  std::vector<uint32_t> offsets;
  for (size_t d = 0; d < texts.size(); ++d) {
    offsets.clear();
    for (const uint32_t* slot : slots[d]) offsets.push_back(*slot);
    concord_wire::toUtf16({texts[d], concord_wire::isAscii(texts[d])}, offsets);
    for (size_t s = 0; s < offsets.size(); ++s) *slots[d][s] = offsets[s];
  }
}

py::dict range(const concord::ByteRange& r) {
  py::dict out;
  out["start"] = r.begin;
  out["end"] = r.end;
  return out;
}

py::list groupList(const std::vector<concord::DuplicateGroup>& groups) {
  py::list out;
  for (const auto& group : groups) {
    py::list members;
    for (const auto& m : group.members) {
      py::dict member;
      member["doc"] = m.doc;
      member["paragraph"] = m.paragraph;
      member["start"] = m.range.begin;
      member["end"] = m.range.end;
      members.append(member);
    }
    py::dict g;
    g["kind"] = kGroupKinds[static_cast<int>(group.kind)];
    g["similarity"] = group.similarity;
    g["members"] = members;
    out.append(g);
  }
  return out;
}

py::list blockList(const std::vector<concord::RepeatedBlock>& blocks) {
  py::list out;
  for (const auto& b : blocks) {
    // Flat, as web/lib/analyze.js gives it: the first copy, then its repeat.
    py::dict block;
    block["doc"] = b.first.doc;
    block["paragraph"] = b.first.paragraph;
    block["start"] = b.first.range.begin;
    block["end"] = b.first.range.end;
    block["repeatDoc"] = b.repeat.doc;
    block["repeatParagraph"] = b.repeat.paragraph;
    block["repeatStart"] = b.repeat.range.begin;
    block["repeatEnd"] = b.repeat.range.end;
    block["paragraphs"] = b.paragraphs;
    block["kind"] = kGroupKinds[static_cast<int>(b.kind)];
    block["words"] = b.repeat.words;
    out.append(block);
  }
  return out;
}

py::list passageList(const std::vector<concord::DocumentPassage>& passages) {
  py::list out;
  for (const auto& p : passages) {
    py::dict d;
    d["a"] = p.a, d["b"] = p.b;
    d["aStart"] = p.aRange.begin, d["aEnd"] = p.aRange.end;
    d["bStart"] = p.bRange.begin, d["bEnd"] = p.bRange.end;
    d["aWords"] = p.aWords, d["bWords"] = p.bWords, d["matchedWords"] = p.matchedWords;
    out.append(d);
  }
  return out;
}

py::list pairList(const std::vector<concord::PairResult>& pairs) {
  py::list out;
  for (const auto& pair : pairs) {
    py::dict d;
    d["a"] = pair.a, d["b"] = pair.b;
    d["level"] = kLevels[static_cast<int>(pair.level)];
    d["scores"] = scoresDict(pair.scores);
    out.append(d);
  }
  return out;
}

// A document's date as web/lib/lineage.js reads it: time (null when none), source, range.
py::dict dateDict(const concord::DocumentDate& date) {
  py::dict out;
  out["time"] = date.time != 0 ? py::object(py::float_(date.time)) : py::object(py::none());
  out["source"] = concord_wire::kDateSourceNames[static_cast<size_t>(date.source)];
  out["start"] = date.range.begin;
  out["end"] = date.range.end;
  return out;
}

// {edges, dates} of web/lib/lineage.js lineageFrom.
py::dict lineageDict(const concord::Lineage& lineage) {
  py::list dates, edges;
  for (const auto& date : lineage.dates) dates.append(dateDict(date));
  for (const concord::LineageEdge& e : lineage.edges) {
    const concord::LineageEvidence& ev = e.evidence;
    py::dict evidence;
    evidence["sharedTitle"] = ev.sharedTitle, evidence["titleCopied"] = ev.titleCopied;
    evidence["copied"] = ev.copied, evidence["rewritten"] = ev.rewritten;
    evidence["fromSentences"] = ev.fromSentences, evidence["toSentences"] = ev.toSentences;
    evidence["fromInTo"] = ev.fromInTo, evidence["toInFrom"] = ev.toInFrom;
    evidence["strength"] = ev.strength, evidence["runnerUp"] = ev.runnerUp;
    evidence["direction"] = concord_wire::kDirectionNames[static_cast<size_t>(ev.direction)];
    // The page gives each end's date from the dates list (the same dates).
    evidence["fromDate"] = e.from < lineage.dates.size() ? dates[e.from] : py::object(py::none());
    evidence["toDate"] = e.to < lineage.dates.size() ? dates[e.to] : py::object(py::none());
    py::dict edge;
    edge["from"] = e.from, edge["to"] = e.to, edge["directed"] = e.directed;
    edge["confidence"] = e.confidence;
    edge["evidence"] = evidence;
    edges.append(edge);
  }
  py::dict out;
  out["edges"] = edges;
  out["dates"] = dates;
  return out;
}

py::dict sentenceDict(const concord::SentenceAttribution& s) {
  const bool found = s.origin != concord::SentenceKind::kNew;
  const auto orNone = [found](uint32_t v) { return found ? py::object(py::int_(v)) : py::object(py::none()); };
  py::dict out;
  out["start"] = s.range.begin, out["end"] = s.range.end;
  out["origin"] = concord_wire::kOriginNames[static_cast<size_t>(s.origin)];
  out["source"] = orNone(s.source), out["sourceSentence"] = orNone(s.sourceSentence);
  out["sourceStart"] = orNone(s.sourceRange.begin), out["sourceEnd"] = orNone(s.sourceRange.end);
  out["similarity"] = s.similarity, out["confidence"] = s.confidence;
  return out;
}

// The attribution list of web/lib/lineage.js lineageFrom.
py::list attributionList(const std::vector<concord::DocumentAttribution>& attribution) {
  py::list out;
  for (size_t d = 0; d < attribution.size(); ++d) {
    const concord::DocumentAttribution& a = attribution[d];
    py::list sentences, sources;
    for (const auto& s : a.sentences) sentences.append(sentenceDict(s));
    for (const concord::SourceShare& share : a.sources) {
      py::dict source;
      source["source"] = share.source, source["copied"] = share.copied;
      source["rewritten"] = share.rewritten, source["unsure"] = share.unsure;
      source["order"] = concord_wire::kSourceOrderNames[static_cast<size_t>(share.order)];
      sources.append(source);
    }
    py::dict doc;
    doc["document"] = d, doc["sentences"] = sentences, doc["sources"] = sources;
    doc["copied"] = a.copied, doc["rewritten"] = a.rewritten, doc["unsure"] = a.unsure;
    doc["new"] = a.fresh;
    out.append(doc);
  }
  return out;
}

// The analysis object of web/lib/analyze.js (unpackAnalysis plus stats), from the core's.
py::dict analysisDict(const concord::Analysis& a, const std::vector<std::string>& names,
                      const concord::AnalyzeOptions& options, double milliseconds) {
  py::list documents;
  for (size_t d = 0; d < a.documents.size(); ++d) {
    py::list repeats;
    for (const auto& r : a.documents[d].repeats) repeats.append(range(r));
    py::dict doc;
    doc["name"] = names[d];
    doc["words"] = a.documents[d].words;
    doc["paragraphs"] = a.documents[d].paragraphs;
    doc["repeats"] = repeats;
    documents.append(doc);
  }
  py::dict out;
  out["documents"] = documents;
  out["repeatedBlocks"] = blockList(a.duplicates.repeatedBlocks);
  out["duplicateGroups"] = groupList(a.duplicates.groups);
  out["shortRepeats"] = groupList(a.duplicates.shortRepeats);
  out["passages"] = passageList(a.passages);
  out["pairs"] = pairList(a.pairs);
  out["clusters"] = a.clusters;
  out["order"] = a.order;
  out["lineage"] = lineageDict(a.lineage);
  out["attribution"] = attributionList(a.attribution);
  if (a.matrix.empty()) {
    out["matrix"] = py::none();
  } else {
    py::dict matrix;
    matrix["size"] = a.documents.size();
    matrix["score"] = "rewrite";
    matrix["values"] = std::vector<double>(a.matrix.begin(), a.matrix.end());
    out["matrix"] = matrix;
  }
  py::dict stats;
  stats["documents"] = a.documents.size();
  stats["pairsReported"] = a.pairs.size();
  stats["allPairs"] = a.documents.size() <= options.allPairsUpTo;
  stats["paragraphPairsVerified"] = std::min<uint64_t>(a.duplicates.candidatePairs, UINT32_MAX);
  stats["milliseconds"] = milliseconds;
  out["stats"] = stats;
  return out;
}

std::vector<std::string_view> views(const std::vector<std::string>& texts) {
  return std::vector<std::string_view>(texts.begin(), texts.end());
}

py::dict analyzeTexts(const std::vector<std::string>& texts, py::object names,
                      const py::dict& options, py::object modified) {
  concord::AnalyzeOptions resolved = analyzeOptionsFrom(options);
  if (!modified.is_none()) {
    resolved.lineage.modified = modified.cast<std::vector<double>>();
    if (resolved.lineage.modified.size() != texts.size())
      throw py::value_error("modified and texts differ in length");
  }
  std::vector<std::string> labels;
  if (names.is_none()) {
    for (size_t d = 0; d < texts.size(); ++d) labels.push_back("document " + std::to_string(d + 1));
  } else {
    labels = names.cast<std::vector<std::string>>();
    if (labels.size() != texts.size()) throw py::value_error("names and texts differ in length");
  }
  const auto started = std::chrono::steady_clock::now();
  const std::vector<std::string_view> v = views(texts);
  concord::Analysis analysis;
  std::string error;
  {
    py::gil_scoped_release unlocked;
    concord::Result<concord::Analysis> result = concord::analyze(v, resolved);
    if (result.ok()) {
      analysis = std::move(result).value();
      toUtf16(analysis, v);
    } else {
      error = result.error();
    }
  }
  if (!error.empty()) throw py::value_error(error);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return analysisDict(analysis, labels, resolved, ms);
}

// Scores of texts[a] and texts[b] for each (a, b) in `edges`, each pair analysed alone as a
// two-document set (what the page shows for those two documents).
py::list pairScoresMany(const std::vector<std::string>& texts,
                        const std::vector<std::pair<uint32_t, uint32_t>>& edges,
                        const py::dict& options) {
  // The scores do not depend on lineage: a pair's sentences are not aligned for them.
  concord::AnalyzeOptions resolved = analyzeOptionsFrom(options);
  resolved.lineage.enabled = false;
  for (const auto& [a, b] : edges)
    if (a >= texts.size() || b >= texts.size() || a == b)
      throw py::index_error("edge ends must be two different indices into texts");
  std::vector<concord::PairResult> results(edges.size());
  std::string error;
  {
    py::gil_scoped_release unlocked;
    for (size_t e = 0; e < edges.size() && error.empty(); ++e) {
      const auto [a, b] = edges[e];
      const concord::Result<concord::Analysis> analysis =
          concord::analyze({texts[a], texts[b]}, resolved);
      if (!analysis.ok())
        error = analysis.error();
      else
        results[e] = analysis.value().pairs.at(0);
    }
  }
  if (!error.empty()) throw py::value_error(error);
  py::list out;
  for (const auto& pair : results) {
    py::dict scores = scoresDict(pair.scores);
    scores["level"] = kLevels[static_cast<int>(pair.level)];
    out.append(scores);
  }
  return out;
}

// Signatures of many texts at once: words, exact-copy hashes, every band key in one bytes
// object (row-major, native-endian uint64, n * (bands + nameBands); 0 where a text has no band),
// the number of paragraphs of each text and all their hashes in one bytes object (uint64).
py::tuple signMany(const std::vector<std::string>& texts, const py::dict& options) {
  const concord::SignatureOptions resolved = signatureOptionsFrom(options);
  std::vector<uint32_t> words(texts.size()), paragraphCounts(texts.size());
  std::vector<uint64_t> sequences(texts.size());
  const size_t bands = size_t{resolved.bands} + resolved.nameBands;
  std::string keys(texts.size() * bands * sizeof(uint64_t), '\0');
  std::vector<uint64_t> paragraphs;
  {
    py::gil_scoped_release unlocked;
    for (size_t t = 0; t < texts.size(); ++t) {
      const concord::DocumentSignature s = concord::signDocument(texts[t], resolved);
      words[t] = s.words;
      sequences[t] = s.sequence;
      std::memcpy(&keys[t * bands * sizeof(uint64_t)], s.bands.data(),
                  s.bands.size() * sizeof(uint64_t));
      paragraphCounts[t] = static_cast<uint32_t>(s.paragraphs.size());
      paragraphs.insert(paragraphs.end(), s.paragraphs.begin(), s.paragraphs.end());
    }
  }
  return py::make_tuple(
      words, sequences, py::bytes(keys), paragraphCounts,
      py::bytes(reinterpret_cast<const char*>(paragraphs.data()),
                paragraphs.size() * sizeof(uint64_t)));
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "Concord's C++ core (the library the page's WebAssembly is built from)";
  m.def(
      "signature",
      [](const std::string& text, const py::dict& options) {
        const concord::SignatureOptions resolved = signatureOptionsFrom(options);
        concord::DocumentSignature s;
        {
          py::gil_scoped_release unlocked;
          s = concord::signDocument(text, resolved);
        }
        return signatureDict(s);
      },
      py::arg("text"), py::arg("options") = py::dict(),
      "MinHash values, LSH band keys, exact-copy and paragraph hashes of one text");
  m.def("sign_many", &signMany, py::arg("texts"), py::arg("options") = py::dict(),
        "(words, sequence hashes, band keys as bytes, paragraph counts, paragraph hashes as "
        "bytes) of many texts");
  m.def("word_hash", &concord::wordHash, py::arg("word"), "Stable hash of a normalised word");
  m.def("pair_scores_many", &pairScoresMany, py::arg("texts"), py::arg("edges"),
        py::arg("options") = py::dict(), "Scores and level of each pair (a, b) of texts");
  m.def(
      "components",
      [](uint32_t n, const std::vector<std::pair<uint32_t, uint32_t>>& edges) {
        for (const auto& [a, b] : edges)
          if (a >= n || b >= n) throw py::index_error("edge end out of range");
        py::gil_scoped_release unlocked;
        return concord::componentRoots(n, edges);
      },
      py::arg("n"), py::arg("edges"), "Smallest member of each vertex's connected component");
  m.def(
      "analyze_options",
      [] {
        concord::AnalyzeOptions defaults;
        DefaultsWriter writer;
        concord_wire::visitOptions(defaults, writer);
        return writer.out;
      },
      "analyze()'s options with their defaults: the page's names (concord_wire::visitOptions)");
  m.def("analyze", &analyzeTexts, py::arg("texts"), py::arg("names") = py::none(),
        py::arg("options") = py::dict(), py::arg("modified") = py::none(),
        "The page's analyze() result of one set of texts, offsets in UTF-16 code units");
}
