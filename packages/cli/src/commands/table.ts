// Every natter command, its arguments, options and help text, as data. The
// parser checks the command line against it and the help is printed from
// it; a command's code (and what it needs: @natter/peer, @natter/server,
// LevelDB, ws, ...) is imported only when that command runs.
import type { CommandHandler, CommandSpec, ParsedArgs, ProgramSpec } from '../argv/spec.js';
import type { CommandContext } from '../context.js';
import { BUDDY_ACTIONS } from './buddy-actions.js';
import type { WaitFor } from './send.js';
import { NOTIFY_KINDS } from '../notify-actions.js';

type Command = CommandSpec<CommandContext>;

/**
 * A command's code, loaded on demand. The parser fills in exactly what the
 * spec next to it declares; each handler names the fields it reads.
 */
function lazy<A>(load: () => Promise<CommandHandler<A, CommandContext>>): () => Promise<CommandHandler<ParsedArgs, CommandContext>> {
  return load as unknown as () => Promise<CommandHandler<ParsedArgs, CommandContext>>;
}

const SERVER_URL = 'HOST[:PORT][#FINGERPRINT] (TLS; the fingerprint natter server prints, else pinned on first contact); a cluster\'s nodes as HOST,HOST,...';
const insecure = { type: 'boolean', default: false, describe: 'Allow plain ws:// to a node that is not on this machine (password and session cross the network readable)' } as const;
const passwordStdin = { type: 'boolean', default: false, describe: 'Read the password from standard input (scripts)' } as const;
const user = (describe: string) => ({ name: 'user', required: true, describe });

const channelArg = { name: 'channel', required: true, describe: 'The channel id (natter notify list)' } as const;

const notifySubcommands: Command[] = ([] as Command[]).concat([
  { name: 'list', describe: 'Your channels, notification settings and who may send you extended messages' },
  {
    name: 'add',
    describe: 'Add a channel: email ADDRESS (a code is sent to it), sms +NUMBER (a code by SMS), webhook URL (you get its signing secret)',
    positionals: [
      { name: 'kind', required: true, choices: NOTIFY_KINDS, describe: 'email, sms or webhook' },
      { name: 'address', required: true, describe: 'An email address, a number in international form (+15551234567) or an https:// URL' },
    ],
  },
  {
    name: 'verify',
    describe: 'Confirm a channel with the code it got (email, SMS), or send a webhook its signed challenge now',
    positionals: [channelArg, { name: 'code', describe: 'The code (not for webhooks)' }],
    options: { resend: { type: 'boolean', default: false, describe: 'Send a new code instead' } },
  },
  { name: 'remove', describe: 'Remove a channel (nothing more goes there)', positionals: [channelArg] },
  {
    name: 'quiet',
    describe: 'No notifications in these hours of your local time (they wait until the end), or off',
    positionals: [{ name: 'range', required: true, describe: 'HH:MM-HH:MM (e.g. 22:00-07:00) or off' }],
    options: { tz: { type: 'string', placeholder: 'ZONE', describe: 'An IANA time zone', defaultDescription: "this machine's" } },
  },
  { name: 'delay', describe: 'How long a message waits for you at the node before you are notified (default 10m)', positionals: [{ name: 'duration', required: true, describe: '90s, 10m, 2h, 1d' }] },
  {
    name: 'every',
    describe: 'At most one notification per this period (default 1h), or login: one until you log in again',
    positionals: [{ name: 'duration', required: true, describe: '30m, 1h, 1d or login' }],
  },
  { name: 'allow', describe: 'Let USER send you extended messages (they leave end-to-end encryption)', positionals: [user('The sender')] },
  { name: 'deny', describe: 'No more extended messages from USER', positionals: [user('The sender')] },
  { name: 'on', describe: 'Notifications on (default once a channel is verified)' },
  { name: 'off', describe: 'Notifications off; channels stay for extended messages' },
  { name: 'unsubscribe', describe: 'Stop a channel with the code from its emails', positionals: [{ name: 'code', required: true, describe: 'The code in the email' }] },
]).map((c): Command => ({ ...c, load: lazy(() => import('./notify.js').then((m) => m.notifyCommands[c.name as keyof typeof m.notifyCommands])) }));

