export { planPunch, BIRTHDAY_PORTS, BIRTHDAY_SOCKETS } from './planner.js';
export type { PunchStrategy } from './planner.js';
export { PunchAttempt, OPENER_TTL } from './attempt.js';
export { punchTargets, PREDICTED_PORTS } from './targets.js';
export type { PunchTarget } from './targets.js';
export type { PunchAttemptOptions, PunchPath } from './attempt.js';
export { probeMac, probeAckMac } from './probe.js';
