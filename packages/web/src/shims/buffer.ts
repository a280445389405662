// Buffer for the browser bundle (esbuild injects it wherever a module uses
// the global): the peer core's protocol code compares and slices bytes with
// Buffer, as it does in Node. The `buffer` package is Node's own API on
// Uint8Array (about 6 KB gzipped, measured in docs/web.md).
export { Buffer } from 'buffer';
