// Accounts known to the fake. Any login may act; unknown ones are created on first use, as a Bot
// when the login ends in `[bot]` (the way GitHub names app accounts).
import { type IdAllocator, nodeId } from './ids.ts';
import type { AccountType, UserRecord } from './records.ts';

/** Real ids, so payloads compared with recordings look familiar. */
const WELL_KNOWN_IDS: Record<string, number> = { 'github-actions[bot]': 41898282 };

export class UserDirectory {
  readonly #ids: IdAllocator;
  readonly #byLogin = new Map<string, UserRecord>();

  constructor(ids: IdAllocator) {
    this.#ids = ids;
  }

  add(login: string, options: { type?: AccountType; name?: string | null } = {}): UserRecord {
    const type = options.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
    const id = WELL_KNOWN_IDS[login] ?? this.#ids.next();
    const prefix = type === 'Bot' ? 'BOT' : type === 'Organization' ? 'O' : 'U';
    const user: UserRecord = { login, id, nodeId: nodeId(prefix, id), type, name: options.name ?? null };
    this.#byLogin.set(login.toLowerCase(), user);
    return user;
  }

  get(login: string): UserRecord {
    return this.find(login) ?? this.add(login);
  }

  find(login: string): UserRecord | undefined {
    return this.#byLogin.get(login.toLowerCase());
  }

  all(): UserRecord[] {
    return [...this.#byLogin.values()];
  }
}
