// The codes of the control channel's Error message (proto/control.proto):
// what a node may put in `Error.code`, and what each means. They are part of
// the protocol like the messages themselves (docs/protocol.md, "Errors"), so
// both ends share this one table: the node raises them, the peer's session
// hands them to its callers. A STUN ERROR-CODE is data in the same way.

export const CONTROL_ERROR_CODES = {
  WIRE_MALFORMED: 'the frame could not be decoded',
  WIRE_TOO_LARGE: 'the frame is too big',
  WIRE_VERSION: "the Hello's protocol version is not spoken here; the node closes (1002)",
  PROTOCOL_HELLO_FIRST: 'a frame other than Hello before Hello; the node closes (1002)',
  NOT_LOGGED_IN: 'a request that needs a login, before it',
  ALREADY_LOGGED_IN: 'Register/Login on a connection that is logged in',
  UNSUPPORTED: 'a frame the node does not accept from a client (e.g. a push type)',
  USERNAME_INVALID: '3-32 characters a-z 0-9 . _ -, starting with a letter (usernames are lower-cased)',
  USERNAME_TAKEN: 'register: the name exists',
  PASSWORD_WEAK: 'fewer than 8 or more than 1024 characters',
  IDENTITY_KEY_INVALID: 'not a 32-byte Ed25519 public key',
  REGISTRATION_CLOSED: 'the node runs with --registration closed (operators add users with natter admin users add)',
  AUTH_FAILED: 'wrong username or password, or unknown resume token (the same answer, and the same time, for "no such user")',
  AUTH_RATE_LIMITED: 'too many failed attempts for this account from this address, or too many attempts from this address; retry_after_ms says when to retry',
  SITE_TOKEN_INVALID: 'a site token that does not parse, names no registered site, or whose signature does not verify (forged, or signed with another secret)',
  SITE_TOKEN_EXPIRED: 'a site token past its expiry, or valid for longer than the node accepts (5 minutes); the site signs a new one',
  SITE_TOKEN_REPLAYED: 'a site token the node has already accepted once (each nonce logs in once)',
  SITE_ACCOUNT_CONFLICT: 'a site token for a name that belongs to a password account or to another site',
  REGISTER_RATE_LIMITED: 'too many registrations (or attempts on taken names) from this address; retry_after_ms says when to retry',
  LOGIN_TIMEOUT: 'the connection did not register or log in within the deadline; the node closes it',
  SESSION_REPLACED: 'sent to an old connection when the same user logs in elsewhere; the node then closes it',
  BUDDY_SELF: 'a buddy action on yourself',
  NO_SUCH_REQUEST: 'accept/decline without a pending request from that user',
  BUDDY_LIMIT: 'you have the most buddies and requests (1000) or blocks (1000) one user may have',
  NOT_A_BUDDY: 'punch, relay or offline store to anyone who is not a mutual buddy: also when the user does not exist',
  BUDDY_OFFLINE: 'punch or relay to a buddy who is offline (use the offline store)',
  PUNCH_RATE_LIMITED: 'too many punch requests for this pair; retry_after_ms says when to retry',
  RELAY_RATE_LIMITED: 'relay bytes per second for this user exceeded; the frame was dropped',
  RELAY_BACKPRESSURE: 'the recipient is not reading fast enough; the frame was dropped',
  OFFLINE_QUOTA: "the recipient's offline queue is full (count or bytes)",
  OFFLINE_TOO_LARGE: 'a sealed message over 64 KiB, or a message id that is empty or over 32 bytes',
  DEVICE_PENDING: 'this device waits for approval by one of your active devices (natter devices approve CODE there): nothing is sent to it or from it until then',
  DEVICE_LIMIT: 'the user has the most devices one user may have (8, pending ones included); remove one first',
  NO_SUCH_DEVICE: 'no device of yours with that id (or no pending one for an approval)',
  DEVICE_CERTIFICATE_INVALID: "a device certificate whose fields do not match the device, whose signer is not an active device of the user, or whose signature does not verify",
  DEVICE_LAST: 'the last active device of a user cannot be removed (delete the account, or log in elsewhere with --new-identity)',
  DEVICE_REMOVED: 'sent to a device removed by another of the user\'s devices (or revoked by --new-identity); the node then closes it',
  DEVICE_NAME_INVALID: 'a device name that is empty, longer than 40 characters or holds control characters',
  SHUTTING_DOWN: 'the node is stopping; reconnect later',
  STORE_UNAVAILABLE: "the node's database (a cluster's PostgreSQL) does not answer: logins and stores fail until it is back; chats on direct paths go on",
  INTERNAL: 'a bug on the node; it is logged',
} as const;

export type ControlErrorCode = keyof typeof CONTROL_ERROR_CODES;
