// Driving natter's web client in Chromium the way a person does: by labels
// and button names (which also holds the accessible names to account).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
// @ts-expect-error: plain .mjs build script
import { bundleWeb } from '../../scripts/bundle.mjs';

export const WEB_PASSWORD = 'correct horse battery';

/** The web client built into a temporary directory, for a node to serve (webDir). */
export async function buildWebClient(): Promise<{ dir: string; sizes: Record<string, { raw: number; gzip: number }>; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'natter-web-'));
  const sizes = await bundleWeb(dir);
  return { dir, sizes, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

type Surface = Page | FrameLocator | Frame;

/** Signs up (kind 'register') or in on the full page, and waits for the signed-in screen. */
export async function signInOnPage(page: Page, appUrl: string, username: string, kind: 'register' | 'login' = 'register'): Promise<void> {
  await page.goto(appUrl);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(WEB_PASSWORD);
  await page.getByRole('button', { name: kind === 'register' ? 'Create account' : 'Sign in' }).click();
  await page.locator('.top .me', { hasText: username }).waitFor({ timeout: 15_000 });
}

/** The buddy's entry in the list (its accessible name starts with the buddy's name). */
export function buddyButton(surface: Surface, buddy: string) {
  return surface.getByRole('button', { name: new RegExp(`^${buddy},`) });
}

/** Waits until the buddy shows as online in the list. */
export async function waitOnline(surface: Surface, buddy: string): Promise<void> {
  await surface.getByRole('button', { name: new RegExp(`^${buddy}, online`) }).waitFor({ timeout: 15_000 });
}

/** Waits until the buddy's entry shows the path: direct (a WebRTC data channel) or relayed. */
export async function waitPath(surface: Surface, buddy: string, path: 'direct' | 'relayed', timeout = 20_000): Promise<void> {
  await surface.getByRole('button', { name: new RegExp(`^${buddy}, online.*, ${path}`) }).waitFor({ timeout });
}

export async function openConversation(surface: Surface, buddy: string): Promise<void> {
  await buddyButton(surface, buddy).click();
  await surface.getByLabel(`Message to ${buddy}`).waitFor();
}

/** Types into the open conversation and presses Enter, as a person does. */
export async function sendMessage(surface: Surface, buddy: string, text: string): Promise<void> {
  const box = surface.getByLabel(`Message to ${buddy}`);
  await box.fill(text);
  await box.press('Enter');
}

/** A message row in the open conversation's log, by its text. */
export function messageRow(surface: Surface, buddy: string, text: string) {
  return surface.getByRole('log', { name: `Messages with ${buddy}` }).locator('li', { hasText: text });
}
