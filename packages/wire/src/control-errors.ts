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
  SHUTTING_DOWN: 'the node is stopping; reconnect later',
  STORE_UNAVAILABLE: "the node's database (a cluster's PostgreSQL) does not answer: logins and stores fail until it is back; chats on direct paths go on",
  NOTIFY_UNAVAILABLE: "this node does not send by that channel: its operator configured no SMTP server (email) or SMS gateway (sms), or turned webhooks off",
  NOTIFY_ADDRESS_INVALID: 'not an email address, an E.164 phone number (+15551234567) or an http(s) URL',
  NOTIFY_URL_FORBIDDEN: 'the webhook URL points at (or resolves to) a loopback, private, link-local or otherwise internal address, and the operator does not allow those',
  NOTIFY_NO_SUCH_CHANNEL: 'no channel of yours has that id',
  NOTIFY_CHANNEL_LIMIT: 'you have the most channels one user may have (5)',
  NOTIFY_CODE_INVALID: 'the verification code is wrong, expired or used up: ask for a new one (resend)',
  NOTIFY_VERIFY_FAILED: 'the webhook did not answer the signed challenge with its HMAC (or could not be reached)',
  NOTIFY_SETTING_INVALID: 'a quiet-hours range, time zone, delay or user name the node cannot use',
  NOTIFY_RATE_LIMITED: 'too many verification codes, extended messages from you, or messages to this receiver; retry_after_ms says when to retry',
  NOTIFY_CAP_REACHED: "the node sent as many emails, SMS or webhook calls today as its operator allows; try tomorrow",
  EXTENDED_NOT_ALLOWED: 'the receiver does not allow extended messages from you (also when the user does not exist)',
  EXTENDED_NO_CHANNEL: 'the receiver allows you, but has no verified channel of that kind',
  EXTENDED_TOO_LONG: 'an extended message over its limit (email and webhook 2000 characters, SMS 320)',
  INTERNAL: 'a bug on the node; it is logged',
} as const;

export type ControlErrorCode = keyof typeof CONTROL_ERROR_CODES;
