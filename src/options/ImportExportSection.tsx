/** Export the settings as a rule pack, import one (after a preview), reset to defaults. */
import { useRef, useState } from 'preact/hooks';
import { exportPack, MAX_PACK_BYTES, packFileName, type PackReading, readPack, tooLarge } from '../settings/pack.ts';
import { isAnalysisChanged, resetAnalysis } from './edit.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { focusUndo } from './Header.tsx';
import type { SectionProps } from './useSettings.ts';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function readFile(file: File, current: SectionProps['settings']): Promise<PackReading> {
  // Check the size before reading: a 5 MB file of junk must not be read into the page at all.
  if (file.size > MAX_PACK_BYTES) return tooLarge(file.size);
  return readPack(await file.text(), current);
}

export function ImportExportSection({ settings, update }: SectionProps) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ name: string; reading: PackReading } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const onFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setDone(null);
    setPending({ name: file.name, reading: await readFile(file, settings) });
    if (input.current) input.current.value = '';
    requestAnimationFrame(() => document.getElementById('import-preview-title')?.focus());
  };

  return (
    <section class="section" id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">Import, export and reset</h2>
      <p class="section-intro">
        A rule pack is a JSON file of your settings. Export yours to back it up or to share it with your team; import one to use it here.
      </p>
      <div class="card card-stack">
        <div class="actions">
          <button type="button" class="button" onClick={() => download(packFileName(), `${JSON.stringify(exportPack(settings), null, 2)}\n`)}>
            Export rule pack
          </button>
          <button type="button" class="button" onClick={() => input.current?.click()}>
            Import rule pack…
          </button>
          <input
            ref={input}
            class="sr-only"
            type="file"
            accept=".json,application/json"
            tabIndex={-1}
            aria-label="Rule pack file to import"
            data-testid="import-file"
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
        </div>
        {pending && (
          <ImportPreview
            fileName={pending.name}
            reading={pending.reading}
            onCancel={() => setPending(null)}
            onApply={() => {
              if (!pending.reading.ok) return;
              const { next, changes } = pending.reading;
              update(() => next, 'Undo import');
              setPending(null);
              setDone(`Imported ${pending.name}: ${changes.length} setting${changes.length === 1 ? '' : 's'} changed.`);
              focusUndo();
            }}
          />
        )}
        <p class="field-note" role="status">
          {done}
        </p>
        <div class="reset-all">
          <div>
            <h3>Reset to defaults</h3>
            <p class="field-hint">Every rule, channel target and word list goes back to Parley's defaults. Sites and noise memory stay as they are.</p>
          </div>
          <button type="button" class="button danger" disabled={!isAnalysisChanged(settings)} onClick={() => (update(resetAnalysis, 'Undo reset'), focusUndo())}>
            Reset all rules
          </button>
        </div>
      </div>
    </section>
  );
}
