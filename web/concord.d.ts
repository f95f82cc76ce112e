// Types of Concord's JavaScript API (web/concord.js).
//
// Every range is flat and in UTF-16 code units (JavaScript string indices): `start`/`end`, or
// `<side>Start`/`<side>End` when a record has two sides. Every call validates its options the
// same way: an unknown option, or a value of the wrong type or out of range, throws a
// ConcordError naming it (undefined counts as not given). Every options object also accepts
// `onProgress` (analyze() calls it; the page's worker passes it to every call).

/** One row of a line diff. Ranges are UTF-16 indices: `a.slice(leftStart, leftEnd)`. */
export interface DiffRow {
  kind: 'equal' | 'removed' | 'added';
  /** 1-based line number on the left; null on added rows. */
  leftLine: number | null;
  /** 1-based line number on the right; null on removed rows. */
  rightLine: number | null;
  /** Left line's text range, without the line break; an empty range at the insertion point on added rows. */
  leftStart: number;
  leftEnd: number;
  /** Right line's text range, without the line break; an empty range at the insertion point on removed rows. */
  rightStart: number;
  rightEnd: number;
}

export type LineEndings = 'none' | 'lf' | 'crlf' | 'cr' | 'mixed';

/** Columns of `LineDiffResult.rowData`: the index of each field in a row, and ints per row. */
export interface DiffRowColumns {
  kind: number; leftLine: number; rightLine: number;
  leftStart: number; leftEnd: number; rightStart: number; rightEnd: number;
  stride: number;
}

/** A line diff. The call returns the changes and the counts only; the rows are built from them
 * when first asked for (`rowData`, `rowAt(i)`, iteration or `rows`; each side's line extents are
 * fetched from the core then), and kept. */
export interface LineDiffResult extends Iterable<DiffRow> {
  /** Every line of both texts once, in order (built on first access). */
  readonly rows: DiffRow[];
  /** Number of rows, without building them. */
  readonly rowCount: number;
  /** Row `index` (0-based) as an object; RangeError outside 0..rowCount-1. */
  rowAt(index: number): DiffRow;
  /** The rows packed, `rowColumns.stride` ints each: kind 0 equal, 1 removed, 2 added; 0-based
   * line indices (the absent side holds its insertion point); UTF-16 ranges as in DiffRow.
   * Built on first access (one pass over each side's lines), then kept. */
  readonly rowData: Int32Array;
  readonly rowColumns: DiffRowColumns;
  /** `minimal` is false when the texts were too different for a minimal diff at bounded cost
   * (the rows are still a correct diff). */
  stats: { leftLines: number; rightLines: number; equal: number; removed: number; added: number; minimal: boolean };
  /** Line endings found in each text (CRLF and LF lines compare equal under lineBreaks 'any'). */
  lineEndings: { left: LineEndings; right: LineEndings };
}

export interface DiffOptions {
  /** 'any' (default): LF, CRLF and lone CR end lines, compared by content. 'lf': as GNU diff sees them. */
  lineBreaks?: 'any' | 'lf';
}

export interface UnifiedDiffOptions {
  leftName?: string;
  rightName?: string;
  /** Unchanged lines around each change; default 3 (a whole number below 2^31). */
  context?: number;
  /** Called with a message when a text or name holds lone surrogates, which the patch writes as
   * U+FFFD (it cannot then apply byte for byte); default: console.warn. */
  onWarning?: (message: string) => void;
}

/** Each call's option defaults, as the core declares them (choices by name). */
export interface Defaults {
  diff: Required<DiffOptions>;
  unifiedDiff: { leftName: string; rightName: string; context: number };
  compare: Required<CompareOptions>;
  analyze: Required<Omit<AnalyzeOptions, 'onProgress'>>;
  align: Required<AlignOptions>;
  profile: Required<ProfileOptions>;
}

