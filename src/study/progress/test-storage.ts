// A localStorage stand-in for the store's tests (vitest runs in Node, which has none), with switches
// to make it fail the ways browsers do.

export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  /** Every method throws (storage disabled, or a SecurityError in a sandboxed frame). */
  broken = false;
  /** setItem throws as when the quota is exceeded. */
  full = false;

  private check(): void {
    if (this.broken) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  get length(): number {
    this.check();
    return this.items.size;
  }
  key(index: number): string | null {
    this.check();
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.check();
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.check();
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.check();
    this.items.delete(key);
  }
  clear(): void {
    this.check();
    this.items.clear();
  }
  /** Everything stored, for before/after comparisons (bypasses `broken`). */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}
