/**
 * Copies text to the clipboard from an extension page. Uses the async Clipboard API and falls back to
 * a hidden textarea with `execCommand('copy')`, which still works in extension pages where the async
 * API is refused (e.g. a page without focus). Browser only; call from a user gesture.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    const active = doc.activeElement as HTMLElement | null;
    area.select();
    let ok: boolean;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    active?.focus();
    return ok;
  }
}
