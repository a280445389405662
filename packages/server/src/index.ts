// @natter/server: the rendezvous node.
export { startNode, NODE_VERSION } from './node.js';
export type { NodeOptions, RendezvousNode } from './node.js';
export { NodeError, NODE_ERROR_CODES } from './errors.js';
export type { NodeErrorCode } from './errors.js';
export { normalizeUsername } from './usernames.js';
export { signSiteToken, SiteRegistry, checkSiteConfig, SITE_TOKEN_MAX_LIFETIME_S } from './sites.js';
export type { SiteConfig, SiteLogin } from './sites.js';
export type { AdminRequest } from './admin.js';
export { migrateToPostgres } from './store/migrate.js';
export type { MigrationReport } from './store/migrate.js';
export type { NotifyOptions, SmtpOptions, SmsGatewayOptions } from './notify/index.js';
