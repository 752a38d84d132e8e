import { builtinSiteRows, enabledSiteRows } from '@/lib/sites/site-rows';
import { disableSite, enableBuiltin, requestSiteAccess } from '@/lib/sites/manage';
import { AddSiteForm } from './AddSiteForm';
import { useSiteSettings } from './use-site-settings';

/** The "EPR sites" section: built-in switches, enabled origins and "Add site". */
export function EprSites() {
  const state = useSiteSettings();
  if (!state) return <p class="muted">Reading site settings…</p>;
  const builtins = builtinSiteRows(state.settings);
  const enabled = enabledSiteRows(state.settings, state.granted);
  return (
    <>
      <h3 class="sites-heading">Demo and test pages</h3>
      <ul class="plain site-list" data-testid="builtin-sites">
        {builtins.map((row) => (
          <li key={row.origin} class="site-row" data-testid="builtin-site" data-origin={row.origin}>
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                checked={row.on}
                onChange={(e) =>
                  void ((e.target as HTMLInputElement).checked
                    ? enableBuiltin(row.origin)
                    : disableSite(row.origin))
                }
                data-testid="builtin-site-switch"
              />
              <span>{row.label}</span>
            </label>
            <span class="muted">{row.on ? 'On' : 'Off'}</span>
          </li>
        ))}
      </ul>
      <p class="muted">
        Local files also need "Allow access to file URLs" on Sidecoder's page in the browser's extension
        settings.
      </p>

      <h3 class="sites-heading">Your EPR sites</h3>
      {enabled.length === 0 ? (
        <p class="muted" data-testid="no-enabled-sites">
          No EPR site added yet. Add your trust's EPR address below, or use "Enable Sidecoder on this site" in
          the side panel.
        </p>
      ) : (
        <ul class="plain site-list" data-testid="enabled-sites">
          {enabled.map((row) => (
            <li key={row.origin} class="site-row" data-testid="enabled-site" data-origin={row.origin}>
              <span class="site-origin">{row.origin}</span>
              {row.granted ? (
                <span class="muted">Allowed</span>
              ) : (
                <button
                  type="button"
                  class="link"
                  onClick={() => void requestSiteAccess(row.origin)}
                  data-testid="grant-site"
                >
                  Access withdrawn: allow again
                </button>
              )}
              <button
                type="button"
                class="button button--secondary"
                aria-label={`Remove ${row.origin}`}
                onClick={() => void disableSite(row.origin)}
                data-testid="remove-site"
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddSiteForm />
      <p class="muted" data-testid="sites-policy-note">
        Your trust will be able to fill this list by managed policy in a later version; sites set that way
        will be shown here as locked.
      </p>
    </>
  );
}
