import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { Host } from '../host';
import type { USER_OPERATION_NAMES } from '../../../shared/contract/names-users';
import { passphraseBytes } from '../crypto/passphrase';
import { unlockWithPassphrase } from '../vault/open-vault';
import { unlockWait } from '../vault/unlock-backoff';
import { addUser, listUsers, removeUser } from '../users/user-admin';
import { getVaultUser } from '../users/users-store';

type Names = (typeof USER_OPERATION_NAMES)[number];

/** Handlers of issue 7: users, roles and the identity key. */
export function createUsersHandlers(state: VaultState, host: Host): Pick<Handlers, Names> {
  void host;
  return {
    'users.unlock': (input) =>
      state.exclusive(async () => {
        if (state.isUnlocked()) return { ok: true as const };
        state.open(await unlockWithPassphrase(state.dir, passphraseBytes(input.passphrase), { username: input.username }));
        return { ok: true as const };
      }),
    'users.unlockStatus': async () => unlockWait(state.dir),
    'users.me': async () => {
      const session = state.current();
      const { user } = session;
      const createdAt = getVaultUser(session.db, user.id)?.createdAt ?? '';
      return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, createdAt, holdsIdentityKey: session.holdsIdentityKey };
    },
    'users.list': async () => ({ items: listUsers(state.current()) }),
    'users.add': (input) =>
      state.exclusive(() => addUser(state.current(), { username: input.username, displayName: input.displayName, role: input.role, passphrase: passphraseBytes(input.passphrase) })),
    'users.remove': (input) =>
      state.exclusive(async () => {
        await removeUser(state.current(), input.userId);
        return { ok: true as const };
      }),
  };
}
