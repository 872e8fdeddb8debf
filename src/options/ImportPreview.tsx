/**
 * What an import would do, before it is done: the error that stopped it, or the problems
 * found, the settings that would change (from -> to) and Apply / Cancel.
 */
import type { PackReading } from '../settings/pack.ts';

interface ImportPreviewProps {
  fileName: string;
  reading: PackReading;
  onApply: () => void;
  onCancel: () => void;
}

export function ImportPreview({ fileName, reading, onApply, onCancel }: ImportPreviewProps) {
  if (!reading.ok) {
    return (
      <div class="notice notice-error" role="alert" data-testid="import-error">
        <p class="notice-title">Could not import {fileName}</p>
        <p>{reading.error}</p>
        <button type="button" class="button" onClick={onCancel}>
          Dismiss
        </button>
      </div>
    );
  }
  const { changes, problems, exportedAt } = reading;
  const date = exportedAt && !Number.isNaN(Date.parse(exportedAt)) ? new Date(exportedAt).toLocaleString('en') : null;
  return (
    <div class="import-preview" role="region" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h3 id="import-preview-title" tabIndex={-1}>
        Import {fileName}?
      </h3>
      {date && <p class="field-hint">Exported {date}.</p>}
      {problems.length > 0 && (
        <div class="notice notice-warning" data-testid="import-problems">
          <p class="notice-title">
            {problems.length} part{problems.length === 1 ? '' : 's'} of this file will not be imported:
          </p>
          <ul>
            {problems.slice(0, 50).map((p) => (
              <li key={p}>{p}</li>
            ))}
            {problems.length > 50 && <li>…and {problems.length - 50} more.</li>}
          </ul>
        </div>
      )}
      {changes.length === 0 ? (
        <p>Nothing would change: these settings are already yours.</p>
      ) : (
        <table class="changes">
          <caption>
            {changes.length} setting{changes.length === 1 ? '' : 's'} would change
          </caption>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Now</th>
              <th scope="col">After import</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={`${c.section}:${c.label}`}>
                <th scope="row">
                  <span class="change-section">{c.section}</span> {c.label}
                </th>
                <td>{c.from}</td>
                <td>{c.to}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        {changes.length > 0 && (
          <button type="button" class="button primary" onClick={onApply}>
            {problems.length ? 'Apply the valid changes' : 'Apply changes'}
          </button>
        )}
        <button type="button" class="button" onClick={onCancel}>
          {changes.length ? 'Cancel' : 'Close'}
        </button>
      </div>
    </div>
  );
}
