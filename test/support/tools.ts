// Third-party tools the interoperability tests run. A test that needs a
// missing tool skips with one printed line saying which and how to get it.
import { spawnSync, spawn, type ChildProcess } from 'node:child_process';

export function hasTool(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Returns why the tools are unusable, printing it once, or undefined. */
export function missingTools(file: string, tools: Record<string, string>): string | undefined {
  const missing = Object.entries(tools).filter(([cmd]) => !hasTool(cmd));
  if (!missing.length) return undefined;
  const why = `needs ${missing.map(([cmd, pkg]) => `\`${cmd}\` (apt-get install ${pkg})`).join(', ')}`;
  console.log(`interop: SKIPPED ${file}: ${why}`);
  return why;
}

export interface ToolResult {
  code: number | null;
  output: string;
}

/** Runs a command to completion (stdout and stderr together), killed after timeoutMs. */
export function runTool(cmd: string, args: string[], timeoutMs = 20_000): Promise<ToolResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Starts a long-running tool; the caller stops it with stopTool. */
export function startTool(cmd: string, args: string[]): ChildProcess {
  return spawn(cmd, args, { stdio: 'ignore' });
}

export function stopTool(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
