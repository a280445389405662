// Asking the user before something they must consent to (an extended
// message leaving end-to-end encryption): on a terminal a y/N question;
// without one, only an explicit --yes will do.
import { createInterface } from 'node:readline';
import { CliError } from './errors.js';

export async function confirmOnTerminal(warning: string, question: string, yes: boolean, flag = '--yes'): Promise<void> {
  if (yes) return;
  if (!process.stdin.isTTY || !process.stderr.isTTY) {
    throw new CliError('CONFIRMATION_REQUIRED', `${warning} Without a terminal to ask on, give ${flag} to send it anyway`);
  }
  process.stderr.write(`${warning}\n`);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await new Promise<string>((resolve) => {
    rl.question(`${question} [y/N] `, resolve);
    rl.once('close', () => resolve(''));
  });
  rl.close();
  if (!/^y(es)?$/i.test(answer.trim())) throw new CliError('CANCELLED', 'not sent');
}
