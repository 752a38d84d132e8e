/** The trainee mode switch: small code badges beside each mention on the EPR page itself. */
export function TraineeSwitch({ on, onChange }: { on: boolean; onChange(on: boolean): void }) {
  return (
    <label class="switch" title="Show the top code beside each mention on the page">
      <input
        type="checkbox"
        role="switch"
        class="switch__input"
        checked={on}
        aria-checked={on}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        data-testid="trainee-toggle"
      />
      <span class="switch__track" aria-hidden="true" />
      <span class="switch__label">Trainee mode</span>
    </label>
  );
}
