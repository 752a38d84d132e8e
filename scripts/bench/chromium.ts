// Typed access to scripts/lib/chromium.mjs (plain JS shared with `npm test`).
type EnsureChromium = () => string | null;

/** Debian's Chromium (or CHROMIUM_PATH), installed when running as root; null with a printed hint. */
export async function ensureChromium(): Promise<string | null> {
  const path: string = '../lib/chromium.mjs';
  const mod = (await import(path)) as { ensureChromium: EnsureChromium };
  return mod.ensureChromium();
}
