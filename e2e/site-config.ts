/**
 * Where the e2e suite finds the built sites. `npm test` uses the defaults; E2E_DIST / E2E_PORT (and
 * E2E_SKIP_SUB=1) let one run a single spec against another build without touching dist/.
 */
export const DIST = process.env.E2E_DIST ?? 'dist';
export const PORT = Number(process.env.E2E_PORT ?? 4311);
export const SUB_DIST = process.env.E2E_SUB_DIST ?? 'dist-sub';
export const SUB_PORT = Number(process.env.E2E_SUB_PORT ?? 4312);
export const SKIP_SUB = process.env.E2E_SKIP_SUB === '1';
