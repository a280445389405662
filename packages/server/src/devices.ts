// A user's devices on the node (docs/protocol.md, "Devices"): which device
// a login is and in what state, approvals (a certificate signed by an
// active device), removals and renames. The node keeps the set and the
// certificates; it cannot add a device buddies will trust, because their
// peers accept a device only with a certificate that chains to a device
// they already trust (docs/security.md, "Devices").
import { createHash, verify } from 'node:crypto';
import type { Clock } from '@natter/io';
import { DEVICE_ID_BYTES, MAX_DEVICES, MAX_DEVICE_NAME_CHARS, deviceCertificateSignedBytes, deviceIdInput, formatLinkCode, linkCodeInput, natter } from '@natter/wire';
import { checkIdentityKey } from './accounts.js';
import { NodeError } from './errors.js';
import type { AccountStore, DeviceRecord, UserRecord } from './store/types.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
/** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): node:crypto takes raw keys only this way. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The id of a device whose client named none: derived from its key. */
export function deviceIdFor(identityKey: Uint8Array): string {
  return createHash('sha256').update(deviceIdInput(identityKey)).digest().subarray(0, DEVICE_ID_BYTES).toString('hex');
}

/** The code a pending device shows, which the user types on an active one. */
export function linkCode(user: string, deviceId: string, identityKey: Uint8Array): string {
  return formatLinkCode(createHash('sha256').update(linkCodeInput(user, Buffer.from(deviceId, 'hex'), identityKey)).digest());
}

/** A device name as given, or NodeError DEVICE_NAME_INVALID. */
export function checkDeviceName(name: unknown): string {
  const text = typeof name === 'string' ? name.trim() : '';
  // eslint-disable-next-line no-control-regex
  if (!text || text.length > MAX_DEVICE_NAME_CHARS || /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text)) {
    throw new NodeError('DEVICE_NAME_INVALID', `a device name is 1-${MAX_DEVICE_NAME_CHARS} characters without control characters`);
  }
  return text;
}

/** True when `cert`'s signature verifies under `signerKey` (raw Ed25519). */
export function certificateSignedBy(cert: natter.control.IDeviceCertificate, signerKey: Uint8Array): boolean {
  if (!cert.signature || cert.signature.length !== 64 || signerKey.length !== 32) return false;
  try {
    const key = { key: Buffer.concat([ED25519_SPKI_PREFIX, signerKey]), format: 'der' as const, type: 'spki' as const };
    return verify(null, deviceCertificateSignedBytes(cert), key, cert.signature);
  } catch {
    return false;
  }
}

const encodeCertificate = (cert: natter.control.IDeviceCertificate) => Buffer.from(natter.control.DeviceCertificate.encode(cert).finish()).toString('base64');

/** A root certificate for `device`: about it, signed by itself. NodeError when it is not. */
function checkRootCertificate(user: string, deviceId: string, identityKey: Buffer, cert: natter.control.IDeviceCertificate | null | undefined): string | undefined {
  if (!cert) return undefined;
  const ok =
    cert.user === user &&
    hex(cert.deviceId ?? new Uint8Array()) === deviceId &&
    hex(cert.signerDeviceId ?? new Uint8Array()) === deviceId &&
    identityKey.equals(Buffer.from(cert.deviceKey ?? [])) &&
    certificateSignedBy(cert, identityKey);
  if (!ok) throw new NodeError('DEVICE_CERTIFICATE_INVALID', 'the root certificate must be about this device and signed by its own key');
  return encodeCertificate(cert);
}

/** The devices of a record; one made before devices existed has its registered key as its only device. */
export function devicesOf(record: UserRecord): DeviceRecord[] {
  if (record.devices) return record.devices;
  if (!record.identityKey) return [];
  const id = deviceIdFor(Buffer.from(record.identityKey, 'base64'));
  return [{ id, name: 'device', identityKey: record.identityKey, state: 'active', root: true, createdAt: record.createdAt, lastSeen: record.createdAt }];
}

export interface DeviceLogin {
  deviceId?: Uint8Array | null;
  deviceName?: string | null;
  identityKey?: Uint8Array | null;
  certificate?: natter.control.IDeviceCertificate | null;
  /** A password login that revokes every device and makes this one the root of a new set. */
  newIdentity?: boolean;
  /** A site's account: the site vouches for the user, and a new browser replaces the set (docs/web.md). */
  siteAccount?: boolean;
}

