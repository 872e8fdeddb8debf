/** Tells the user what was reset when their saved settings could not all be used. */
export function RepairNotice({ repairs, onDismiss }: { repairs: string[]; onDismiss: () => void }) {
  if (repairs.length === 0) return null;
  return (
    <div class="notice notice-warning repair-notice" role="region" aria-labelledby="repair-title" data-testid="repair-notice">
      <p class="notice-title" id="repair-title">
        Some saved settings could not be used, so Parley reset them
      </p>
      <ul>
        {repairs.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <button type="button" class="button" onClick={onDismiss}>
        OK, keep the repaired settings
      </button>
    </div>
  );
}
