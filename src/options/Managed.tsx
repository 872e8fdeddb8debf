/**
 * A setting the organisation's pack sets (settings/managed.ts): marked as set by it, and
 * locked. A disabled fieldset disables every control inside it, whatever the control.
 */
import type { ComponentChildren } from 'preact';

export function Managed({ locked, children }: { locked: boolean; children: ComponentChildren }) {
  if (!locked) return <>{children}</>;
  return (
    <fieldset class="managed" disabled data-managed>
      <legend class="managed-tag">Set by your organisation</legend>
      {children}
    </fieldset>
  );
}

/** Says, once at the top, that some settings are the organisation's, and what was wrong in its pack. */
export function ManagedNotice({ locked, problems }: { locked: ReadonlySet<string>; problems: string[] }) {
  if (locked.size === 0 && problems.length === 0) return null;
  return (
    <div class="notice notice-info" role="region" aria-labelledby="managed-title" data-testid="managed-notice">
      <p class="notice-title" id="managed-title">
        Your organisation manages {locked.size} of these settings
      </p>
      <p>They are marked “Set by your organisation” and locked here; everything else is yours to change.</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
