// Signing in on the full page: an existing account (username, password) or
// a new one on this node. In the widget there is no form: the host site's
// token signs the user in, and this view only says what is happening.
import { h, replace } from './dom.js';

export interface SignInRequest {
  kind: 'login' | 'register';
  username: string;
  password: string;
  remember: boolean;
}

export class SignInView {
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly form: HTMLFormElement | undefined;
  private busy = false;

  constructor(mode: 'app' | 'widget', private readonly onSubmit: (request: SignInRequest) => Promise<void>) {
    this.status = h('p', { className: 'sign-in-status', role: 'alert', 'aria-live': 'assertive' });
    if (mode === 'widget') {
      this.element = h('main', { className: 'sign-in', 'aria-labelledby': 'sign-in-title' }, h('h1', { id: 'sign-in-title' }, 'natter chat'), this.status);
      return;
    }
    const username = h('input', { id: 'sign-in-user', name: 'username', autocomplete: 'username', required: true, minlength: 3, maxlength: 32, pattern: '[A-Za-z][A-Za-z0-9._\\-]{2,31}', autocapitalize: 'none', spellcheck: 'false' });
    const password = h('input', { id: 'sign-in-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, minlength: 8, maxlength: 1024 });
    const remember = h('input', { id: 'sign-in-remember', name: 'remember', type: 'checkbox', checked: true });
    const submit = (kind: SignInRequest['kind']) => async (event: Event) => {
      event.preventDefault();
      if (this.busy || !this.form!.reportValidity()) return;
      this.busy = true;
      this.say(kind === 'register' ? 'Creating your account and keys…' : 'Signing in…');
      try {
        await this.onSubmit({ kind, username: username.value.trim().toLowerCase(), password: password.value, remember: remember.checked });
      } finally {
        this.busy = false;
      }
    };
    this.form = h(
      'form',
      { className: 'sign-in-form', 'aria-labelledby': 'sign-in-title', onsubmit: submit('login') },
      h('label', { for: 'sign-in-user' }, 'Username'),
      username,
      h('label', { for: 'sign-in-password' }, 'Password'),
      password,
      h('label', { className: 'check', for: 'sign-in-remember' }, remember, ' Stay signed in on this browser'),
      h('div', { className: 'buttons' }, h('button', { type: 'submit', className: 'primary' }, 'Sign in'), h('button', { type: 'button', onclick: submit('register') }, 'Create account')),
    );
    this.element = h(
      'main',
      { className: 'sign-in' },
      h('h1', { id: 'sign-in-title' }, 'natter'),
      h('p', { className: 'hint' }, 'Messages are encrypted in this browser, end to end. Your key stays in this browser.'),
      this.form,
      this.status,
    );
    queueMicrotask(() => username.focus());
  }

  say(text: string, error = false): void {
    this.status.classList.toggle('error', error);
    replace(this.status, text);
  }
}
