/**
 * Ids of the playgrounds that exist. Plain data so the build (frontmatter and <Playground id> checks)
 * and the runtime registry share one list.
 */
export const PLAYGROUND_IDS = [] as const;
export type PlaygroundId = (typeof PLAYGROUND_IDS)[number];
