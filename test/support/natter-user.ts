// A natter user for end-to-end tests: a --home of their own, registered
// with the real binary, and `natter rpc` driven the way a script drives it
// (JSON lines in, replies and events out).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATTER_BIN, runNatter, type CliResult } from './cli.js';

export const TEST_PASSWORD = 'correct horse battery';

export class NatterUser {
  readonly home: string;

  constructor(
    readonly name: string,
    readonly url: string,
    root: string,
  ) {
    this.home = mkdtempSync(join(root, `${name}-`));
  }

  /** Runs `natter ARGS --home HOME`. */
  run(args: string[], opts: { input?: string; timeoutMs?: number } = {}): Promise<CliResult> {
    return runNatter([...args, '--home', this.home], opts);
  }

  /** `--json` run that must succeed; returns the parsed document. */
  async json<T = any>(args: string[]): Promise<T> {
    const r = await this.run([...args, '--json']);
    if (r.code !== 0) throw new Error(`natter ${args.join(' ')} exited ${r.code}: ${r.stdout}${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  }

  async register(): Promise<void> {
    const r = await this.run(['register', this.name, '--server', this.url, '--password-stdin'], { input: `${TEST_PASSWORD}\n` });
    if (r.code !== 0) throw new Error(`register ${this.name} failed: ${r.stderr}`);
  }

  /**
   * `natter login NAME --device-name DEVICE --wait` on this (new) --home: a
   * new device of an existing user. Resolves with the link code it prints
   * while it waits, and its output and exit code once another device approved it.
   */
  async linkAsNewDevice(device: string): Promise<{ code: string; done: Promise<{ code: number | null; printed: string }> }> {
    const login = spawn(process.execPath, [NATTER_BIN, 'login', this.name, '--server', this.url, '--password-stdin', '--device-name', device, '--wait', '20000', '--home', this.home], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    login.stdin.end(`${TEST_PASSWORD}\n`);
    let printed = '';
    login.stdout.on('data', (d) => (printed += String(d)));
    const done = new Promise<{ code: number | null; printed: string }>((resolve) => login.on('exit', (code) => resolve({ code, printed })));
    const CODE = /natter devices approve ([A-Z0-9]{5}-[A-Z0-9]{5})/;
    for (const deadline = Date.now() + 15_000; !CODE.test(printed); ) {
      if (Date.now() > deadline) throw new Error(`no link code from natter login within 15 s: ${printed}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return { code: CODE.exec(printed)![1]!, done };
  }

  /** Starts `natter rpc` for this user; resolves once it said "ready". */
  async rpc(args: string[] = ['--no-classify']): Promise<RpcProcess> {
    const p = new RpcProcess(spawn(process.execPath, [NATTER_BIN, 'rpc', '--home', this.home, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } }));
    await p.waitFor((l) => l.event === 'ready', 15_000);
    return p;
  }
}

export function tempRoot(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Makes two registered users buddies (one-shot commands). */
export async function befriend(a: NatterUser, b: NatterUser): Promise<void> {
  const add = await a.run(['buddies', 'add', b.name]);
  if (add.code !== 0) throw new Error(add.stderr);
  const ok = await b.run(['buddies', 'accept', a.name]);
  if (ok.code !== 0) throw new Error(ok.stderr);
}

type Line = Record<string, any>;

/** A running `natter rpc`: every stdout line parsed, waiters for lines, exit code. */
export class RpcProcess {
  readonly lines: Line[] = [];
  readonly raw: string[] = [];
  stderr = '';
  private buf = '';
  private nextReq = 1;
  private waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcess) {
    // Writing to a process that died is reported by waitFor (exit), not by an EPIPE crash.
    child.stdin?.on('error', () => {});
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (c: string) => {
      this.buf += c;
      let nl: number;
      while ((nl = this.buf.indexOf('\n')) >= 0) {
        const line = this.buf.slice(0, nl);
        this.buf = this.buf.slice(nl + 1);
        this.raw.push(line);
        try {
          this.lines.push(JSON.parse(line));
        } catch {
          this.lines.push({ unparsable: line });
        }
        for (const w of this.waiters.splice(0)) w();
      }
    });
    child.stderr!.on('data', (c) => (this.stderr += c));
    this.exited = new Promise((resolve) => child.on('close', (code) => {
      for (const w of this.waiters.splice(0)) w();
      resolve(code);
    }));
  }

  write(line: string): void {
    this.child.stdin!.write(line + '\n');
  }

  /** Sends a request with a fresh reqId; resolves with its reply. */
  async call(req: Line, timeoutMs = 10_000): Promise<Line> {
    const reqId = this.nextReq++;
    this.write(JSON.stringify({ ...req, reqId }));
    return this.waitFor((l) => l.reqId === reqId && 'ok' in l, timeoutMs);
  }

  /** The first line (seen before or arriving later) that matches. */
  waitFor(pred: (l: Line) => boolean, timeoutMs = 10_000): Promise<Line> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`rpc: no matching line within ${timeoutMs} ms; got:\n${this.raw.join('\n')}\n${this.stderr}`)), timeoutMs);
      const check = () => {
        const hit = this.lines.find(pred);
        if (hit) {
          clearTimeout(timer);
          return resolve(hit);
        }
        if (this.child.exitCode !== null) {
          clearTimeout(timer);
          return reject(new Error(`rpc exited ${this.child.exitCode} before a matching line:\n${this.raw.join('\n')}\n${this.stderr}`));
        }
        this.waiters.push(check);
      };
      check();
    });
  }

  /** Closes stdin (the way a script ends) and resolves with the exit code. */
  async end(): Promise<number | null> {
    this.child.stdin!.end();
    return this.exited;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