const chat: Command[] = [
  {
    name: 'chat',
    describe: 'Chat in the terminal (status line, message states, /help for commands)',
    positionals: [{ name: 'user', describe: 'The buddy to talk to first' }],
    options: { classify: { type: 'boolean', default: true, describe: 'Classify your NAT at login (--no-classify to skip)' } },
    examples: [
      ['natter chat bob', 'talk to bob'],
      ['natter --home ~/.natter-bob chat alice', 'a second profile on the same machine'],
    ],
    load: lazy(() => import('./chat.js').then((m) => m.chatCommand)),
  },
  {
    name: 'send',
    describe: 'Send one message and wait until it is sent (buddy online) or stored (buddy offline), or --wait delivered',
    positionals: [user('The buddy'), { name: 'text', required: true, describe: 'The message (quote it)' }],
    options: {
      wait: {
        type: 'string',
        choices: ['sent', 'stored', 'delivered'] satisfies WaitFor[],
        describe: 'Exit once the message is sent/stored (left this machine and was acknowledged) or delivered (on their disk)',
        defaultDescription: 'sent if the buddy is online, stored if offline',
      },
      timeout: { type: 'number', placeholder: 'MS', default: 15_000, describe: 'Longest wait (ms); then exit 1 with SEND_TIMEOUT' },
      via: {
        type: 'string',
        choices: NOTIFY_KINDS,
        describe: "An extended message instead: the node passes the text to the buddy's verified email, SMS or webhook. It leaves end-to-end encryption (asked first)",
      },
      yes: { type: 'boolean', describe: 'With --via: consent without being asked (scripts)' },
    },
    examples: [
      ['natter send bob "lunch at 1?"', 'sent (buddy online) or stored (offline)'],
      ['natter send bob "deploy done" --wait delivered --timeout 60000', 'wait for the receipt'],
      ['natter send bob "at the gate" --via sms', 'by SMS, if bob allows it (natter notify allow alice); not end-to-end encrypted'],
    ],
    load: lazy(() => import('./send.js').then((m) => m.sendCommand)),
  },
  {
    name: 'send-file',
    describe: 'Send a file to a buddy (direct path when there is one), with progress; resumes when run again',
    positionals: [user('The buddy'), { name: 'path', required: true, describe: 'The file' }],
    options: {
      timeout: { type: 'number', placeholder: 'MS', default: 0, describe: 'Longest wait for the buddy to accept and verify it (ms); 0: no limit' },
    },
    examples: [
      ['natter send-file bob ./photo.jpg', 'progress with rate and ETA; exits once bob has verified it'],
      ['natter send-file bob ./big.iso --json', 'one JSON event per line (file-state, file-progress, file-done)'],
    ],
    epilogue: 'The buddy is asked (natter chat, natter rpc) unless they trust you (natter files trust USER). An interrupted transfer resumes from what the buddy has.',
    load: lazy(() => import('./send-file.js').then((m) => m.sendFileCommand)),
  },
  {
    name: 'files',
    describe: 'Received files: list (unfinished transfers, where files go) | trust USER | untrust USER | dir [DIR]',
    positionals: [
      { name: 'action', choices: ['list', 'trust', 'untrust', 'dir'], default: 'list', describe: 'What to do' },
      { name: 'arg', describe: 'The buddy (trust, untrust) or the directory (dir)' },
    ],
    examples: [
      ['natter files trust alice', "accept alice's files without asking"],
      ['natter files dir ~/incoming', 'where accepted files go (default: the XDG download directory)'],
    ],
    load: lazy(() => import('./files.js').then((m) => m.filesCommand)),
  },
  {
    name: 'buddies',
    describe: 'List buddies (status, path, NAT type, pending requests), or add | accept | decline | remove | block | unblock USER',
    positionals: [
      { name: 'action', choices: ['list', ...BUDDY_ACTIONS], default: 'list', describe: 'What to do' },
      { name: 'user', describe: 'The other user' },
    ],
    options: { devices: { type: 'boolean', default: false, describe: "Each buddy's devices too (name, key, online, NAT, path)" } },
    examples: [
      ['natter buddies', 'your buddies and pending requests'],
      ['natter buddies --devices', 'and every device of each buddy'],
      ['natter buddies add bob', 'ask bob to be your buddy'],
      ['natter buddies accept alice', "accept alice's request"],
    ],
    load: lazy(() => import('./buddies.js').then((m) => m.buddiesCommand)),
  },
  {
    name: 'devices',
    describe: "Your devices (name, key, state, last seen, NAT, path), or approve CODE | remove DEVICE | rename DEVICE NAME",
    positionals: [
      { name: 'action', choices: ['list', 'approve', 'remove', 'rename'], default: 'list', describe: 'What to do' },
      { name: 'arg', describe: 'The code a new device shows (approve), or a device: its name or the start of its id' },
      { name: 'name', describe: 'The new name (rename; approve: the name to certify)' },
    ],
    examples: [
      ['natter devices', 'every device of yours, this one marked *'],
      ['natter devices approve K3QXM-7TPA2', 'let the new device showing this code in (run on a device that is already yours)'],
      ['natter devices remove old-laptop', 'it is logged out, and nothing goes to it any more'],
    ],
    epilogue: 'A new device logs in with natter login USER (the password); it waits until one of your devices approves it, so a stolen password alone adds no device your buddies trust.',
    load: lazy(() => import('./devices.js').then((m) => m.devicesCommand)),
  },
  {
    name: 'history',
    describe: 'Messages with USER from the local history (no network): time, direction, state, path',
    positionals: [user('The buddy')],
    options: { limit: { type: 'number', default: 50, describe: 'The newest N messages' } },
    load: lazy(() => import('./history.js').then((m) => m.historyCommand)),
  },
  {
    name: 'verify',
    describe: 'Safety number between you and USER (compare it on both sides) and both key fingerprints',
    positionals: [user('The buddy')],
    options: {
      refresh: { type: 'boolean', default: false, describe: "Log in to fetch the buddy's current key instead of the one saved" },
      accept: { type: 'boolean', default: false, describe: "Accept the buddy's changed key (after comparing the number): held messages go out" },
    },
    load: lazy(() => import('./verify.js').then((m) => m.verifyCommand)),
  },
  {
    name: 'notify',
    describe: 'Be reached when you are not online: notifications and extended messages by email, SMS or webhook',
    subcommands: notifySubcommands,
    examples: [
      ['natter notify add email bob@example.org', 'then natter notify verify CHANNEL CODE'],
      ['natter notify quiet 22:00-07:00', 'no notifications at night'],
      ['natter notify allow alice', 'alice may send you extended messages (natter send bob TEXT --via email)'],
    ],
  },
  {
    name: 'rpc',
    describe: 'JSON-lines interface on stdin/stdout for scripts and bots (commands in, replies and events out)',
    options: { classify: { type: 'boolean', default: true, describe: 'Classify the NAT at login (--no-classify to skip)' } },
    examples: [[`echo '{"cmd":"send","to":"bob","text":"hi"}' | natter rpc`, 'send one message from a script']],
    epilogue:
      'Requests: {"cmd":"send","to","text"} {"cmd":"buddies"} {"cmd":"status","status":"online|away|busy","text"} ' +
      '{"cmd":"add|accept|decline|remove|block|unblock","user"} {"cmd":"history","with","limit"} {"cmd":"verify","user"} ' +
      '{"cmd":"path","buddy"} {"cmd":"send-file","to","path"} {"cmd":"accept-file","id","dir"} {"cmd":"decline-file","id"} ' +
      '{"cmd":"cancel-file","id"} {"cmd":"files"} {"cmd":"whoami"} {"cmd":"nat"} {"cmd":"notify","action",...} {"cmd":"help"} {"cmd":"quit"}; ' +
      'send with "via":"email|sms|webhook","confirm":true is an extended message; an optional "reqId" is echoed. ' +
      'Replies: {"ok":true,...} or {"ok":false,"error":{"code","message"}}. Events: {"event":"ready|message|state|presence|path|' +
      'buddies|buddy-request|buddy-accepted|buddy-removed|identity-changed|nat|connection|file-offer|file-progress|file-state|error",...}. See the README.',
    load: lazy(() => import('./rpc.js').then((m) => m.rpcCommand)),
  },
];


