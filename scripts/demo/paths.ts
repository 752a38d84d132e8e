/** Paths the demo uses, relative to the repository root (not the current directory). */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = resolve(ROOT, 'tests/fixtures');
export const OUTPUT_DIR = resolve(ROOT, 'demo-output');
export const DEMO_PAGE = 'demo-epr.html';
