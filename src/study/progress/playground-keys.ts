// Where a playground keeps its state in localStorage. Shared by the playgrounds (which write these keys)
// and the progress migration from version 0 (which reads them): one definition of the format.

const PREFIX = 'atlas-playground:';

/**
 * The localStorage key for a playground state key such as `protobuf:page`, `docker-layers:default` or
 * `pod-lifecycle` (the part before the first `:` is always the playground's id).
 */
export function playgroundStorageKey(key: string): string {
  return PREFIX + key;
}

/** The playground id a localStorage key belongs to, or undefined when it is not a playground's key. */
export function playgroundIdOfStorageKey(storageKey: string): string | undefined {
  if (!storageKey.startsWith(PREFIX)) return undefined;
  const id = storageKey.slice(PREFIX.length).split(':')[0]!;
  return /^[a-z0-9-]+$/.test(id) ? id : undefined;
}
