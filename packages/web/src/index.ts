// @natter/web: the web client. In Node this is what the node and the tests
// use: the crypto primitives for browsers (also runnable in Node, to hold
// them to node:crypto) and where the built app lives (assets.ts).
export { createWebPrimitives, toHex, fromHex } from './crypto/web-primitives.js';
export type { WebIdentity, WebPrimitivesOptions } from './crypto/web-primitives.js';
export { generateWebIdentity, webIdentityFromSeed } from './crypto/web-identity.js';
