// @natter/cli: the `natter` command. Other packages do not import it; the
// exports are for tests and for embedding the command in another program.
export { run, VERSION, EXIT, CliError } from './main.js';
export { resolvePaths } from './home.js';
export type { NatterPaths } from './home.js';
export { Output } from './output.js';