const account: Command[] = [
  {
    name: 'register',
    describe: 'Create an account on a node and log in (saves the profile under --home)',
    positionals: [user('Your username on the node')],
    options: {
      'password-stdin': passwordStdin,
      server: { type: 'string', placeholder: 'URL', required: true, describe: `The node: ${SERVER_URL}` },
      insecure,
      'device-name': { type: 'string', placeholder: 'NAME', describe: 'What to call this device (at most 40 characters)', defaultDescription: 'the host name' },
    },
    examples: [
      ['natter register alice --server chat.example.org', 'prompts for a password'],
      ['echo "$PW" | natter register bot --server 127.0.0.1:7878 --password-stdin', 'a script'],
    ],
    load: lazy(() => import('./account.js').then((m) => m.registerCommand)),
  },
  {
    name: 'login',
    describe: 'Log in with your password and save the session (later commands need no password)',
    positionals: [user('Your username on the node')],
    options: {
      'password-stdin': passwordStdin,
      server: { type: 'string', placeholder: 'URL', describe: `The node: ${SERVER_URL}`, defaultDescription: "the profile's" },
      insecure,
      'device-name': { type: 'string', placeholder: 'NAME', describe: 'What to call this device (at most 40 characters)', defaultDescription: 'the host name' },
      'new-identity': { type: 'boolean', default: false, describe: 'Every device is lost: revoke them all and make this one the first of a new set (buddies see a key change)' },
      wait: { type: 'number', placeholder: 'MS', default: 600_000, describe: 'How long a new device waits for approval (ms)' },
    },
    examples: [
      ['natter login alice --server chat.example.org', 'prompts for a password'],
      ['natter --home ~/.natter-laptop login alice --server chat.example.org', 'a second device: shows a code to approve on the first'],
      ['natter login alice --new-identity', 'lost every device: start a new set'],
    ],
    epilogue: 'A device this profile does not know waits until one of your devices approves it (natter devices approve CODE there).',
    load: lazy(() => import('./account.js').then((m) => m.loginCommand)),
  },
  {
    name: 'logout',
    describe: 'Log out at the node and forget the saved session (the identity key stays)',
    load: lazy(() => import('./account.js').then((m) => m.logoutCommand)),
  },
  {
    name: 'whoami',
    describe: 'Who this profile is: user, node, identity key fingerprint, whether a session is saved',
    load: lazy(() => import('./whoami.js').then((m) => m.whoamiCommand)),
  },
  {
    name: 'paths',
    describe: 'Show where natter keeps its config and data (set with --home or NATTER_HOME)',
    load: lazy(() => import('./paths.js').then((m) => m.pathsCommand)),
  },
];

