import type { Argv } from 'yargs';

// yargs' inferred argument types do not survive nested builders; handlers
// below read their few options by name.
/* eslint-disable @typescript-eslint/no-explicit-any */
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

export function adminCommand(ctx: CommandContext) {
  const socketOf = (args: { dataDir?: string }) => join(args.dataDir ? resolve(args.dataDir) : join(ctx.get().paths.data, 'node'), 'admin.sock');
  const run = async (args: { dataDir?: string }, req: AdminRequest, print: (result: any) => void) => {
    const { out } = ctx.get();
    const result = await adminRequest(socketOf(args), req);
    if (out.json) out.data(result);
    else print(result);
  };
  return {
    command: 'admin <command>',
    describe: 'Administer a running node over its local admin socket',
    builder: (y: Argv) =>
      y
        .option('data-dir', { type: 'string', describe: "The node's data directory", defaultDescription: '<data>/node' })
        .command('users <action> [username]', 'users list | add USER | remove USER | passwd USER', (u: Argv) =>
          u
            .positional('action', { choices: ['list', 'add', 'remove', 'passwd'] as const })
            .positional('username', { type: 'string' })
            .option('password-stdin', { type: 'boolean', default: false, describe: 'Read the password from standard input' }),
          async (args: any) => {
            const { out } = ctx.get();
            if (args.action !== 'list' && !args.username) throw new CliError('USAGE', `natter admin users ${args.action} needs a USERNAME`, EXIT.USAGE);
            switch (args.action) {
              case 'list':
                return run(args, { cmd: 'users.list' }, (users: Array<{ username: string; createdAt: string; online: boolean }>) => {
                  if (!users.length) return out.result('no users');
                  for (const u of users) out.result(`${u.username.padEnd(34)}${u.online ? 'online ' : 'offline'}  since ${u.createdAt}`);
                });
              case 'add': {
                const password = await readPassword(`password for ${args.username}: `, args.passwordStdin);
                return run(args, { cmd: 'users.add', username: args.username!, password }, (r: { username: string }) => out.result(`added ${r.username}`));
              }
              case 'remove':
                return run(args, { cmd: 'users.remove', username: args.username! }, (r: { removed: string }) => out.result(`removed ${r.removed}`));
              case 'passwd': {
                const password = await readPassword(`new password for ${args.username}: `, args.passwordStdin);
                return run(args, { cmd: 'users.passwd', username: args.username!, password }, (r: { username: string }) => out.result(`password changed for ${r.username}; their sessions must log in again`));
              }
            }
          },
        )
        .command('online', 'Who is online, with endpoints and NAT type', {}, (args: any) =>
          run(args, { cmd: 'online' }, (users: Array<{ username: string; publicEndpoint: string | null; nat: number | null; clientVersion: string; rttMs: number | null }>) => {
            const { out } = ctx.get();
            if (!users.length) return out.result('nobody is online');
            for (const u of users) out.result(`${u.username.padEnd(34)}${(u.publicEndpoint ?? '-').padEnd(24)}${u.clientVersion}${u.rttMs !== null ? `  rtt ${u.rttMs} ms` : ''}`);
          }),
        )
        .command('backup <dir>', 'Copy the database to a new directory while the node runs', (b: Argv) => b.positional('dir', { type: 'string' }), (args: any) =>
          run(args, { cmd: 'backup', dir: resolve(args.dir) }, (r: { dir: string; records: number }) => ctx.get().out.result(`backed up ${r.records} records to ${r.dir}`)),
        )
        .demandCommand(1, 'Name an admin command: users, online or backup'),
    handler: () => {},
  };
}
