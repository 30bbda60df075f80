/** Fails `npm test` with one clear line, not a stack trace, when there is no browser to test with. */
import { findChromium, NO_BROWSER_MESSAGE } from './browser.ts';

if (!findChromium()) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
