// Unit tests run in Node with a fake IndexedDB and WXT's fake browser; real-browser behaviour is
// covered by the Playwright suites in tests/e2e.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
