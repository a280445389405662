// Where received files land by default: the XDG download directory, as
// desktop file managers and browsers use it ($XDG_DOWNLOAD_DIR, or the
// XDG_DOWNLOAD_DIR line of ~/.config/user-dirs.dirs that xdg-user-dirs
// writes), else ~/Downloads.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export function defaultDownloadDir(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  const fromEnv = env.XDG_DOWNLOAD_DIR;
  if (fromEnv && isAbsolute(fromEnv)) return fromEnv;
  const configHome = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config');
  try {
    const text = readFileSync(join(configHome, 'user-dirs.dirs'), 'utf8');
    const m = /^XDG_DOWNLOAD_DIR="([^"]*)"/m.exec(text);
    if (m) {
      const value = m[1]!.replace(/^\$HOME(?=\/|$)/, home);
      // "$HOME/" alone means "no download directory": fall through.
      if (isAbsolute(value) && value.replace(/\/+$/, '') !== home) return value;
    }
  } catch {
    /* no user-dirs.dirs: the default */
  }
  return join(home, 'Downloads');
}
