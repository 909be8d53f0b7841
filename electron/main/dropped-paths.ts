// Which paths a window's page may ask main to read. Dialogs read their results in main
// and never need this; dropped files do: only the preload can turn a dropped File into
// its path (webUtils.getPathForFile), so the preload reports the paths of each trusted
// drop event here, and readPaths reads only those, for a short while after the drop. A
// page that forges a readPaths request (a compromised renderer posting raw IPC) with
// any other path, or an old one, is refused.

/** A drop is read right after it happens; later, its grant is gone. */
export const DROP_GRANT_LIFETIME_MS = 60_000;

type Grant = { paths: Set<string>; until: number };

export class DroppedPathGrants {
  private readonly bySender = new Map<number, Grant[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Records the paths of one drop on the page of web contents `senderId`. */
  grant(senderId: number, paths: readonly string[]): void {
    const live = this.live(senderId);
    live.push({ paths: new Set(paths), until: this.now() + DROP_GRANT_LIFETIME_MS });
    this.bySender.set(senderId, live);
  }

  /** Whether every path was dropped on that page within the lifetime. */
  covers(senderId: number, paths: readonly string[]): boolean {
    const live = this.live(senderId);
    return paths.every((target) => live.some((grant) => grant.paths.has(target)));
  }

  /** Forgets a page's grants (its web contents are gone). */
  forget(senderId: number): void {
    this.bySender.delete(senderId);
  }

  private live(senderId: number): Grant[] {
    const now = this.now();
    const live = (this.bySender.get(senderId) ?? []).filter((grant) => grant.until > now);
    if (live.length === 0) this.bySender.delete(senderId);
    return live;
  }
}
