// Shared by the crypto tests: the stable code of what a call raises.
import { WireError } from '@natter/wire';
import { CryptoError } from '../src/crypto/index.js';

/** The code of the CryptoError or WireError `fn` throws or rejects with (undefined if none); anything else fails the test. */
export async function codeOf(fn: () => unknown): Promise<string | undefined> {
  try {
    await fn();
    return undefined;
  } catch (err) {
    if (err instanceof CryptoError || err instanceof WireError) return err.code;
    throw err;
  }
}
