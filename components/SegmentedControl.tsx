/** A labelled group of radio buttons drawn as a segmented control (system filter, code format). */
export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
  /** Longer accessible description, e.g. an example of the format. */
  title?: string;
}

interface Props<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: SegmentedOption<T>[];
  onChange(value: T): void;
  testId: string;
}

export function SegmentedControl<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  testId,
}: Props<T>) {
  return (
    <fieldset class="segmented" data-testid={testId}>
      <legend class="segmented__legend">{legend}</legend>
      <div class="segmented__options">
        {options.map((o) => (
          <label key={o.value} class="segmented__option" title={o.title}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
              data-testid={`${testId}-${o.value}`}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