export interface Concord {
  /** Line diff of a (old) against b (new). Throws ConcordError on input it cannot handle. */
  diff(a: string, b: string, options?: DiffOptions): LineDiffResult;
  /** Unified diff text that `patch` applies to a to give b; '' when equal. */
  unifiedDiff(a: string, b: string, options?: UnifiedDiffOptions): string;
  /** Every call's option defaults, read from the core. */
  readonly defaults: Readonly<Defaults>;
  /** Bytes of the WebAssembly heap now. It grows as calls need it and never shrinks, so after a
   * call it is the most that call (or an earlier, larger one) used; at most 4 GB. */
  heapBytes(): number;
}

/** The API's calls in two parts (createConcord's `calls`), each on a WebAssembly module of its
 * own where the page is served over http: `analysis` is what the overview a first visit opens on
 * calls, `pair` the pair view's, Two texts', the exports' and the report's. */
export type AnalysisCall = 'analyze' | 'cleanCopy' | 'profile';
export type PairCall = 'diff' | 'unifiedDiff' | 'compare' | 'htmlReport' | 'align';
export const CALLS: { readonly analysis: readonly AnalysisCall[]; readonly pair: readonly PairCall[] };

/** The analysis part of the API: createConcord({ calls: 'analysis' }). */
export type AnalysisConcord = Pick<Concord, AnalysisCall | 'defaults' | 'heapBytes'>;
/** The pair part of the API: createConcord({ calls: 'pair' }). */
export type PairConcord = Pick<Concord, PairCall | 'defaults' | 'heapBytes'>;

export interface CreateConcordOptions {
  /** Which calls to load: 'all' (the default), or one part of them (CALLS). Over http each part
   * is its own .wasm file (generated/concord-core.wasm: analysis, generated/concord-pair.wasm:
   * pair), fetched and compiled only when a part needs it; 'all' loads both in parallel. Under
   * Node, from file:// and in the single-file edition every part is the one inlined module.
   * heapBytes() of an API on two modules is the sum of their heaps. Anything else throws a
   * ConcordError. */
  calls?: 'all' | 'analysis' | 'pair';
}

/** Loads the WebAssembly core (each module once, and again after it aborted) and returns the
 * API: every call, or only the part `calls` names. Should a module abort, every method of an API
 * object on it throws a ConcordError with `aborted: true`; createConcord() then loads it afresh. */
export function createConcord(options?: { calls?: 'all' }): Promise<Concord>;
export function createConcord(options: { calls: 'analysis' }): Promise<AnalysisConcord>;
export function createConcord(options: { calls: 'pair' }): Promise<PairConcord>;
export function createConcord(options?: CreateConcordOptions): Promise<Concord | AnalysisConcord | PairConcord>;

export class ConcordError extends Error {}

// ---- Aligned comparison (web/lib/compare.js, web/lib/report.js; docs/diff.md) ----

export type CompareUnit = 'line' | 'paragraph';

export interface CompareOptions {
  /** 'auto' (default): paragraphs for prose, lines otherwise. */
  unit?: 'auto' | CompareUnit;
  /** These change what counts as equal, never the text shown. */
  ignoreCase?: boolean;
  /** Whitespace runs compare as one space; leading and trailing whitespace is ignored. */
  ignoreWhitespace?: boolean;
  ignorePunctuation?: boolean;
  /** Typographic quotes, dashes, ellipsis and no-break spaces compare as their ASCII forms. */
  foldQuotes?: boolean;
  /** Link removed and added units that are the same (or nearly the same) text; default true. */
  detectMoves?: boolean;
}

/** One inline op of a changed or moved-and-edited row. Ranges are UTF-16 indices into a and b;
 * 'removed' ops have an empty right range, 'added' ops an empty left range. */
export interface InlineOp {
  kind: 'equal' | 'removed' | 'added';
  leftStart: number;
  leftEnd: number;
  rightStart: number;
  rightEnd: number;
}

