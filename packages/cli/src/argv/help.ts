// `natter --help` and `natter COMMAND --help`, printed from the same spec
// the parser checks against, so the help cannot list an option that is
// refused or miss one that is taken.
import { optionsOf, usageOf, type CommandSpec, type OptionSpec, type ProgramSpec } from './spec.js';

/** Left column at most this wide; a longer entry puts its text on the next line. */
const MAX_LEFT = 32;

export function renderHelp<Ctx>(program: ProgramSpec<Ctx>, path: ReadonlyArray<CommandSpec<Ctx>>, width: number): string {
  const out: string[] = [];
  const command = path[path.length - 1];
  const usage = usageOf(program, path);
  out.push(`${usage} [options]`, '');
  out.push(...wrap(command ? command.describe : program.describe, width), '');

  if (!command) {
    const groups = new Map<string, Array<[string, string]>>();
    for (const c of program.commands) groups.set(c.group ?? 'Commands', [...(groups.get(c.group ?? 'Commands') ?? []), [usageOf(program, [c]), c.describe]]);
    // One left column for every group, so the descriptions line up down the page.
    const left = leftWidth([...groups.values()].flat());
    for (const [group, rows] of groups) section(out, `${group}:`, rows, width, left);
    section(out, 'Options:', optionRows(program.globalOptions), width);
    out.push(`Run \`${program.name} COMMAND --help\` for what a command takes.`);
    if (program.epilogue) out.push(...wrap(program.epilogue, width));
    return out.join('\n') + '\n';
  }

  if (command.subcommands?.length) {
    section(out, 'Commands:', command.subcommands.map((c) => [usageOf(program, [...path, c]), c.describe]), width);
  }
  const positionals = command.positionals ?? [];
  if (positionals.length) {
    section(
      out,
      'Arguments:',
      // Required or not, the usage line says: <user> or [user].
      positionals.map((p) => [p.name, notes(p.describe ?? '', [p.choices && `one of: ${p.choices.join(', ')}`, p.default !== undefined && `default: ${p.default}`])]),
      width,
    );
  }
  const own = optionsOf({ ...program, globalOptions: {} }, path);
  if (Object.keys(own).length) section(out, 'Options:', optionRows(own), width);
  section(out, 'Global options:', optionRows(program.globalOptions), width);
  if (command.examples?.length) section(out, 'Examples:', command.examples.map(([cmd, what]) => [cmd, what]), width);
  if (command.epilogue) out.push(...wrap(command.epilogue, width), '');
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function optionRows(options: Readonly<Record<string, OptionSpec>>): Array<[string, string]> {
  return Object.entries(options).map(([name, o]) => {
    const long = o.type === 'boolean' && o.default === true ? `--[no-]${name}` : `--${name}`;
    const value = o.type === 'boolean' ? '' : ` ${o.placeholder ?? (o.choices ? o.choices.join('|') : o.type === 'number' ? 'N' : 'VALUE')}`;
    const left = `${o.short ? `-${o.short}, ` : ''}${long}${value}`;
    const shownDefault = o.defaultDescription ?? (o.default !== undefined && o.type !== 'boolean' ? String(o.default) : undefined);
    return [left, notes(o.describe, [shownDefault !== undefined && `default: ${shownDefault}`, o.multiple && 'repeatable', o.required && 'required'])];
  });
}

function notes(text: string, extra: Array<string | false | undefined>): string {
  const said = extra.filter((x): x is string => Boolean(x));
  return said.length ? `${text}${text ? ' ' : ''}(${said.join('; ')})` : text;
}

function leftWidth(rows: Array<[string, string]>): number {
  return Math.min(MAX_LEFT, Math.max(...rows.map(([l]) => l.length)));
}

function section(out: string[], title: string, rows: Array<[string, string]>, width: number, left = leftWidth(rows)): void {
  out.push(title);
  const indent = 2 + left + 2;
  for (const [l, text] of rows) {
    const lines = wrap(text, width - indent);
    if (l.length > left) {
      out.push(`  ${l}`);
      for (const line of lines) out.push(' '.repeat(indent) + line);
    } else {
      out.push(`  ${l.padEnd(left)}  ${lines[0] ?? ''}`.trimEnd());
      for (const line of lines.slice(1)) out.push(' '.repeat(indent) + line);
    }
  }
  out.push('');
}

/** Words to lines of at most `width` columns; a longer word is cut after a `|` or `,` (the rpc help's JSON). */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(20, width);
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) => {
    const pieces: string[] = [];
    while (word.length > max) {
      const cut = Math.max(word.lastIndexOf('|', max - 1), word.lastIndexOf(',', max - 1)) + 1 || max;
      pieces.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    return [...pieces, word];
  });
  for (const word of words) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
