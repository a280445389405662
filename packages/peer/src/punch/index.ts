export { planPunch, BIRTHDAY_PORTS, BIRTHDAY_SOCKETS } from './planner.js';
export type { PunchStrategy } from './planner.js';
export { PunchAttempt } from './attempt.js';
export type { PunchAttemptOptions, PunchPath } from './attempt.js';
export { probeMac, probeAckMac } from './probe.js';
