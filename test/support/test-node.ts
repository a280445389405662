// One rendezvous node per test file: started before the file's tests,
// stopped after them, every control client the tests opened closed first.
// (A file's own afterAll, registered later, runs before this one.)
import { afterAll, beforeAll } from 'vitest';
import { startTestNode, type TestNode } from './start-test-node.js';
import type { ControlClient } from './control-client.js';

type TestNodeOptions = Parameters<typeof startTestNode>[0];

export interface TestNodeFixture {
  /** The running node (valid inside tests and hooks). */
  readonly node: TestNode;
  /** Clients to close at the end: push every client a test opens. */
  readonly open: ControlClient[];
}

export function useTestNode(options?: TestNodeOptions): TestNodeFixture {
  let node: TestNode | undefined;
  const open: ControlClient[] = [];
  beforeAll(async () => {
    node = await startTestNode(options);
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
    await node?.stop();
  });
  return {
    get node() {
      if (!node) throw new Error('the test node is not started yet (use it inside a test or hook)');
      return node;
    },
    open,
  };
}
