// End-to-end encryption for natter in Node: the protocol (protocol.ts) on
// node:crypto, plus Node's identity files. The few curve operations
// node:crypto lacks are in curve25519.ts.
import './node-primitives.js';

export * from './protocol.js';
export {
  generateIdentity,
  identityFromSeed,
  identityPublicKey,
  exportIdentity,
  importIdentity,
  publicKeyFromRaw,
} from './identity.js';
export type { Identity } from './identity.js';
export { x25519PublicKeyFromIdentity, x25519PrivateKeyFromIdentity, x25519Raw, identitySeed } from './node-keys.js';
export { nodeCryptoPrimitives, createNodeCryptoPrimitives } from './node-primitives.js';
export type { NodePrimitivesOptions } from './node-primitives.js';
