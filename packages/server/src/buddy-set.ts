// A session's mutual buddies: a sorted array searched by halves. A Set of
// twenty names costs about 660 bytes of hash table per session; the array
// costs 8 bytes a name, and a lookup in a thousand names is ten
// comparisons (docs/architecture.md, "Memory per session").

export class BuddySet implements Iterable<string> {
  private names: string[];

  constructor(names: Iterable<string> = []) {
    this.names = [...new Set(names)].sort();
  }

  get size(): number {
    return this.names.length;
  }

  /** Where `name` is, or ~(where it would go). */
  private find(name: string): number {
    let low = 0;
    let high = this.names.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const here = this.names[mid]!;
      if (here === name) return mid;
      if (here < name) low = mid + 1;
      else high = mid - 1;
    }
    return ~low;
  }

  has(name: string): boolean {
    return this.find(name) >= 0;
  }

  add(name: string): void {
    const at = this.find(name);
    if (at < 0) this.names.splice(~at, 0, name);
  }

  delete(name: string): boolean {
    const at = this.find(name);
    if (at < 0) return false;
    this.names.splice(at, 1);
    return true;
  }

  clear(): void {
    this.names = [];
  }

  [Symbol.iterator](): Iterator<string> {
    return this.names[Symbol.iterator]();
  }
}
