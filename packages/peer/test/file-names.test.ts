// What a received file may be called, whatever the sender's offer says;
// where it lands by default.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_NAME_BYTES, alternativeName, defaultDownloadDir, sanitizeFileName } from '../src/files/index.js';

describe('received file names', () => {
  it.each([
    ['photo.jpg', 'photo.jpg'],
    ['../../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system32\\evil.dll', 'evil.dll'],
    ['/abs/path/report.pdf', 'report.pdf'],
    ['..', 'received-file'],
    ['.', 'received-file'],
    ['', 'received-file'],
    ['.bashrc', 'bashrc'],
    ['...hidden', 'hidden'],
    ['trailing. . .', 'trailing'],
    ['evil\u202egpj.exe', 'evilgpj.exe'],
    ['bell\x07and\x1b[2Jescape.txt', 'belland[2Jescape.txt'],
    ['zero\u200bwidth\ufeff.txt', 'zerowidth.txt'],
    ['new\nline.txt', 'newline.txt'],
    ['  spaced name.txt  ', 'spaced name.txt'],
    ['caf\u0065\u0301.txt', 'caf\u00e9.txt'],
  ])('%j -> %j', (offered, expected) => {
    expect(sanitizeFileName(offered)).toBe(expected);
  });

  it('keeps long names under the limit, extension included', () => {
    const name = sanitizeFileName(`${'é'.repeat(300)}.tar.gz`);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.endsWith('.gz')).toBe(true);
  });

  it('never yields a path, a hidden name, a control character or an empty name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (offered) => {
        const name = sanitizeFileName(offered);
        expect(name.length).toBeGreaterThan(0);
        expect(name).not.toMatch(/[/\\]/);
        expect(name.startsWith('.')).toBe(false);
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers alternatives before the extension', () => {
    expect(alternativeName('photo.jpg', 0)).toBe('photo.jpg');
    expect(alternativeName('photo.jpg', 2)).toBe('photo (2).jpg');
    expect(alternativeName('README', 1)).toBe('README (1)');
  });
});

describe('the default download directory', () => {
  it('follows $XDG_DOWNLOAD_DIR, then user-dirs.dirs, then ~/Downloads', () => {
    const home = mkdtempSync(join(tmpdir(), 'natter-xdg-'));
    try {
      expect(defaultDownloadDir({}, home)).toBe(join(home, 'Downloads'));
      expect(defaultDownloadDir({ XDG_DOWNLOAD_DIR: '/srv/dl' }, home)).toBe('/srv/dl');
      mkdirSync(join(home, '.config'));
      writeFileSync(join(home, '.config', 'user-dirs.dirs'), '# written by xdg-user-dirs-update\nXDG_DOWNLOAD_DIR="$HOME/Telechargements"\n');
      expect(defaultDownloadDir({}, home)).toBe(join(home, 'Telechargements'));
      // "$HOME/" alone means the user has no download directory: the fallback.
      writeFileSync(join(home, '.config', 'user-dirs.dirs'), 'XDG_DOWNLOAD_DIR="$HOME/"\n');
      expect(defaultDownloadDir({}, home)).toBe(join(home, 'Downloads'));
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
