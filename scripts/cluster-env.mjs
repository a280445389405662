// Why the PostgreSQL and Redis tests cannot run here, or undefined when they
// can. Shared by scripts/test.mjs (which then leaves out the
// integration-postgres project) and the cluster tests' guard
// (test/support/cluster.ts), so both say the same thing.
import { spawnSync } from 'node:child_process';
import { createConnection } from 'node:net';

/** The server tests' PostgreSQL: a role that may create databases (.ci/run makes it). */
export const TEST_POSTGRES_URL = process.env.NATTER_TEST_POSTGRES ?? 'postgres://natter_test:natter_test@127.0.0.1:5432/postgres';

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

export async function postgresBlocker() {
  const url = new URL(TEST_POSTGRES_URL);
  if (!(await reachable(url.hostname, Number(url.port || 5432)))) {
    return `no PostgreSQL at ${url.hostname}:${url.port || 5432} (apt-get install postgresql; pg_ctlcluster 15 main start; .ci/run does both and makes the natter_test role)`;
  }
  return undefined;
}

export async function clusterBlocker() {
  const pg = await postgresBlocker();
  if (pg) return pg;
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) return 'no redis-server (apt-get install redis-server)';
  return undefined;
}
