// Your devices: every device of the account (this browser among them), and
// what a user does with them in a messenger: let a new one in by the code it
// shows, rename one, remove one (a waiting one: decline it). The code
// commits to the new device's key, so the node cannot let in another key
// (docs/security.md, "Devices"); this browser signs the approval.
import type { DeviceInfo } from '@natter/peer/core';
import { fullDate, h, replace } from './dom.js';

export interface DevicesActions {
  devices(): DeviceInfo[];
  refresh(): Promise<unknown>;
  approve(code: string, name: string | undefined): Promise<DeviceInfo>;
  /** `id`: the device's id in hex. */
  remove(id: string): Promise<DeviceInfo>;
  rename(id: string, name: string): Promise<DeviceInfo>;
}

export class DevicesView {
  readonly dialog: HTMLDialogElement;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;

  constructor(private readonly actions: DevicesActions) {
    this.list = h('ul', { className: 'devices', 'aria-label': 'Your devices' });
    this.status = h('p', { className: 'hint', role: 'status' });
    const code = h('input', { id: 'link-code', placeholder: 'XXXXX-XXXXX', autocomplete: 'off', spellcheck: 'false', maxlength: 16, required: true });
    const name = h('input', { 'aria-label': 'Name for the new device (optional)', placeholder: 'name (optional)', maxlength: 40 });
    const approve = h(
      'form',
      {
        className: 'approve',
        onsubmit: (event: Event) => {
          event.preventDefault();
          void this.run(async () => {
            const device = await actions.approve(code.value.trim(), name.value.trim() || undefined);
            code.value = '';
            name.value = '';
            return `${device.name} is one of your devices now`;
          });
        },
      },
      h('label', { for: 'link-code' }, 'Code shown on the new device'),
      h('div', { className: 'row' }, code, name, h('button', { type: 'submit', className: 'primary' }, 'Approve')),
    );
    this.dialog = h(
      'dialog',
      { className: 'devices-dialog', 'aria-labelledby': 'devices-title' },
      h('h2', { id: 'devices-title' }, 'Your devices'),
      this.list,
      approve,
      this.status,
      h('form', { method: 'dialog' }, h('button', { type: 'submit' }, 'Close')),
    );
  }

  /** Shows the dialog with the list as known, then as the node says now. */
  open(): void {
    replace(this.status, '');
    this.render();
    if (!this.dialog.open) this.dialog.showModal();
    void this.run(async () => {
      await this.actions.refresh();
      return '';
    });
  }

  /** The list changed (the node pushes it on every change). */
  render(): void {
    replace(this.list, ...this.actions.devices().map((d) => this.row(d)));
  }

  private row(device: DeviceInfo): HTMLLIElement {
    const state =
      device.state === 'pending'
        ? 'waiting for approval'
        : device.self
          ? 'this browser'
          : device.online
            ? 'online'
            : `offline${device.lastSeen ? `, last seen ${fullDate(device.lastSeen)}` : ''}`;
    const newName = h('input', { 'aria-label': `New name for ${device.name}`, value: device.name, maxlength: 40, required: true });
    const rename = h(
      'form',
      {
        className: 'row',
        onsubmit: (event: Event) => {
          event.preventDefault();
          void this.run(async () => `renamed to ${(await this.actions.rename(device.id, newName.value.trim())).name}`);
        },
      },
      newName,
      h('button', { type: 'submit' }, 'Rename'),
    );
    const remove = device.self
      ? null
      : h(
          'button',
          {
            type: 'button',
            onclick: () => void this.run(async () => `${(await this.actions.remove(device.id)).name} ${device.state === 'pending' ? 'declined' : 'removed: nothing more goes to it'}`),
          },
          device.state === 'pending' ? `Decline ${device.name}` : `Remove ${device.name}`,
        );
    return h(
      'li',
      { 'data-device': device.id },
      h('strong', { className: 'name' }, device.name),
      ' ',
      h('code', {}, device.id.slice(0, 8)),
      ' ',
      h('span', { className: 'state' }, state),
      device.state === 'active' ? rename : null,
      remove,
    );
  }

  /** Runs one action; what it says (or its error) shows under the list. */
  private async run(action: () => Promise<string>): Promise<void> {
    try {
      const said = await action();
      if (said) replace(this.status, said);
    } catch (err) {
      replace(this.status, (err as Error).message);
    }
    this.render();
  }
}
