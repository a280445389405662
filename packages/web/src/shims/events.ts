// node:events for the browser bundle: the part of EventEmitter the peer core
// uses (on, once, off, emit, listenerCount, removeAllListeners), typed the
// same way, so its modules run unchanged. scripts/bundle.mjs aliases
// node:events here.
type Listener = (...args: any[]) => void;

export class EventEmitter<Events extends Record<keyof Events, unknown[]> = Record<string, unknown[]>> {
  private readonly listenersByEvent = new Map<keyof Events, Listener[]>();

  on<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): this {
    const list = this.listenersByEvent.get(event) ?? [];
    list.push(listener as Listener);
    this.listenersByEvent.set(event, list);
    return this;
  }

  addListener<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): this {
    return this.on(event, listener);
  }

  once<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): this {
    const wrapped = (...args: Events[K]) => {
      this.off(event, wrapped);
      listener(...args);
    };
    return this.on(event, wrapped);
  }

  off<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): this {
    const list = this.listenersByEvent.get(event);
    if (!list) return this;
    const i = list.indexOf(listener as Listener);
    if (i >= 0) list.splice(i, 1);
    return this;
  }

  removeListener<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): this {
    return this.off(event, listener);
  }

  removeAllListeners(event?: keyof Events): this {
    if (event === undefined) this.listenersByEvent.clear();
    else this.listenersByEvent.delete(event);
    return this;
  }

  listenerCount(event: keyof Events): number {
    return this.listenersByEvent.get(event)?.length ?? 0;
  }

  setMaxListeners(): this {
    return this;
  }

  emit<K extends keyof Events>(event: K, ...args: Events[K]): boolean {
    const list = this.listenersByEvent.get(event);
    if (!list?.length) {
      // Node throws an unhandled 'error'; so does this, so a bug is not silent.
      if (event === 'error') throw args[0] instanceof Error ? args[0] : new Error(String(args[0]));
      return false;
    }
    for (const listener of [...list]) listener(...args);
    return true;
  }
}

export default EventEmitter;
