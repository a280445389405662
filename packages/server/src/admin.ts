// The operator's admin socket: JSON lines over a Unix socket in the data
// directory, owner-only (0600), so only the account running the node (or
// root) can use it. `natter admin` is its client.
import { createServer, type Server, type Socket } from 'node:net';
import { chmodSync, rmSync } from 'node:fs';
import { Level } from 'level';
import type { Logger } from 'pino';
import { natter } from '@natter/wire';
import type { Accounts } from './accounts.js';
import type { BuddyGraph } from './buddies.js';
import { NodeError, type NodeErrorCode } from './errors.js';

import type { PresenceHub } from './presence.js';
import type { NotifySubsystem } from './notify/index.js';
import type { NodeStore, OfflineQueue } from './store/types.js';
import { LevelStore } from './store/level.js';
import { normalizeUsername } from './usernames.js';

export interface AdminContext {
  accounts: Accounts;
  graph: BuddyGraph;
  offline: OfflineQueue;
  hub: PresenceHub;
  store: NodeStore;
  log: Logger;
  notify: NotifySubsystem;
  /** Ends a user's session (after removal or a password change). */
  kick(username: string, reason: string): void;
}

export type AdminRequest =
  | { cmd: 'users.list' }
  | { cmd: 'users.add'; username: string; password: string }
  | { cmd: 'users.remove'; username: string }
  | { cmd: 'users.passwd'; username: string; password: string }
  | { cmd: 'online' }
  | { cmd: 'backup'; dir: string }
  | { cmd: 'notify' };

export async function handleAdmin(ctx: AdminContext, req: AdminRequest): Promise<unknown> {
  switch (req.cmd) {
    case 'users.list':
      return (await ctx.accounts.list()).map((u) => ({
        username: u.username,
        createdAt: new Date(u.createdAt).toISOString(),
        online: ctx.hub.get(u.username) !== undefined,
        hasIdentityKey: Boolean(u.identityKey),
      }));
    case 'users.add': {
      const name = normalizeUsername(req.username);
      // An identity key arrives with the user's first login.
      await ctx.accounts.registerWithoutKey(name, req.password);
      return { username: name };
    }
    case 'users.remove': {
      const name = normalizeUsername(req.username);
      const record = await ctx.accounts.get(name);
      if (!record) throw new NodeError('NO_SUCH_USER', `no user ${name}`);
      ctx.kick(name, 'account removed by the operator');
      const others = await ctx.graph.deleteAll(name);
      // Each device's queue (docs/protocol.md, "Devices"), and any from before devices.
      for (const d of record.devices ?? []) await ctx.offline.purge(`${name}/${d.id}`);
      await ctx.offline.purge(name);
      await ctx.notify.service.purgeUser(name);
      await ctx.accounts.deleteUser(name);
      // As for DeleteAccount: online buddies drop the name from their cached
      // relations (a stranger may register it next) and are told.
      for (const other of others) {
        const peer = ctx.hub.get(other);
        if (!peer) continue;
        peer.buddies.delete(name);
        peer.send({ buddyEvent: { kind: natter.control.BuddyEvent.Kind.REMOVED, username: name } });
      }
      return { removed: name };
    }
    case 'users.passwd': {
      const name = normalizeUsername(req.username);
      await ctx.accounts.setPassword(name, req.password);
      // Tokens are revoked; the live session goes too, so a stolen one ends now.
      ctx.kick(name, 'password changed by the operator');
      return { username: name };
    }
    case 'online':
      return ctx.hub.users().map((u) => ({
        username: u.username,
        status: u.status,
        since: new Date(u.since).toISOString(),
        clientVersion: u.clientVersion,
        publicEndpoint: u.publicEndpoint ? `${u.publicEndpoint.ip}:${u.publicEndpoint.port}` : null,
        lan: u.lan.map((e) => `${e.ip}:${e.port}`),
        nat: u.nat?.nat ?? null,
        rttMs: u.rttMs ?? null,
      }));
    case 'notify':
      return ctx.notify.status();
    case 'backup':
      if (!(ctx.store instanceof LevelStore)) {
        throw new NodeError('UNSUPPORTED', 'this node keeps its data in PostgreSQL: back it up with pg_dump (docs/cluster.md)');
      }
      return backup(ctx.store, req.dir);
    default:
      throw new NodeError('UNSUPPORTED', `unknown admin command ${(req as { cmd: string }).cmd}`);
  }
}

/**
 * Copies every record into a new LevelDB at `dir` from one snapshot (a
 * LevelDB iterator reads a consistent view while the node keeps writing).
 */
async function backup(store: LevelStore, dir: string): Promise<{ dir: string; records: number }> {
  const target = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer', errorIfExists: true });
  try {
    await target.open();
  } catch (err) {
    throw new NodeError('CONFIG_INVALID', `cannot create a backup at ${dir}: ${(err as Error).cause ?? (err as Error).message}`);
  }
  let n = 0;
  let batch = target.batch();
  for await (const [k, v] of store.tables.db.iterator<Buffer, Buffer>({ keyEncoding: 'buffer', valueEncoding: 'buffer' })) {
    batch.put(k, v);
    if (++n % 1000 === 0) {
      await batch.write({ sync: true });
      batch = target.batch();
    }
  }
  await batch.write({ sync: true });
  await target.close();
  return { dir, records: n };
}

export class AdminServer {
  private readonly server: Server;

  constructor(
    private readonly path: string,
    private readonly ctx: AdminContext,
  ) {
    this.server = createServer((socket) => this.serve(socket));
  }

  async listen(): Promise<void> {
    // A socket file left by a node that crashed would make listen fail.
    rmSync(this.path, { force: true });
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.path, () => resolve());
    });
    chmodSync(this.path, 0o600);
  }

  private serve(socket: Socket): void {
    let buf = '';
    // Replies carry no ids, so a client pairs them with requests by order:
    // lines are handled one at a time, even when they arrive in several chunks.
    let chain: Promise<void> = Promise.resolve();
    socket.setEncoding('utf8');
    socket.on('error', () => {});
    socket.on('data', (chunk: string) => {
      buf += chunk;
      if (buf.length > 1 << 20) return socket.destroy();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        chain = chain.then(async () => {
          let reply: unknown;
          try {
            const req = JSON.parse(line) as AdminRequest;
            reply = { ok: true, result: await handleAdmin(this.ctx, req) };
            this.ctx.log.info({ admin: req.cmd }, 'admin command');
          } catch (err) {
            const code: NodeErrorCode = err instanceof NodeError ? err.code : err instanceof SyntaxError ? 'USAGE' : 'INTERNAL';
            reply = { ok: false, error: { code, message: (err as Error).message } };
          }
          socket.write(JSON.stringify(reply) + '\n');
        });
      }
    });
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.path, { force: true });
  }
}
