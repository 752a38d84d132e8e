import { useState } from 'preact/hooks';
import { SiteProfileError } from '@/lib/extract/profile';
import { MAX_PROFILE_CHARS, removeSiteProfile, saveSiteProfile } from '@/lib/sites/profiles';
import { useSiteProfiles } from './use-site-profiles';

/** The "Site profiles" section: bundled (built-in) and added profiles, "Add profile" and "Remove". */
export function SiteProfiles() {
  const loaded = useSiteProfiles();
  if (!loaded) return <p class="muted">Reading site profiles…</p>;
  return (
    <>
      <ul class="plain site-list" data-testid="site-profiles">
        {loaded.entries.map(({ profile, builtIn }) => (
          <li key={profile.id} class="site-row" data-testid="site-profile" data-id={profile.id}>
            <span style={{ flex: '1 1 auto' }}>
              <strong>{profile.name}</strong> <span class="muted">({profile.id})</span>
              <br />
              <span class="site-origin">{profile.match.origins.join(', ')}</span>
            </span>
            {builtIn ? (
              <span class="muted" data-testid="profile-builtin">
                Built-in example
              </span>
            ) : (
              <RemoveButton id={profile.id} label={profile.name} />
            )}
          </li>
        ))}
      </ul>
      {loaded.invalid.length > 0 && (
        <div class="notice notice--error" data-testid="invalid-profiles">
          <p>These stored profiles are not used because they are invalid:</p>
          <ul>
            {loaded.invalid.map((bad) => (
              <li key={bad.index}>
                {bad.id ?? `Entry ${bad.index + 1}`}: {bad.issues.join('; ')}
                {bad.id !== undefined && <RemoveButton id={bad.id} label={bad.id} />}
              </li>
            ))}
          </ul>
        </div>
      )}
      <AddProfileForm />
    </>
  );
}

function RemoveButton({ id, label }: { id: string; label: string }) {
  return (
    <button
      type="button"
      class="button button--secondary"
      aria-label={`Remove profile ${label}`}
      onClick={() => void removeSiteProfile(id)}
      data-testid="remove-profile"
    >
      Remove
    </button>
  );
}

/** Paste profile JSON or choose a .json file; invalid profiles are refused with every issue listed. */
function AddProfileForm() {
  const [text, setText] = useState('');
  const [issues, setIssues] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);

  const add = async (json: string) => {
    setAdded(null);
    try {
      const profile = await saveSiteProfile(json);
      setIssues([]);
      setAdded(profile.name);
      setText('');
    } catch (e) {
      setIssues(e instanceof SiteProfileError ? e.issues : ['The profile could not be saved.']);
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after it is fixed
    if (!file) return;
    if (file.size > MAX_PROFILE_CHARS * 4) {
      setAdded(null);
      return setIssues([
        `(root): the file is larger than ${MAX_PROFILE_CHARS.toLocaleString('en-GB')} characters`,
      ]);
    }
    const json = await file.text();
    setText(json);
    await add(json);
  };

  return (
    <form
      class="add-site"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void add(text);
      }}
      data-testid="add-profile-form"
    >
      <label for="profile-json">Add a site profile (paste its JSON, or choose a .json file)</label>
      <textarea
        id="profile-json"
        rows={8}
        spellcheck={false}
        value={text}
        style={{ width: '100%', fontFamily: 'ui-monospace, monospace', border: '2px solid', padding: '6px' }}
        aria-invalid={issues.length ? 'true' : undefined}
        aria-describedby={issues.length ? 'profile-errors' : undefined}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        data-testid="profile-json"
      />
      <div class="add-site__row">
        <button type="submit" class="button" data-testid="add-profile">
          Add profile
        </button>
        <input
          type="file"
          accept=".json,application/json"
          aria-label="Choose a profile .json file"
          // The form's input rule is for text boxes; a file chooser needs no border.
          style={{ flex: '0 1 auto', border: 'none', padding: 0 }}
          onChange={(e) => void onFile(e.target as HTMLInputElement)}
          data-testid="profile-file"
        />
      </div>
      {issues.length > 0 && (
        <div id="profile-errors" class="field-error" role="alert" data-testid="profile-errors">
          <p>This profile was not added:</p>
          <ul>
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </div>
      )}
      {added && (
        <p class="muted" role="status" data-testid="profile-added">
          Added the profile "{added}". Open pages of its site switch to it within a few seconds.
        </p>
      )}
    </form>
  );
}
