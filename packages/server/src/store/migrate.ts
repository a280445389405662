// `natter admin migrate`: a single node's LevelDB copied into a cluster's
// PostgreSQL (docs/cluster.md, "From one node to a cluster"). Run with the
// node stopped (LevelDB allows one process), into a database with no
// accounts yet; the schema is made on the way.
import { systemClock } from '@natter/io';
import { NodeError } from '../errors.js';
import { LevelStore } from './level.js';
import { PostgresStore, redact } from './postgres.js';

export interface MigrationReport {
  from: string;
  to: string;
  users: number;
  tokens: number;
  relations: number;
  blocks: number;
  offline: number;
}

export async function migrateToPostgres(dataDir: string, url: string): Promise<MigrationReport> {
  let source: LevelStore;
  try {
    source = await LevelStore.open(dataDir, systemClock);
  } catch (err) {
    throw new NodeError('CONFIG_INVALID', `cannot open the LevelDB in ${dataDir} (stop the node first): ${(err as Error).cause ?? (err as Error).message}`);
  }
  try {
    const target = await PostgresStore.open({ url, clock: systemClock });
    try {
      if ((await target.accounts.listUsers()).length) {
        throw new NodeError('CONFIG_INVALID', `${redact(url)} already has accounts: migrate into an empty database`);
      }
      const data = await source.exportAll();
      await target.importAll(data);
      return {
        from: dataDir,
        to: redact(url),
        users: data.users.length,
        tokens: data.tokens.length,
        relations: data.relations.length,
        blocks: data.blocks.length,
        offline: data.offline.length,
      };
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
