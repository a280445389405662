// Types for natlab-env.mjs, so TypeScript tests can import it.
/** Why the kernel NAT lab cannot run here, or undefined when it can. */
export function natlabBlocker(): string | undefined;
