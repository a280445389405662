import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { resolvePaths, Output } from '@natter/cli';

describe('resolvePaths', () => {
  it('--home wins over NATTER_HOME and XDG', () => {
    const p = resolvePaths({ home: '/srv/a', env: { NATTER_HOME: '/srv/b', XDG_DATA_HOME: '/x' }, userHome: '/home/u' });
    expect(p).toEqual({ config: '/srv/a/config', data: '/srv/a/data', source: 'option' });
  });
  it('NATTER_HOME when there is no --home', () => {
    expect(resolvePaths({ env: { NATTER_HOME: '/srv/b' }, userHome: '/home/u' }).data).toBe('/srv/b/data');
  });
  it('XDG directories, ignoring relative values as the spec says', () => {
    const p = resolvePaths({ env: { XDG_CONFIG_HOME: '/cfg', XDG_DATA_HOME: 'relative' }, userHome: '/home/u' });
    expect(p).toEqual({ config: '/cfg/natter', data: '/home/u/.local/share/natter', source: 'xdg' });
  });
});

function capture(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY });
  let text = '';
  stream.on('data', (c) => (text += c));
  return { stream, text: () => text };
}

describe('Output', () => {
  it('colours only on a terminal and never with NO_COLOR', () => {
    const tty = capture(true);
    expect(new Output({ json: false, quiet: false, stdout: tty.stream, env: {} }).color).toBe(true);
    expect(new Output({ json: false, quiet: false, stdout: tty.stream, env: { NO_COLOR: '1' } }).color).toBe(false);
    expect(new Output({ json: false, quiet: false, stdout: capture(false).stream, env: {} }).color).toBe(false);
  });
  it('--quiet keeps results and drops information', () => {
    const out = capture(false);
    const o = new Output({ json: false, quiet: true, stdout: out.stream, env: {} });
    o.info('chatter');
    o.result('answer');
    expect(out.text()).toBe('answer\n');
  });
  it('--json errors are one JSON object with the code', () => {
    const out = capture(false);
    new Output({ json: true, quiet: false, stdout: out.stream, env: {} }).error('boom', 'X_Y');
    expect(JSON.parse(out.text())).toEqual({ error: { code: 'X_Y', message: 'boom' } });
  });
});
