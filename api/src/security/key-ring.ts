import { keyId } from './key-id.js'

export type MasterKeys = { readonly current: Buffer; readonly previous: readonly Buffer[] }

/**
 * The master keys a process holds: the current one encrypts, every one decrypts. During a key rotation the
 * previous key is loaded beside the new one, so reads never stop; `reload` picks up a key file a rotation wrote.
 */
export type KeyRing = {
  current(): { id: string; key: Buffer }
  /** The key with this id, reloading the key files once if it is not loaded (a rotation may have just written it). */
  find(id: string): Buffer | undefined
  all(): { id: string; key: Buffer }[]
  ids(): string[]
  reload(): void
}

/** `changed` says when the keys' source was rewritten (a rotation swapped the key file); the ring then reads it again. */
export function createKeyRing(load: () => MasterKeys, changed: () => boolean = () => false): KeyRing {
  let keys: { id: string; key: Buffer }[] = []
  const read = () => {
    const loaded = load()
    keys = [loaded.current, ...loaded.previous].map((key) => ({ id: keyId(key), key }))
  }
  read()
  return {
    current() {
      if (changed()) read()
      return keys[0]!
    },
    find(id) {
      const found = keys.find((k) => k.id === id)
      if (found) return found.key
      read()
      return keys.find((k) => k.id === id)?.key
    },
    all: () => [...keys],
    ids: () => keys.map((k) => k.id),
    reload: read,
  }
}

/** A ring of fixed keys, for tests and commands that hold their keys themselves. */
export const fixedKeyRing = (current: Buffer, previous: readonly Buffer[] = []): KeyRing => createKeyRing(() => ({ current, previous }))