export interface CompareRow {
  /** 'moved' rows are one end of a move: left set (old place) or right set (new place). */
  kind: 'equal' | 'changed' | 'removed' | 'added' | 'moved';
  /** 0-based index of the left unit (paragraph or line); null when the row has no left side. */
  leftUnit: number | null;
  /** The left unit's text `a.slice(leftStart, leftEnd)`; without a left side, an empty range at
   * the insertion point (where the next left unit starts). */
  leftStart: number;
  leftEnd: number;
  /** The same for the right side, into b. */
  rightUnit: number | null;
  rightStart: number;
  rightEnd: number;
  /** 0..1 similarity of the paired units (1 for equal rows and exact moves, 0 for removed/added). */
  similarity: number;
  /** Index into `moves` for moved rows; null otherwise. */
  moveId: number | null;
  /** Word/character changes for changed and moved-and-edited rows; [] otherwise. */
  inline: InlineOp[];
}

export interface MoveBlock {
  id: number;
  /** From the start of its first to the end of its last unit, in a and in b. */
  leftStart: number;
  leftEnd: number;
  rightStart: number;
  rightEnd: number;
  /** Units moved. */
  units: number;
  similarity: number;
}

export interface CompareStats {
  kept: number;
  changed: number;
  added: number;
  removed: number;
  /** Moved units (each counted once). */
  moved: number;
  wordsInserted: number;
  wordsDeleted: number;
  leftWords: number;
  rightWords: number;
  leftUnits: number;
  rightUnits: number;
  /** 0..1: the share of the word and symbol tokens of both texts that is kept (docs/diff.md). */
  similarity: number;
  /** False when the texts were too different for a minimal diff at bounded cost. */
  minimal: boolean;
}

export interface CompareResult {
  unit: CompareUnit;
  /** Every unit of each side is in exactly one row, in order on both sides. */
  rows: CompareRow[];
  moves: MoveBlock[];
  stats: CompareStats;
  /** Line endings found in each text (display only: they never count as changes). */
  lineEndings: { left: LineEndings; right: LineEndings };
}

export interface HtmlReportOptions {
  leftName?: string;
  rightName?: string;
  title?: string;
  /** Unchanged rows shown around changes before the rest folds away; default 3. */
  context?: number;
}

export interface Concord {
  /** Aligned comparison of a (old) with b (new). JSON export is this result as is. */
  compare(a: string, b: string, options?: CompareOptions): CompareResult;
  /** A self-contained HTML page (inline CSS, no scripts) of compare(a, b)'s result. */
  htmlReport(a: string, b: string, result: CompareResult, options?: HtmlReportOptions): string;
}

// ---- Duplicates, similarity and rewrite alignment (web/lib/analyze.js; docs/analyze.md) ----

/** A document to analyse. A plain string is accepted too (named "document N"). */
export interface AnalyzeDocument {
  name?: string;
  text: string;
  /** Last-modified time of its file (ms since 1970, as File.lastModified, or a Date): lineage
   * uses it to direct an edge when the texts carry no dates. */
  lastModified?: number | Date;
}

/** Options of analyze(); defaults in brackets. */
export interface AnalyzeOptions {
  /** How paragraphs are found ['auto']: one per line, or blocks between blank lines. */
  split?: 'auto' | 'lines' | 'blankLines';
  ignoreCase?: boolean; // [true]
  ignorePunctuation?: boolean; // [true]
  /** Curly quotes, primes and dashes equal their ASCII forms [true]. */
  foldTypography?: boolean;
  /** Near duplicates: 3-word-shingle resemblance at least this [0.5]. */
  nearThreshold?: number;
  /** Paragraphs with fewer words are only matched exactly, as shortRepeats [15]. */
  minParagraphWords?: number;
  /** Look for near duplicates at all [true]. */
  near?: boolean;
  /** Verify every pair of paragraphs instead of MinHash/LSH candidates (slow; for checking) [false]. */
  exhaustive?: boolean;
  /** Shortest shared passage, in matched words [8]. */
  minPassageWords?: number;
  /** Matched stretches join across up to this many differing words in each document [3]. */
  maxGap?: number;
  /** Level thresholds [0.8, 0.8, 0.2, 0.2]: see docs/analyze.md. */
  minorDiffRatio?: number;
  minorCoverage?: number;
  rewriteScore?: number;
  rewriteCoverage?: number;
  /** Report every pair up to this many documents; above, only pairs not unrelated [200]. */
  allPairsUpTo?: number;
  /** Fill the n x n matrix and score every pair up to this many documents [2000]. */
  matrixUpTo?: number;
  /** In larger sets, a 3-word phrase in more documents than this is a stock phrase [64]. */
  maxSeedDocuments?: number;
  /** Compute lineage and attribution [true]. */
  lineage?: boolean;
  /** Each document is aligned sentence by sentence with at most this many related documents [6]. */
  lineageSources?: number;
  /** Sets of more documents than this get no lineage or attribution (default 2000). */
  lineageUpTo?: number;
  /** Called with the fraction done (0..1) between phases. */
  onProgress?: (fraction: number) => void;
}

