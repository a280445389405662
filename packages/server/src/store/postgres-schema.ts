// The PostgreSQL schema, as numbered migrations that every node runs at
// start (each once, in order, under an advisory lock so nodes starting
// together do not race). A migration is never edited once released: a
// change is a new one at the end.
import type { PoolClient } from 'pg';

export const MIGRATIONS: readonly string[] = [
  // 1: accounts, tokens, relations, blocks, the offline queue. Times are
  // milliseconds since 1970 as the node's clock gives them (double precision:
  // they round-trip exactly, as in LevelDB's JSON).
  `
  CREATE TABLE users (
    username     text PRIMARY KEY,
    salt         text NOT NULL,
    hash         text NOT NULL,
    n            integer NOT NULL,
    identity_key text NOT NULL,
    created_at   double precision NOT NULL
  );
  CREATE TABLE tokens (
    id         text PRIMARY KEY,           -- SHA-256 of the token, hex
    username   text NOT NULL,
    expires_at double precision NOT NULL
  );
  CREATE INDEX tokens_by_user ON tokens (username, expires_at DESC);
  CREATE TABLE relations (
    owner   text NOT NULL,
    other   text NOT NULL,
    kind    text NOT NULL CHECK (kind IN ('buddy', 'outgoing', 'incoming')),
    message text,
    since   double precision NOT NULL,
    PRIMARY KEY (owner, other)
  );
  CREATE TABLE blocks (
    owner text NOT NULL,
    other text NOT NULL,
    since double precision NOT NULL,
    PRIMARY KEY (owner, other)
  );
  CREATE INDEX blocks_by_other ON blocks (other);
  CREATE TABLE offline_messages (
    seq        bigserial PRIMARY KEY,
    recipient  text NOT NULL,
    sender     text NOT NULL,
    message_id text NOT NULL,              -- base64
    sealed     bytea NOT NULL,
    sent_at    double precision NOT NULL,
    stored_at  double precision NOT NULL,
    expires_at double precision NOT NULL,
    size       integer NOT NULL,
    UNIQUE (recipient, sender, message_id)
  );
  CREATE INDEX offline_by_recipient ON offline_messages (recipient, seq);
  CREATE INDEX offline_by_expiry ON offline_messages (expires_at);

  -- One store in one transaction: the retry check, the recipient's quota
  -- (under a lock per recipient, so two nodes cannot both take the last
  -- place) and the insert. status: 'stored', 'duplicate' or 'quota'.
  CREATE FUNCTION natter_offline_put(
    p_recipient text, p_sender text, p_message_id text, p_sealed bytea, p_sent_at double precision,
    p_now double precision, p_ttl double precision, p_max_messages integer, p_max_bytes bigint
  ) RETURNS TABLE (status text, seq bigint, stored_at double precision, expires_at double precision, sent_at double precision)
  LANGUAGE plpgsql AS $$
  DECLARE
    used_count bigint;
    used_bytes bigint;
  BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('natter-offline:' || p_recipient, 0));
    RETURN QUERY SELECT 'duplicate'::text, m.seq, m.stored_at, m.expires_at, m.sent_at FROM offline_messages m
      WHERE m.recipient = p_recipient AND m.sender = p_sender AND m.message_id = p_message_id;
    IF FOUND THEN RETURN; END IF;
    SELECT count(*), coalesce(sum(m.size), 0) INTO used_count, used_bytes FROM offline_messages m WHERE m.recipient = p_recipient;
    IF used_count + 1 > p_max_messages OR used_bytes + length(p_sealed) > p_max_bytes THEN
      RETURN QUERY SELECT 'quota'::text, 0::bigint, 0::float8, 0::float8, 0::float8;
      RETURN;
    END IF;
    RETURN QUERY INSERT INTO offline_messages AS m (recipient, sender, message_id, sealed, sent_at, stored_at, expires_at, size)
      VALUES (p_recipient, p_sender, p_message_id, p_sealed, p_sent_at, p_now, p_now + p_ttl, length(p_sealed))
      RETURNING 'stored'::text, m.seq, m.stored_at, m.expires_at, m.sent_at;
  END $$;
  `,
  // 2: accounts a registered site signs in (the web widget; sites.ts).
  `ALTER TABLE users ADD COLUMN site text`,
  // 3: extended delivery (docs/extended.md): receivers' channels and
  // settings with their notification schedule, and the outbound queue.
  // Items are claimed with SELECT ... FOR UPDATE SKIP LOCKED, so on a
  // cluster one node sends each.
  `
  CREATE TABLE notify_channels (
    owner       text NOT NULL,
    id          text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('email', 'sms', 'webhook')),
    address     text NOT NULL,
    secret      text NOT NULL,
    state       text NOT NULL CHECK (state IN ('unverified', 'active', 'disabled')),
    reason      text NOT NULL,
    created_at  double precision NOT NULL,
    verified_at double precision NOT NULL,
    failures    integer NOT NULL,
    code        jsonb,
    codes_sent  jsonb NOT NULL,
    unsubscribe text NOT NULL UNIQUE,       -- the token in its emails
    PRIMARY KEY (owner, id)
  );
  CREATE TABLE notify_prefs (
    owner            text PRIMARY KEY,
    delay_ms         double precision NOT NULL,
    every_ms         double precision NOT NULL,
    quiet            jsonb,
    allow            jsonb NOT NULL,
    notifications    boolean NOT NULL,
    due_at           double precision,
    last_notified_at double precision NOT NULL DEFAULT 0,
    covered_until    double precision NOT NULL DEFAULT 0
  );
  CREATE INDEX notify_prefs_due ON notify_prefs (due_at) WHERE due_at IS NOT NULL;
  CREATE TABLE notify_outbound (
    id              text PRIMARY KEY,
    owner           text NOT NULL,
    channel_id      text NOT NULL,
    kind            text NOT NULL,
    address         text NOT NULL,
    purpose         text NOT NULL,
    sender          text NOT NULL,
    payload         text NOT NULL,
    created_at      double precision NOT NULL,
    next_attempt_at double precision NOT NULL,
    attempts        integer NOT NULL,
    state           text NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
    lease_owner     text NOT NULL,
    lease_until     double precision NOT NULL,
    last_error      text NOT NULL,
    done_at         double precision NOT NULL
  );
  CREATE INDEX notify_outbound_open ON notify_outbound (next_attempt_at) WHERE state IN ('queued', 'sending');
  CREATE INDEX notify_outbound_created ON notify_outbound (created_at);
  CREATE INDEX notify_outbound_owner ON notify_outbound (owner, channel_id);
  `,
  // 4: a user's devices (docs/protocol.md, "Devices"): at most 8, always
  // read with the account and written as one set (an approval, a removal),
  // so a column of the user's row. Resume tokens and offline messages need
  // no change: their owner and recipient are device addresses (USER/DEVICE).
  `ALTER TABLE users ADD COLUMN devices jsonb NOT NULL DEFAULT '[]'::jsonb`,
];

/** Brings the schema up to date; returns the versions it applied. */
export async function migrate(client: PoolClient): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    // One node migrates at a time; the others wait here, then find nothing to do.
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('natter-schema', 0))`);
    await client.query('CREATE TABLE IF NOT EXISTS natter_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM natter_schema');
    for (let version = (rows[0]?.v ?? 0) + 1; version <= MIGRATIONS.length; version++) {
      await client.query(MIGRATIONS[version - 1]!);
      await client.query('INSERT INTO natter_schema (version) VALUES ($1)', [version]);
      applied.push(version);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
  return applied;
}
