// The localStorage key of the progress document, alone in its module: the course map's first load
// checks it (lesson-marks-slot.tsx), and importing schema.ts there would pull the whole of it in.
export const PROGRESS_KEY = 'go-atlas:progress';

/**
 * Dispatched on window after every write in this tab (the `storage` event covers other tabs), so
 * light readers such as the header's due count can follow changes without loading the store.
 */
export const PROGRESS_CHANGED_EVENT = 'go-atlas:progress-changed';
