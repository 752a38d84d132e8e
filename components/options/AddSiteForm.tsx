import { useState } from 'preact/hooks';
import { parseSiteInput, requestSiteAccess } from '@/lib/sites/manage';

/** "Add site": checks the address, then asks the browser for access to that one origin. */
export function AddSiteForm() {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setAdded(null);
    const parsed = parseSiteInput(value);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    // No await before this call: the permission prompt needs the click's user gesture.
    void requestSiteAccess(parsed.origin).then((result) => {
      setError(result.ok ? null : (result.error ?? 'Sidecoder could not be allowed on this site.'));
      if (result.ok) {
        setAdded(parsed.origin);
        setValue('');
      }
    });
  };

  return (
    <form class="add-site" onSubmit={onSubmit} noValidate data-testid="add-site-form">
      <label for="add-site-input">Add an EPR site</label>
      <div class="add-site__row">
        <input
          id="add-site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="https://epr.trust.nhs.uk"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'add-site-error' : undefined}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          data-testid="add-site-input"
        />
        <button type="submit" class="button" data-testid="add-site">
          Add site
        </button>
      </div>
      {error && (
        <p id="add-site-error" class="field-error" role="alert" data-testid="add-site-error">
          {error}
        </p>
      )}
      {added && (
        <p class="muted" role="status" data-testid="add-site-done">
          Sidecoder now reads pages on {added}.
        </p>
      )}
    </form>
  );
}
