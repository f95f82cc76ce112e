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
  stats: { leftLines: number; rightLines: number; equal: number; removed: number; added: number };
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
