/**
 * A polite live region announcing what was copied. It is always in the DOM so screen readers pick up
 * changes; the text alone changes.
 */
export function CopyStatus({
  message,
  error,
  testId = 'copy-status',
}: {
  message: string;
  error?: boolean;
  testId?: string;
}) {
  return (
    <p
      class={`copy-status${error ? ' copy-status--error' : ''}${message ? ' copy-status--shown' : ''}`}
      role="status"
      aria-live="polite"
      data-testid={testId}
    >
      {message}
    </p>
  );
}