/** One paragraph of one document; `text.slice(start, end)` is the paragraph (trimmed). */
export interface ParagraphMember {
  doc: number;
  /** 0-based paragraph index in that document. */
  paragraph: number;
  start: number;
  end: number;
}

export interface DuplicateGroup {
  kind: 'exact' | 'near';
  /** 1 for exact groups; for near groups the lowest resemblance of a member to the first one. */
  similarity: number;
  /** In (doc, paragraph) order. */
  members: ParagraphMember[];
}

/** A run of words two documents share; ranges from its first to its last word in each. */
export interface SharedPassage {
  a: number;
  b: number;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  aWords: number;
  bWords: number;
  /** Words inside exactly matching 3-word seeds. */
  matchedWords: number;
}

export interface PairScores {
  /** 2 * LCS / (|a| + |b|) over words. */
  diffRatio: number;
  /** False: estimated from shared-passage coverage (a lower bound). */
  diffRatioExact: boolean;
  /** Broder resemblance of 3-word shingle sets. */
  resemblance: number;
  containmentAB: number;
  containmentBA: number;
  /** Share of a's words inside passages shared with b, and the reverse. */
  coverageAB: number;
  coverageBA: number;
  /** Rewrite-aware score: TF-IDF content words and shared names and numbers. */
  rewrite: number;
}

export type MatchLevel = 'identical' | 'minor changes' | 'rewritten' | 'unrelated';

export interface DocumentPair {
  a: number;
  b: number;
  scores: PairScores;
  level: MatchLevel;
}

export interface AnalyzedDocument {
  name: string;
  words: number;
  paragraphs: number;
  /** What a clean copy drops: repeated paragraphs (first occurrence kept), each up to the next paragraph. */
  repeats: { start: number; end: number }[];
}

export interface Analysis {
  documents: AnalyzedDocument[];
  duplicateGroups: DuplicateGroup[];
  /** Exact repeats of paragraphs shorter than minParagraphWords (titles, "Comments"). */
  shortRepeats: DuplicateGroup[];
  passages: SharedPassage[];
  /** By (a, b); every pair up to allPairsUpTo documents, else the related ones. */
  pairs: DocumentPair[];
  /** Groups of related documents (two or more), largest first. */
  clusters: number[][];
  /** Every document once, related ones adjacent: the row/column order of a heatmap. */
  order: number[];
  /** Rewrite score of every pair, row-major, indexed by document (not by order); null above matrixUpTo. */
  matrix: { size: number; score: 'rewrite'; values: Float32Array } | null;
  stats: { documents: number; pairsReported: number; allPairs: boolean; paragraphPairsVerified: number; milliseconds: number };
}

export interface AlignOptions {
  split?: 'auto' | 'lines' | 'blankLines';
  ignoreCase?: boolean;
  ignorePunctuation?: boolean;
  foldTypography?: boolean;
  /** Paragraphs pair up only at this rewrite similarity or more [0.1]. */
  minSimilarity?: number;
  /** A paragraph may match up to this many consecutive ones [3, at most 8]. */
  maxSpan?: number;
  /** Paragraphs repeating an earlier one of their own text stay unmatched, with repeatOf set [true]. */
  skipRepeats?: boolean;
}

export interface SharedToken {
  start: number;
  end: number;
  kind: 'word' | 'name' | 'number';
}

