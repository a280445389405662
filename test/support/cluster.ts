// A cluster on this machine for tests: a redis-server of the test's own
// (on a free loopback port, so a test can stop and restart it), a
// PostgreSQL database of its own, and nodes that share both. Without
// PostgreSQL or redis-server the tests skip themselves with one line
// (clusterBlocker, as .ci/run installs both).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { clusterBlocker } from '../../scripts/cluster-env.mjs';
import { startTestNode, type TestNode } from './start-test-node.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import type { NodeOptions } from '@natter/server';
import { freePort } from './free-port.js';

export { clusterBlocker };

export interface TestRedis {
  url: string;
  /** The redis-server process now (for its CPU time). */
  readonly pid: number;
  /** Stops it (SIGKILL: what a crash looks like) and resolves when it is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
}

export async function startTestRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const c = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
      child = c;
      let out = '';
      c.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('Ready to accept connections')) resolve();
      });
      c.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out.slice(-500)}`)));
    });
  await start();
  const kill = () =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  return {
    url: `redis://127.0.0.1:${port}`,
    get pid() {
      return child!.pid!;
    },
    kill,
    restart: start,
  };
}

export interface TestCluster {
  nodes: TestNode[];
  redis: TestRedis;
  database: TestDatabase;
  /** What a node started with, to start more (or start one again). */
  options: Partial<NodeOptions>;
  stop(): Promise<void>;
}

/** `count` nodes on one Redis and one PostgreSQL database. */
export async function startTestCluster(count: number, overrides: Partial<NodeOptions> = {}): Promise<TestCluster> {
  const [redis, database] = await Promise.all([startTestRedis(), createTestDatabase()]);
  const options: Partial<NodeOptions> = { store: database.url, cluster: redis.url, clusterPrefix: `t${randomBytes(4).toString('hex')}:`, ...overrides };
  const nodes: TestNode[] = [];
  try {
    for (let i = 0; i < count; i++) nodes.push(await startTestNode(options));
  } catch (err) {
    await Promise.all(nodes.map((n) => n.stop()));
    await redis.kill();
    await database.drop();
    throw err;
  }
  return {
    nodes,
    redis,
    database,
    options,
    async stop() {
      await Promise.all(nodes.map((n) => n.stop().catch(() => undefined)));
      await redis.kill();
      await database.drop();
    },
  };
}
