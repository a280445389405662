// A user's devices as a peer sees them (docs/security.md, "Devices"):
// certificates made and checked, link codes, and which of the devices the
// node lists may be trusted. A device is trusted when the user accepted
// its key before, or when its certificate is signed by a trusted device of
// the same user; so the node, which keeps the list, cannot add a device
// that buddies will send to.
import { deviceCertificateSignedBytes, formatLinkCode, linkCodeInput, normaliseLinkCode, type natter } from '@natter/wire';
import { cryptoPrimitives, type AnyIdentity } from './crypto/protocol.js';

export type DeviceCertificate = natter.control.IDeviceCertificate;
export type DevicePresence = natter.control.IDevicePresence;

const hex = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('hex');
const b64 = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('base64');

/** A certificate for `fields`, signed by `signer` (a device's own for the root). */
export async function signDeviceCertificate(signer: AnyIdentity, fields: Omit<DeviceCertificate, 'signature'>): Promise<DeviceCertificate> {
  const cert = { ...fields, issuedAtMs: fields.issuedAtMs ?? Date.now() };
  return { ...cert, signature: await cryptoPrimitives().sign(signer, deviceCertificateSignedBytes(cert)) };
}

/** True when `cert` is about `device` (id and key) and `signerKey` signed it. */
export async function certificateVerifies(cert: DeviceCertificate | null | undefined, user: string, device: DevicePresence, signerKey: Uint8Array): Promise<boolean> {
  if (!cert?.signature || cert.signature.length !== 64) return false;
  if (cert.user !== user || hex(cert.deviceId) !== hex(device.deviceId) || b64(cert.deviceKey) !== b64(device.identityKey)) return false;
  try {
    return await cryptoPrimitives().verify(signerKey, deviceCertificateSignedBytes(cert), cert.signature);
  } catch {
    return false;
  }
}

/** The code a pending device shows and the approving device types (packages/wire devices.ts). */
export function linkCodeOf(user: string, deviceId: Uint8Array, deviceKey: Uint8Array): string {
  return formatLinkCode(cryptoPrimitives().sha256(linkCodeInput(user, deviceId, deviceKey)));
}

/** The pending device whose link code is `code`, among the user's own list; undefined when none is. */
export function pendingDeviceWithCode(user: string, devices: DevicePresence[], code: string): DevicePresence | undefined {
  const want = normaliseLinkCode(code);
  return devices.find((d) => d.state === 2 && normaliseLinkCode(linkCodeOf(user, d.deviceId ?? new Uint8Array(), d.identityKey ?? new Uint8Array())) === want);
}

export interface DeviceTrust {
  /** Devices whose key the user accepted, or that a trusted device certified. */
  trusted: DevicePresence[];
  /** Devices nothing vouches for: a key change (held until the user accepts). */
  untrusted: DevicePresence[];
}

/**
 * Which of `presented` to trust, given the keys accepted before (by device
 * id, base64; `legacyKey` is a key accepted before devices existed, for
 * any device that has it). With nothing accepted yet (first contact) every
 * device is trusted: trust on first use, as with one key.
 */
export async function trustDevices(user: string, presented: DevicePresence[], accepted: Map<string, string>, legacyKey: string | undefined): Promise<DeviceTrust> {
  if (!accepted.size && !legacyKey) return { trusted: [...presented], untrusted: [] };
  const trusted = presented.filter((d) => accepted.get(hex(d.deviceId)) === b64(d.identityKey) || (legacyKey !== undefined && b64(d.identityKey) === legacyKey));
  let rest = presented.filter((d) => !trusted.includes(d));
  // Grow through certificates until nothing more is vouched for (a chain of approvals).
  for (let grew = true; grew && rest.length; ) {
    grew = false;
    for (const d of rest) {
      const signerId = hex(d.certificate?.signerDeviceId);
      const signer = trusted.find((t) => hex(t.deviceId) === signerId);
      if (signer && (await certificateVerifies(d.certificate, user, d, signer.identityKey ?? new Uint8Array()))) {
        trusted.push(d);
        grew = true;
      }
    }
    rest = rest.filter((d) => !trusted.includes(d));
  }
  return { trusted, untrusted: rest };
}