export interface AlignmentRow {
  /** Paragraph indices of a (empty: b's paragraphs have no counterpart). */
  a: number[];
  /** Paragraph indices of b (empty: a's paragraph has no counterpart). */
  b: number[];
  similarity: number;
  /** Unmatched paragraph repeating an earlier paragraph of its own text: that paragraph's index. */
  repeatOf: number | null;
  /** Content words, names and numbers of a's side also on b's side (ranges in a), and the reverse. */
  aShared: SharedToken[];
  bShared: SharedToken[];
}

/** A sentence: UTF-16 range in its own text (text.slice(start, end) is the sentence). */
export interface AlignedSentence {
  start: number;
  end: number;
  /** Index into its text's paragraphs. */
  paragraph: number;
  /**
   * 'copied': an equal sentence (case, white space, punctuation and typography folded) is on the
   * other side; 'rewritten': not copied but it has a likely link; 'new': neither.
   */
  kind: 'copied' | 'rewritten' | 'new';
}

/** Sentence `a` of a and sentence `b` of b say the same thing (order-free, many-to-many). */
export interface SentenceLink {
  a: number;
  b: number;
  /** Weighted cosine of their terms, 0 to 1. */
  similarity: number;
  /** Shared weight over the weight of the lighter sentence, 0 to 1. */
  containment: number;
  /** Summed weight of the terms both hold (idf, names, numbers weighed up). */
  shared: number;
  /** Calibrated probability that the link is right (docs/rewrites.md). */
  confidence: number;
  /** One is the other's most similar sentence (else a runner-up). */
  best: boolean;
  /** Each is the other's most similar sentence. */
  mutual: boolean;
  /** Both are their texts' titles. */
  titles: boolean;
  /** confidence at or above the likely threshold: right ≥ 95% of the time on the fixtures. */
  likely: boolean;
  /** The two sentences are equal once case, white space, punctuation and typography are folded. */
  copied: boolean;
}

/** Paragraph `a` of a and paragraph `b` of b share rewritten sentences. */
export interface ParagraphLink {
  a: number;
  b: number;
  /** Sentence links between the two paragraphs. */
  sentenceLinks: number;
  /** Weighted cosine of the two paragraphs' terms, 0 to 1. */
  similarity: number;
  /** Chance that at least one of its sentence links is right. */
  evidence: number;
  /** Largest share of either paragraph's sentences in those links. */
  coverage: number;
  /** Calibrated probability that the link is right. */
  confidence: number;
  /** confidence at or above the likely threshold (right ≥ 95% of the time on the fixtures). */
  likely: boolean;
}

export interface RewriteAlignment {
  aParagraphs: { start: number; end: number }[];
  bParagraphs: { start: number; end: number }[];
  /** Monotone: every paragraph of both texts in exactly one row, in reading order. */
  rows: AlignmentRow[];
  /** Sentences of each text, in reading order. */
  sentences: { a: AlignedSentence[]; b: AlignedSentence[] };
  /** Sorted by a, then b. */
  sentenceLinks: SentenceLink[];
  /** Derived from the sentence links; sorted by a, then b. */
  paragraphLinks: ParagraphLink[];
}

export interface Concord {
  /** Duplicates, shared passages, pair scores, clusters and matrix order of many documents. */
  analyze(documents: (AnalyzeDocument | string)[], options?: AnalyzeOptions): Analysis;
  /** Paragraph rows of a with b, and sentence and paragraph links with their confidences. */
  align(a: string, b: string, options?: AlignOptions): RewriteAlignment;
  /** Document `doc` of `analysis` without its repeated paragraphs; `text` is the text analysed. */
  cleanCopy(analysis: Analysis, doc: number, text: string): { text: string; removed: number };
  /** A document's word count and paragraphs, the same every other result counts and splits. */
  profile(text: string, options?: ProfileOptions): DocumentProfile;
}

export interface ProfileOptions {
  /** How paragraphs are found, as in analyze() and align() ['auto']. */
  split?: 'auto' | 'lines' | 'blankLines';
}

