// The two command lines the CLI tests run against: the Node CLI (`node scripts/concord`) and the
// native one (build/concord, built by `scripts/build native`), which runs `concord diff A B` on
// the core and hands everything else to the Node CLI. Each CLI test runs once per entry of CLIS.
// CONCORD_CLI=node tests only the Node CLI (for a checkout without a C++ compiler).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const NODE_CLI = fileURLToPath(new URL('../../scripts/concord', import.meta.url));
export const NATIVE_CLI = fileURLToPath(new URL('../../build/concord', import.meta.url));

/** The Node CLI: `node scripts/concord`. */
export const NODE = { name: 'node', command: process.execPath, prefix: [NODE_CLI] };
/** The native CLI: build/concord. */
export const NATIVE = { name: 'native', command: NATIVE_CLI, prefix: [] };

/** The CLIs under test, each {name, command, prefix}. */
export const CLIS = process.env.CONCORD_CLI === 'node' ? [NODE] : [NODE, NATIVE];

/**
 * Runs `cli` with `args` (spawnSync options: `encoding` defaults to utf8). The native CLI hands
 * over to the node running the tests, so both use one node.
 */
export function runCli(cli, args, options = {}) {
  if (cli === NATIVE && !existsSync(NATIVE_CLI)) {
    throw new Error(`${NATIVE_CLI} is not built: run scripts/build native (or set CONCORD_CLI=node to test only the Node CLI)`);
  }
  const env = { ...process.env, CONCORD_NODE: process.execPath, ...options.env };
  return spawnSync(cli.command, [...cli.prefix, ...args], { encoding: 'utf8', ...options, env });
}
