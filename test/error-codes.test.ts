// Error codes have one source: the table in each package's errors.ts (and
// the control channel's in @natter/wire). The README's "Error codes" table
// and docs/protocol.md's "Errors" table are written by hand; this keeps
// them listing exactly the codes the tables define.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTROL_ERROR_CODES, WIRE_ERROR_CODES } from '@natter/wire';
import { STUN_ERROR_CODES } from '@natter/stun';
import { NETSIM_ERROR_CODES } from '@natter/netsim';
import { NODE_ERROR_CODES } from '@natter/server';
import { BULK_ERROR_CODES, CRYPTO_ERROR_CODES, FILE_ERROR_CODES, RELIABLE_ERROR_CODES, SESSION_ERROR_CODES } from '@natter/peer';
// The CLI's index does not export its table; its errors.ts is the source.
import { CLI_ERROR_CODES } from '../packages/cli/src/errors.js';

/** Every package's table, by where the README says a code comes from. */
const TABLES: Record<string, Record<string, string>> = {
  wire: WIRE_ERROR_CODES,
  'control channel (wire)': CONTROL_ERROR_CODES,
  stun: STUN_ERROR_CODES,
  node: NODE_ERROR_CODES,
  'peer session': SESSION_ERROR_CODES,
  'peer crypto': CRYPTO_ERROR_CODES,
  'peer reliable': RELIABLE_ERROR_CODES,
  'peer bulk': BULK_ERROR_CODES,
  'peer files': FILE_ERROR_CODES,
  netsim: NETSIM_ERROR_CODES,
  cli: CLI_ERROR_CODES,
};

/**
 * Codes the README may summarise with a wildcard instead of listing them:
 * netsim's, which only tests ever see. No other wildcard is allowed.
 */
const SUMMARISED: Record<string, Record<string, string>> = { 'NETSIM_*': NETSIM_ERROR_CODES };

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** The `CODE`s in the first column of the table under `## heading`. */
function codesInTable(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const rows = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((line) => line.startsWith('|'))
    .slice(2); // header and |---|
  return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

/** What differs between the codes a document lists and the codes the tables define. */
function compareCodes(listed: string[], tables: Record<string, Record<string, string>>, summarised: Record<string, Record<string, string>> = {}) {
  const defined = new Set(Object.values(tables).flatMap((table) => Object.keys(table)));
  const wildcards = listed.filter((code) => code.endsWith('*'));
  const exact = new Set(listed.filter((code) => !code.endsWith('*')));
  const covered = new Set<string>();
  const problems: string[] = [];
  for (const wildcard of wildcards) {
    const table = summarised[wildcard];
    if (!table) {
      problems.push(`${wildcard}: only ${Object.keys(summarised).join(', ') || 'no codes'} may be summarised`);
      continue;
    }
    const prefix = wildcard.slice(0, -1);
    // The wildcard must stand for exactly that table: every code of it, and no code of another package.
    for (const code of Object.keys(table)) {
      if (code.startsWith(prefix)) covered.add(code);
      else problems.push(`${code} does not match ${wildcard}, which stands for its table`);
    }
    for (const code of defined) if (code.startsWith(prefix) && !(code in table)) problems.push(`${code} hides behind ${wildcard}`);
  }
  for (const code of exact) if (!defined.has(code)) problems.push(`${code} is listed but no package defines it`);
  for (const code of defined) if (!exact.has(code) && !covered.has(code)) problems.push(`${code} is defined but not listed`);
  return problems;
}

describe('error codes', () => {
  it('the README lists exactly the codes the packages define (netsim as NETSIM_*)', () => {
    const listed = codesInTable(read('README.md'), 'Error codes');
    expect(listed.length).toBeGreaterThan(50);
    expect(compareCodes(listed, TABLES, SUMMARISED)).toEqual([]);
  });

  it("docs/protocol.md lists exactly the control channel's codes, the ones the node sends to clients", () => {
    const listed = codesInTable(read('docs/protocol.md'), 'Errors');
    expect(listed.length).toBe(new Set(listed).size);
    expect(compareCodes(listed, { 'control channel': CONTROL_ERROR_CODES })).toEqual([]);
    // The node raises every one of them; its table adds only operator codes.
    for (const code of Object.keys(CONTROL_ERROR_CODES)) expect(NODE_ERROR_CODES).toHaveProperty(code);
  });

  it('every table gives each code a meaning', () => {
    for (const [where, table] of Object.entries(TABLES)) {
      for (const [code, meaning] of Object.entries(table)) expect(meaning.length, `${where} ${code}`).toBeGreaterThan(5);
    }
  });

  it('the comparison catches a missing code, an unknown one and a stray wildcard (the checks above can fail)', () => {
    const readme = [
      '## Error codes',
      '',
      '| code | where | meaning |',
      '|---|---|---|',
      '| `WIRE_TOO_LARGE`, `WIRE_MALFORMED` | wire | ... |',
      '| `WIRE_GONE` | wire | listed, defined nowhere |',
      '| `NETSIM_*`, `STUN_*` | netsim | ... |',
      '',
      '## Next',
      '| `WIRE_VERSION` | not in the section |',
    ].join('\n');
    const listed = codesInTable(readme, 'Error codes');
    expect(listed).toEqual(['WIRE_TOO_LARGE', 'WIRE_MALFORMED', 'WIRE_GONE', 'NETSIM_*', 'STUN_*']);
    expect(compareCodes(listed, { wire: WIRE_ERROR_CODES, netsim: NETSIM_ERROR_CODES }, SUMMARISED)).toEqual([
      'STUN_*: only NETSIM_* may be summarised',
      'WIRE_GONE is listed but no package defines it',
      'WIRE_VERSION is defined but not listed',
    ]);
    expect(compareCodes(['NETSIM_*'], { netsim: NETSIM_ERROR_CODES, other: { NETSIM_OTHER: 'a code of another package' } }, SUMMARISED)).toEqual([
      'NETSIM_OTHER hides behind NETSIM_*',
      'NETSIM_OTHER is defined but not listed',
    ]);
  });
});
