/**
 * What one run of the loader has already written and committed, so the next batches skip rows that
 * would change nothing: an agency row identical to one written before (with its IN_UNIT link and
 * group memberships made then), a unit row identical to one written before, an alias already made.
 * A plan of one commune names the same twenty provincial bodies as the thousand plans before it.
 *
 * Safe because loads only add to these nodes (no load removes an agency, its IN_UNIT or MEMBER_OF
 * links, or an alias), and a batch's rows enter the memo only once its transaction has committed.
 * Not used with --replace: a replaced document removes the PART_OF edges it created, which a later
 * identical unit row must then write again.
 */
export class LoadMemo {
  private readonly done = new Map<string, string>();
  private pending = new Map<string, string>();

  /** Whether this row (kind + key, compared by value) is the last one written under its key. */
  has(kind: string, key: string, row: unknown): boolean {
    const k = `${kind}\u0000${key}`;
    return (this.pending.get(k) ?? this.done.get(k)) === JSON.stringify(row);
  }

  /**
   * The rows that would change something, in order: a row equal to the last one written under its
   * key is left out, every other row is noted as the last written (kept if the batch commits).
   */
  fresh<T>(kind: string, rows: T[], key: (r: T) => string, value: (r: T) => unknown = (r) => r): T[] {
    return rows.filter((r) => {
      if (this.has(kind, key(r), value(r))) return false;
      this.note(kind, key(r), value(r));
      return true;
    });
  }

  /** Remember a row written by the batch in progress (kept only if the batch commits). */
  note(kind: string, key: string, row: unknown): void {
    this.pending.set(`${kind}\u0000${key}`, JSON.stringify(row));
  }

  /** The batch in progress starts (again: a retried transaction notes its rows anew). */
  begin(): void {
    this.pending = new Map();
  }

  /** The batch committed: its rows are written. */
  commit(): void {
    for (const [k, v] of this.pending) this.done.set(k, v);
    this.pending = new Map();
  }

  get size(): number {
    return this.done.size;
  }
}
