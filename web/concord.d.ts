// Types of Concord's JavaScript API (web/concord.js).

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

export interface LineDiffResult {
  rows: DiffRow[];
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
  /** Unchanged lines around each change; default 3. */
  context?: number;
}

export interface Concord {
  /** Line diff of a (old) against b (new). Throws ConcordError on input it cannot handle. */
  diff(a: string, b: string, options?: DiffOptions): LineDiffResult;
  /** Unified diff text that `patch` applies to a to give b; '' when equal. */
  unifiedDiff(a: string, b: string, options?: UnifiedDiffOptions): string;
}

/** Loads the WebAssembly core once and returns the API. */
export function createConcord(): Promise<Concord>;

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

/** A unit (paragraph or line) of one side: its index and its text `a.slice(start, end)`. */
export interface UnitRange {
  index: number;
  start: number;
  end: number;
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
  left: UnitRange | null;
  right: UnitRange | null;
  /** Where the row sits in a / b: its start, or the insertion point when that side is null. */
  leftAt: number;
  rightAt: number;
  /** 0..1 similarity of the paired units (1 for equal rows and exact moves, 0 for removed/added). */
  similarity: number;
  /** Index into `moves` for moved rows; null otherwise. */
  moveId: number | null;
  /** Word/character changes for changed and moved-and-edited rows; [] otherwise. */
  inline: InlineOp[];
}

export interface MoveBlock {
  id: number;
  /** Unit indices [start, end) on each side. */
  left: { start: number; end: number };
  right: { start: number; end: number };
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
