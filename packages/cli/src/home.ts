import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface NatterPaths {
  /** Where profiles and the node's config file live. */
  config: string;
  /** Where LevelDB stores (node data, local history) live. */
  data: string;
  /** How the paths were chosen, for `natter paths` and error messages. */
  source: 'option' | 'env' | 'xdg';
}

export interface HomeInputs {
  home?: string | undefined;
  env?: NodeJS.ProcessEnv;
  userHome?: string;
}

/**
 * `--home DIR` (or NATTER_HOME) puts config and data under one directory, so
 * two profiles on one machine never share state; without it we follow the
 * XDG base directory spec like other desktop tools.
 */
export function resolvePaths({ home, env = process.env, userHome = homedir() }: HomeInputs): NatterPaths {
  if (home) {
    const root = resolve(home);
    return { config: join(root, 'config'), data: join(root, 'data'), source: 'option' };
  }
  if (env.NATTER_HOME) {
    const root = resolve(env.NATTER_HOME);
    return { config: join(root, 'config'), data: join(root, 'data'), source: 'env' };
  }
  // XDG says relative values are invalid and must be ignored.
  const xdg = (name: string, fallback: string) => {
    const v = env[name];
    return v && v.startsWith('/') ? v : fallback;
  };
  return {
    config: join(xdg('XDG_CONFIG_HOME', join(userHome, '.config')), 'natter'),
    data: join(xdg('XDG_DATA_HOME', join(userHome, '.local', 'share')), 'natter'),
    source: 'xdg',
  };
}
