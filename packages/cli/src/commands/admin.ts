// natter admin users | online | backup: requests over the node's admin
// socket (a Unix socket in its data directory, mode 0600).
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import type { AdminRequest, NodeErrorCode } from '@natter/server';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { readPassword } from '../password.js';

/** Sends one request over the node's admin socket and returns its result. */
export function adminRequest(socketPath: string, req: AdminRequest): Promise<unknown> {
  return new Promise((resolvePromise, reject) => {
    const sock = connect(socketPath);
    let buf = '';
    sock.setEncoding('utf8');
    sock.on('connect', () => sock.write(JSON.stringify(req) + '\n'));
    sock.on('data', (c: string) => {
      buf += c;
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      sock.end();
      const reply = JSON.parse(buf.slice(0, nl)) as { ok: boolean; result?: unknown; error?: { code: NodeErrorCode; message: string } };
      if (reply.ok) resolvePromise(reply.result);
      else reject(new CliError(reply.error!.code, reply.error!.message));
    });
    sock.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ECONNREFUSED') {
        reject(new CliError('NODE_NOT_RUNNING', `no node is running with the admin socket ${socketPath}; start it with natter server (same --data-dir / --home)`));
      } else if (err.code === 'EACCES') {
        reject(new CliError('ADMIN_DENIED', `${socketPath} belongs to another user: run as the node's user or root`));
      } else reject(err);
    });
  });
}

interface AdminArgs {
  dataDir?: string;
}

function socketOf(args: AdminArgs, ctx: CommandContext): string {
  return join(args.dataDir ? resolve(args.dataDir) : join(ctx.paths.data, 'node'), 'admin.sock');
}

/** One request; the result as JSON with --json, else as `print` says it. */
async function request<R>(args: AdminArgs, ctx: CommandContext, req: AdminRequest, print: (result: R) => void): Promise<void> {
  const result = (await adminRequest(socketOf(args, ctx), req)) as R;
  if (ctx.out.json) ctx.out.data(result);
  else print(result);
}

interface UsersArgs extends AdminArgs {
  action: 'list' | 'add' | 'remove' | 'passwd';
  username?: string;
  passwordStdin: boolean;
}

export async function adminUsersCommand(args: UsersArgs, ctx: CommandContext): Promise<void> {
  const { out } = ctx;
  if (args.action === 'list') {
    if (args.username) throw new CliError('USAGE', `natter admin users list takes no USERNAME; did you mean natter admin users add ${args.username}?`, EXIT.USAGE);
    return request(args, ctx, { cmd: 'users.list' }, (users: Array<{ username: string; createdAt: string; online: boolean }>) => {
      if (!users.length) return out.result('no users');
      for (const u of users) out.result(`${u.username.padEnd(34)}${u.online ? 'online ' : 'offline'}  since ${u.createdAt}`);
    });
  }
  const username = args.username;
  if (!username) throw new CliError('USAGE', `natter admin users ${args.action} needs a USERNAME`, EXIT.USAGE);
  switch (args.action) {
    case 'add': {
      const password = await readPassword(`password for ${username}: `, args.passwordStdin);
      return request(args, ctx, { cmd: 'users.add', username, password }, (r: { username: string }) => out.result(`added ${r.username}`));
    }
    case 'remove':
      return request(args, ctx, { cmd: 'users.remove', username }, (r: { removed: string }) => out.result(`removed ${r.removed}`));
    case 'passwd': {
      const password = await readPassword(`new password for ${username}: `, args.passwordStdin);
      return request(args, ctx, { cmd: 'users.passwd', username, password }, (r: { username: string }) =>
        out.result(`password changed for ${r.username}; their sessions must log in again`),
      );
    }
  }
}

type OnlineUser = { username: string; publicEndpoint: string | null; nat: number | null; clientVersion: string; rttMs: number | null };

export async function adminOnlineCommand(args: AdminArgs, ctx: CommandContext): Promise<void> {
  const { out } = ctx;
  return request(args, ctx, { cmd: 'online' }, (users: OnlineUser[]) => {
    if (!users.length) return out.result('nobody is online');
    for (const u of users) out.result(`${u.username.padEnd(34)}${(u.publicEndpoint ?? '-').padEnd(24)}${u.clientVersion}${u.rttMs !== null ? `  rtt ${u.rttMs} ms` : ''}`);
  });
}

interface NotifyStatus {
  available: Record<string, boolean>;
  queue: Array<{ state: string; kind: string; count: number }>;
  failures: Array<{ id: string; owner: string; kind: string; purpose: string; attempts: number; lastError: string; state: string; createdAt: number }>;
  caps: Array<{ kind: string; used: number; cap: number }>;
}

/** natter admin notify: extended delivery's queue, failures and caps (docs/extended.md). */
export async function adminNotifyCommand(args: AdminArgs, ctx: CommandContext): Promise<void> {
  const { out } = ctx;
  return request(args, ctx, { cmd: 'notify' }, (s: NotifyStatus) => {
    out.result(`sends by: ${Object.entries(s.available).map(([k, on]) => `${k} ${on ? 'on' : 'off'}`).join(', ')}`);
    out.result(`today:    ${s.caps.map((c) => `${c.kind} ${c.used}/${c.cap}`).join(', ')}`);
    const by = (state: string) => s.queue.filter((q) => q.state === state).map((q) => `${q.count} ${q.kind}`).join(', ') || 'none';
    out.result(`queue:    queued ${by('queued')}; sending ${by('sending')}; sent (last day) ${by('sent')}; failed (last day) ${by('failed')}`);
    if (!s.failures.length) return out.result('failures: none');
    out.result('failures (newest first):');
    for (const f of s.failures) {
      out.result(`  ${new Date(f.createdAt).toISOString()} ${f.kind.padEnd(8)}${f.purpose.padEnd(13)}to ${f.owner.padEnd(16)}${f.state === 'failed' ? 'gave up' : 'retrying'} after ${f.attempts}: ${f.lastError}`);
    }
  });
}

export async function adminBackupCommand(args: AdminArgs & { dir: string }, ctx: CommandContext): Promise<void> {
  return request(args, ctx, { cmd: 'backup', dir: resolve(args.dir) }, (r: { dir: string; records: number }) => ctx.out.result(`backed up ${r.records} records to ${r.dir}`));
}

/** Not over the admin socket: the node must be stopped, its LevelDB is read directly. */
export async function adminMigrateCommand(args: AdminArgs & { to: string }, ctx: CommandContext): Promise<void> {
  const { migrateToPostgres, NodeError } = await import('@natter/server');
  const dir = args.dataDir ? resolve(args.dataDir) : join(ctx.paths.data, 'node');
  let report;
  try {
    report = await migrateToPostgres(dir, args.to);
  } catch (err) {
    if (err instanceof NodeError) throw new CliError(err.code, err.message);
    throw err;
  }
  if (ctx.out.json) ctx.out.data(report);
  else
    ctx.out.result(
      `migrated ${report.users} accounts, ${report.tokens} resume tokens, ${report.relations} relations, ${report.blocks} blocks and ${report.offline} offline messages from ${report.from} to ${report.to}`,
    );
}