const dataDir = { type: 'string', placeholder: 'DIR', describe: "The node's data directory", defaultDescription: '<data>/node' } as const;

const node: Command[] = [
  {
    name: 'server',
    describe: 'Run a rendezvous node (accounts, buddies, presence, punching, relay, offline store, STUN)',
    options: {
      host: { type: 'string', placeholder: 'IP', describe: 'Address for HTTP + WebSocket (:: listens on IPv6 and IPv4)', defaultDescription: '0.0.0.0' },
      port: { type: 'number', placeholder: 'PORT', describe: 'HTTP + WebSocket port', defaultDescription: '7878' },
      'stun-ip': { type: 'string', placeholder: 'IP', describe: 'Address for STUN (a specific one is needed with --alt-ip)', defaultDescription: '--host' },
      'stun-port': { type: 'number', placeholder: 'PORT', describe: 'STUN port', defaultDescription: '3478' },
      'alt-ip': { type: 'string', placeholder: 'IP', describe: 'Second IPv4 address: full RFC 5780 NAT classification for clients' },
      'alt-stun-port': { type: 'number', placeholder: 'PORT', describe: 'Second STUN port (with --alt-ip)', defaultDescription: '3479' },
      'stun-ip6': { type: 'string', placeholder: 'IP', describe: 'IPv6 address for STUN too: clients learn their IPv6 endpoint and punch over IPv6' },
      'alt-ip6': { type: 'string', placeholder: 'IP', describe: 'Second IPv6 address: RFC 5780 over IPv6 (with --stun-ip6)' },
      'data-dir': { type: 'string', placeholder: 'DIR', describe: "The node's directory: its TLS key, admin socket and (without --store) its LevelDB", defaultDescription: '<data>/node, see natter paths' },
      store: { type: 'string', placeholder: 'URL', describe: 'Keep accounts, buddies and offline messages in PostgreSQL (postgres://...) instead of LevelDB' },
      cluster: { type: 'string', placeholder: 'URL', describe: "Join a cluster on this Redis (redis://...); needs --store, the cluster's PostgreSQL (docs/cluster.md)" },
      config: { type: 'string', placeholder: 'FILE', describe: 'JSON file with the same options (camelCase keys); flags win' },
      registration: { type: 'string', choices: ['open', 'closed'], describe: 'Whether anyone may register', defaultDescription: 'open' },
      'tls-cert': { type: 'string', placeholder: 'FILE', describe: 'PEM certificate: serve wss:// and https://' },
      'tls-key': { type: 'string', placeholder: 'FILE', describe: 'PEM private key for --tls-cert' },
      'plain-from': { type: 'string', choices: ['loopback', 'any'], describe: 'Who may use plain ws:// and http:// (any: a TLS proxy on another host)', defaultDescription: 'loopback' },
      'metrics-host': { type: 'string', placeholder: 'HOST:PORT', describe: 'Serve /metrics here instead of on the main port' },
      'heartbeat-timeout': { type: 'number', placeholder: 'MS', describe: 'Mark a silent client offline after this many ms', defaultDescription: '30000' },
      'log-level': { type: 'string', placeholder: 'LEVEL', describe: 'pino log level (logs go to stderr as JSON)', defaultDescription: 'info' },
    },
    load: lazy(() => import('./server.js').then((m) => m.serverCommand)),
  },
  {
    name: 'admin',
    describe: 'Administer a running node over its local admin socket',
    options: { 'data-dir': dataDir },
    subcommands: [
      {
        name: 'users',
        describe: 'users list | add USER | remove USER | passwd USER',
        positionals: [
          { name: 'action', required: true, choices: ['list', 'add', 'remove', 'passwd'], describe: 'What to do' },
          { name: 'username', describe: 'The account (all actions but list)' },
        ],
        options: { 'password-stdin': { type: 'boolean', default: false, describe: 'Read the password from standard input' } },
        load: lazy(() => import('./admin.js').then((m) => m.adminUsersCommand)),
      },
      {
        name: 'online',
        describe: 'Who is online, with endpoints and NAT type',
        load: lazy(() => import('./admin.js').then((m) => m.adminOnlineCommand)),
      },
      {
        name: 'backup',
        describe: 'Copy the database to a new directory while the node runs',
        positionals: [{ name: 'dir', required: true, describe: 'A new directory for the copy' }],
        load: lazy(() => import('./admin.js').then((m) => m.adminBackupCommand)),
      },
      {
        name: 'migrate',
        describe: "Copy a stopped node's LevelDB into a cluster's PostgreSQL (docs/cluster.md)",
        options: { to: { type: 'string', placeholder: 'URL', required: true, describe: 'The PostgreSQL database, postgres://USER:PASSWORD@HOST/DB (no accounts in it yet)' } },
        load: lazy(() => import('./admin.js').then((m) => m.adminMigrateCommand)),
      },
      {
        name: 'notify',
        describe: 'Email, SMS and webhooks: what is on, the outbound queue, recent failures, today\'s caps',
        load: lazy(() => import('./admin.js').then((m) => m.adminNotifyCommand)),
      },
    ],
  },
];

