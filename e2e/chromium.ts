/**
 * How this project starts Chromium, for the e2e tests and the app benchmark alike: Debian's
 * build (Playwright cannot download its own here), headless, as root, with no network.
 */
export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // Without these, Chromium's own calls home are refused by the closed network, many at a time.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
