// Bundled into a page by protocol-vectors.int.test.ts: the protocol vectors
// and RFC vectors on the browser's primitives, inside Chromium.
import { createWebPrimitives } from '../../src/crypto/web-primitives.js';
import { generateWebIdentity, webIdentityFromSeed } from '../../src/crypto/web-identity.js';
import { runProtocolVectors } from '../support/protocol-vectors.js';
import { checkRfcVectors } from '../support/rfc-vectors.js';

Object.assign(globalThis, {
  async natterVectors() {
    const fromSeed = webIdentityFromSeed;
    const protocol = await runProtocolVectors((random) => createWebPrimitives({ randomBytes: random }), fromSeed);
    const rfc = await checkRfcVectors((random) => createWebPrimitives({ randomBytes: random }), fromSeed);
    const identity = await generateWebIdentity(createWebPrimitives());
    return {
      protocol,
      rfc,
      extractable: [identity.privateKey.signing.extractable, identity.privateKey.agreement.extractable],
      userAgent: navigator.userAgent,
    };
  },
});