export interface DeviceLoginResult {
  record: UserRecord;
  device: DeviceRecord;
  /** Devices this login revoked (new identity): their tokens, queues and sessions go. */
  revoked: DeviceRecord[];
  /** The device set changed (a new device, a new key or name): the user's devices and buddies are told. */
  changed: boolean;
}

export class Devices {
  /** Changes to one user's set, one after another (each is a read-modify-write of the record). */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: AccountStore,
    private readonly clock: Clock,
  ) {}

  private serial<T>(username: string, change: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(username) ?? Promise.resolve()).then(change, change);
    const tail = next.catch(() => undefined);
    this.queues.set(username, tail);
    void tail.then(() => {
      if (this.queues.get(username) === tail) this.queues.delete(username);
    });
    return next;
  }

  private async read(username: string): Promise<UserRecord> {
    const record = await this.store.getUser(username);
    if (!record) throw new NodeError('AUTH_FAILED', 'the account no longer exists');
    return record;
  }

  private async write(record: UserRecord, devices: DeviceRecord[]): Promise<UserRecord> {
    const root = devices.find((d) => d.root && d.state === 'active') ?? devices.find((d) => d.state === 'active');
    const next = { ...record, devices, identityKey: root?.identityKey ?? record.identityKey };
    await this.store.updateUser(next);
    return next;
  }

  /** The first device of a new account (Register): the root of its set. */
  firstDevice(username: string, identityKey: Buffer, request: Pick<DeviceLogin, 'deviceId' | 'deviceName' | 'certificate'>): DeviceRecord {
    const id = request.deviceId?.length ? checkDeviceId(request.deviceId) : deviceIdFor(identityKey);
    const now = this.clock.now();
    const certificate = checkRootCertificate(username, id, identityKey, request.certificate);
    const name = request.deviceName ? checkDeviceName(request.deviceName) : 'device';
    return { id, name, identityKey: identityKey.toString('base64'), certificate, state: 'active', root: true, createdAt: now, lastSeen: now };
  }

  /**
   * Which device a login is. A known device keeps its state; an unknown one
   * becomes the root when the user has no active device (an operator-made
   * account, the first login after an upgrade), replaces the whole set
   * with `newIdentity` (or for a site's account), and otherwise waits for
   * approval as PENDING.
   */
  login(username: string, request: DeviceLogin): Promise<DeviceLoginResult> {
    return this.serial(username, async () => {
      const record = await this.read(username);
      const devices = devicesOf(record);
      const key = request.identityKey?.length ? checkIdentityKey(request.identityKey) : undefined;
      const active = devices.filter((d) => d.state === 'active');
      const id = request.deviceId?.length
        ? checkDeviceId(request.deviceId)
        : key
          ? deviceIdFor(key)
          : (active.find((d) => d.root) ?? active[0])?.id;
      const now = this.clock.now();
      // An operator-made account logged in without a key (a bare protocol client): no device yet.
      if (!id) return { record, device: { id: '', name: '', identityKey: '', state: 'active', createdAt: now, lastSeen: now }, revoked: [], changed: false };
      const name = request.deviceName ? checkDeviceName(request.deviceName) : undefined;
      const known = devices.find((d) => d.id === id);
      if ((request.newIdentity || (request.siteAccount && !known)) && key) {
        const device: DeviceRecord = { id, name: name ?? 'device', identityKey: key.toString('base64'), certificate: checkRootCertificate(username, id, key, request.certificate), state: 'active', root: true, createdAt: now, lastSeen: now };
        const revoked = devices.filter((d) => d.id !== id || d.identityKey !== device.identityKey);
        return { record: await this.write(record, [device]), device, revoked, changed: true };
      }
      if (known) {
        const rekeyed = Boolean(key && key.toString('base64') !== known.identityKey);
        if (key && rekeyed) {
          if (known.state === 'active') throw new NodeError('IDENTITY_KEY_INVALID', 'this device is registered with another identity key: log in as a new device, or with --new-identity');
          known.identityKey = key.toString('base64'); // a pending device that made a new key: still pending, with the new code
        }
        const renamed = name !== undefined && name !== known.name;
        if (name) known.name = name;
        const changed = renamed || rekeyed;
        // Written only when something changed: a reconnect storm costs no extra write per login
        // (an online device shows as online; last seen is written when its session ends).
        const migrated = !record.devices;
        return { record: changed || migrated ? await this.write(record, devices) : record, device: known, revoked: [], changed };
      }
      if (!key) throw new NodeError('IDENTITY_KEY_INVALID', 'a new device must send its identity key');
      if (!active.length) {
        const device: DeviceRecord = { id, name: name ?? 'device', identityKey: key.toString('base64'), certificate: checkRootCertificate(username, id, key, request.certificate), state: 'active', root: true, createdAt: now, lastSeen: now };
        // Pending devices of a set without an active device can never be approved.
        return { record: await this.write(record, [device]), device, revoked: devices, changed: true };
      }
      if (devices.length >= MAX_DEVICES) throw new NodeError('DEVICE_LIMIT', `${username} has ${devices.length} devices, the most one user may have; remove one first (natter devices remove)`);
      const device: DeviceRecord = { id, name: name ?? 'new device', identityKey: key.toString('base64'), state: 'pending', createdAt: now, lastSeen: now };
      return { record: await this.write(record, [...devices, device]), device, revoked: [], changed: true };
    });
  }

  /** An active device (`signer`) approves a pending one with the certificate it signed. */
  approve(username: string, signer: string, cert: natter.control.IDeviceCertificate | null | undefined): Promise<{ record: UserRecord; device: DeviceRecord }> {
    return this.serial(username, async () => {
      const record = await this.read(username);
      const devices = devicesOf(record);
      if (!cert) throw new NodeError('DEVICE_CERTIFICATE_INVALID', 'an approval carries the certificate the approving device signed');
      const signing = devices.find((d) => d.id === signer && d.state === 'active');
      const target = devices.find((d) => d.id === hex(cert.deviceId ?? new Uint8Array()) && d.state === 'pending');
      if (!target) throw new NodeError('NO_SUCH_DEVICE', 'no pending device of yours with that id (approved already, or removed)');
      const ok =
        signing !== undefined &&
        cert.user === username &&
        hex(cert.signerDeviceId ?? new Uint8Array()) === signer &&
        Buffer.from(cert.deviceKey ?? []).toString('base64') === target.identityKey &&
        certificateSignedBy(cert, Buffer.from(signing.identityKey, 'base64'));
      if (!ok) throw new NodeError('DEVICE_CERTIFICATE_INVALID', 'the certificate does not name the pending device and its key, or is not signed by the approving device');
      target.state = 'active';
      target.certificate = encodeCertificate(cert);
      if (cert.name) target.name = checkDeviceName(cert.name);
      return { record: await this.write(record, devices), device: target };
    });
  }

  /** Removes a device (active or pending), never the last active one. */
  remove(username: string, deviceId: Uint8Array | null | undefined): Promise<{ record: UserRecord; device: DeviceRecord }> {
    return this.serial(username, async () => {
      const record = await this.read(username);
      const devices = devicesOf(record);
      const id = hex(deviceId ?? new Uint8Array());
      const target = devices.find((d) => d.id === id);
      if (!target) throw new NodeError('NO_SUCH_DEVICE', 'no device of yours with that id');
      if (target.state === 'active' && devices.filter((d) => d.state === 'active').length === 1) {
        throw new NodeError('DEVICE_LAST', 'this is your last active device: it cannot be removed');
      }
      return { record: await this.write(record, devices.filter((d) => d !== target)), device: target };
    });
  }

  rename(username: string, deviceId: Uint8Array | null | undefined, name: string): Promise<UserRecord> {
    return this.serial(username, async () => {
      const record = await this.read(username);
      const devices = devicesOf(record);
      const target = devices.find((d) => d.id === hex(deviceId ?? new Uint8Array()));
      if (!target) throw new NodeError('NO_SUCH_DEVICE', 'no device of yours with that id');
      target.name = checkDeviceName(name);
      return this.write(record, devices);
    });
  }

  /** When a device was last online (its session ended). */
  seen(username: string, deviceId: string): Promise<UserRecord | undefined> {
    return this.serial(username, async () => {
      const record = await this.store.getUser(username);
      const device = record && devicesOf(record).find((d) => d.id === deviceId);
      if (!record || !device) return undefined;
      device.lastSeen = this.clock.now();
      return this.write(record, devicesOf(record).map((d) => (d.id === deviceId ? device : d)));
    });
  }
}

function checkDeviceId(id: Uint8Array): string {
  if (id.length !== DEVICE_ID_BYTES) throw new NodeError('NO_SUCH_DEVICE', `a device id is ${DEVICE_ID_BYTES} bytes`);
  return hex(id);
}
