import { NodeError } from './errors.js';

// Lower-case letters, digits, dot, underscore, dash; a letter first. Keeps
// names readable in a terminal, safe in LevelDB keys (no \x00) and free of
// look-alike Unicode.
const USERNAME = /^[a-z][a-z0-9._-]{2,31}$/;

export function normalizeUsername(raw: string): string {
  const name = (raw ?? '').trim().toLowerCase();
  if (!USERNAME.test(name)) {
    throw new NodeError('USERNAME_INVALID', 'a username is 3-32 characters of a-z 0-9 . _ -, starting with a letter');
  }
  return name;
}

/** Like normalizeUsername, but undefined instead of an error (for lookups of others). */
export function tryUsername(raw: string): string | undefined {
  const name = (raw ?? '').trim().toLowerCase();
  return USERNAME.test(name) ? name : undefined;
}

export function checkPassword(password: string): void {
  if (typeof password !== 'string' || [...password].length < 8 || password.length > 1024) {
    throw new NodeError('PASSWORD_WEAK', 'a password is 8 to 1024 characters');
  }
}
