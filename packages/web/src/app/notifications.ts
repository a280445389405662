// Desktop notifications for messages that arrive while the tab is hidden.
// The browser asks the user once, on a click (it refuses to ask otherwise).
export async function enableNotifications(): Promise<string> {
  if (!('Notification' in globalThis)) return 'not supported here';
  if (Notification.permission === 'default') await Notification.requestPermission();
  return Notification.permission === 'granted' ? 'on' : Notification.permission === 'denied' ? 'blocked in the browser settings' : 'off';
}

export function notify(title: string, body: string, onClick: () => void): void {
  if (!document.hidden || !('Notification' in globalThis) || Notification.permission !== 'granted') return;
  const n = new Notification(title, { body: body.length > 160 ? `${body.slice(0, 157)}…` : body, tag: `natter:${title}` });
  n.onclick = () => {
    window.focus();
    onClick();
    n.close();
  };
}