export interface DocumentProfile {
  /** Word tokens of the whole text: analyze()'s documents[i].words, compare()'s stats words. */
  words: number;
  /** Non-blank paragraphs in reading order: the trimmed range (UTF-16) and its word tokens. */
  paragraphs: { start: number; end: number; words: number }[];
  lineEndings: 'none' | 'lf' | 'crlf' | 'cr' | 'mixed';
}

/**
 * Two or more consecutive paragraphs that repeat, one by one and in the same order, an earlier
 * run of the same document or of an earlier one (a body pasted twice, a block copied).
 */
export interface RepeatedBlock {
  /** Document of the earlier run, the 0-based index of its first paragraph, and its range from
   * the start of the first to the end of the last paragraph. */
  doc: number;
  paragraph: number;
  start: number;
  end: number;
  /** The same for the later run (the repeat). */
  repeatDoc: number;
  repeatParagraph: number;
  repeatStart: number;
  repeatEnd: number;
  /** Paragraphs in each run. */
  paragraphs: number;
  /** 'exact' when every paragraph equals its counterpart after normalisation. */
  kind: 'exact' | 'near';
  /** Words of the repeat run. */
  words: number;
}

export interface Analysis {
  /** Maximal repeated runs of paragraphs, by (doc, paragraph, repeatDoc, repeatParagraph). */
  repeatedBlocks: RepeatedBlock[];
  /** Which document was most likely revised or rewritten from which (docs/rewrites.md, Lineage). */
  lineage: { edges: LineageEdge[]; dates: DocumentDate[] };
  /** Per document (by index), where each of its sentences came from. */
  attribution: DocumentAttribution[];
}

/** A document's date as lineage uses it; `text.slice(start, end)` is the date when source is 'text'. */
export interface DocumentDate {
  /** ms since 1970 (UTC), null when none. */
  time: number | null;
  source: 'none' | 'text' | 'modified';
  start: number;
  end: number;
}

/** `to` was most likely revised or rewritten from `from`; undirected: one from the other, from < to. */
export interface LineageEdge {
  from: number;
  to: number;
  /** True only when dates, file times or a strong asymmetry say which came first. */
  directed: boolean;
  /** 0..1, a heuristic (not a probability): below 0.6 the page calls the edge unsure. */
  confidence: number;
  evidence: {
    sharedTitle: boolean;
    titleCopied: boolean;
    /** Sentences of `from` copied word for word in `to`, and rewritten in it. */
    copied: number;
    rewritten: number;
    fromSentences: number;
    toSentences: number;
    /** Share of from's sentences found in to, and of to's found in from. */
    fromInTo: number;
    toInFrom: number;
    /** Mean best-link similarity over both texts' sentences; runnerUp: the best other pair across the edge's cut. */
    strength: number;
    runnerUp: number;
    direction: 'none' | 'text dates' | 'modified' | 'containment';
    fromDate: DocumentDate | null;
    toDate: DocumentDate | null;
  };
}

/** One sentence of a document and where it came from (source fields null when new). */
export interface AttributedSentence {
  start: number;
  end: number;
  /**
   * 'unsure': possibly rewritten from the source: its link is likely by the sentence model but
   * nothing corroborates it (not a rewrite pair, few shared words, no neighbour linked in the
   * same order; docs/rewrites.md, "Unsure attributions"). Its source fields are kept.
   */
  origin: 'copied' | 'rewritten' | 'unsure' | 'new';
  source: number | null;
  sourceSentence: number | null;
  sourceStart: number | null;
  sourceEnd: number | null;
  similarity: number;
  confidence: number;
}

export interface DocumentAttribution {
  document: number;
  sentences: AttributedSentence[];
  /** Most sentences first; order 'earlier' when a directed lineage path leads from the source. */
  sources: { source: number; copied: number; rewritten: number; unsure: number; order: 'earlier' | 'unknown' }[];
  copied: number;
  rewritten: number;
  /** Sentences possibly rewritten from a source (origin 'unsure'). */
  unsure: number;
  new: number;
}