const network: Command[] = [
  {
    name: 'nat',
    describe: 'Find out what your NAT does (RFC 5780 tests, classic NAT type, what it means for direct chats)',
    options: {
      server: {
        type: 'string',
        placeholder: 'HOST[:PORT]',
        multiple: true,
        describe: 'STUN server; one RFC 5780 server (a natter node, coturn, stund), or several plain ones',
      },
      timeout: { type: 'number', placeholder: 'MS', default: 800, describe: 'Longest wait for an answer (ms); raise it on very slow links' },
      rto: { type: 'number', placeholder: 'MS', default: 100, describe: 'Retransmission interval (ms)' },
      bind: { type: 'string', placeholder: 'IP', describe: 'Local address to send from' },
    },
    examples: [
      ['natter nat --server node.example.org', 'classify against a natter node'],
      ['natter nat --server stun1.example.org --server stun2.example.org:3478 --json', 'two plain servers, JSON'],
    ],
    load: lazy(() => import('./nat.js').then((m) => m.natCommand)),
  },
  {
    name: 'stun-server',
    describe: 'Run a STUN server (RFC 5389; full RFC 5780 NAT discovery with --alt-ip / --alt-ip6)',
    options: {
      ip: { type: 'string', placeholder: 'IP', describe: 'Primary IPv4 address to listen on (a specific address: STUN answers name it); --ip, --ip6 or both' },
      'alt-ip': { type: 'string', placeholder: 'IP', describe: 'Second IPv4 address: enables CHANGE-REQUEST and OTHER-ADDRESS (RFC 5780)' },
      ip6: { type: 'string', placeholder: 'IP', describe: 'Primary IPv6 address to listen on' },
      'alt-ip6': { type: 'string', placeholder: 'IP', describe: 'Second IPv6 address: RFC 5780 over IPv6' },
      port: { type: 'number', placeholder: 'PORT', default: 3478, describe: 'Primary port' },
      'alt-port': { type: 'number', placeholder: 'PORT', default: 3479, describe: 'Second port (used with --alt-ip)' },
      rate: { type: 'number', default: 200, describe: 'Requests per second allowed per source IP' },
    },
    load: lazy(() => import('./stun-server.js').then((m) => m.stunServerCommand)),
  },
];

const inGroup = (group: string, commands: Command[]) => commands.map((c) => ({ ...c, group }));

export const NATTER: ProgramSpec<CommandContext> = {
  name: 'natter',
  describe: 'A peer-to-peer messenger and NAT toolkit.',
  globalOptions: {
    home: { type: 'string', placeholder: 'DIR', describe: 'Root of config and data', defaultDescription: '$NATTER_HOME, else the XDG directories' },
    json: { type: 'boolean', default: false, describe: 'Machine-readable output (errors too)' },
    quiet: { type: 'boolean', short: 'q', default: false, describe: 'Only print results and errors' },
    help: { type: 'boolean', short: 'h', describe: 'Show help' },
    version: { type: 'boolean', describe: 'Show the version number' },
  },
  commands: [
    ...inGroup('Chatting', chat),
    ...inGroup('Your account', account),
    ...inGroup('Running a node', node),
    ...inGroup('Diagnosing a network', network),
  ],
  epilogue: 'Environment: NATTER_HOME (same as --home), NO_COLOR (no colours).',
};
