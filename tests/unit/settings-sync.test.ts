import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/core/rules/index.ts';
import { repairSettings } from '../../src/settings/repair.ts';
import { itemBytes, QUOTA_BYTES_PER_ITEM, readSettingsItems, type SyncArea, toStored, writeSettingsItems } from '../../src/settings/sync.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/settings/schema.ts';

/** storage.sync as Chrome enforces it: values stored as JSON, refused past either quota. */
class QuotaSyncArea implements SyncArea {
  readonly data = new Map<string, string>();
  async get(keys: string[] | null): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.data) if (keys === null || keys.includes(k)) out[k] = JSON.parse(v);
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(items)) {
      if (itemBytes(k, v) > QUOTA_BYTES_PER_ITEM) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${k})`);
    }
    for (const [k, v] of Object.entries(items)) this.data.set(k, JSON.stringify(v));
  }
  async remove(keys: string[]): Promise<void> {
    for (const k of keys) this.data.delete(k);
  }
}

const withAllowList = (items: string[]): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), analysis: { words: { allow: items } } });
const withFlagList = (items: string[]): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), analysis: { words: { flag: items } } });
const roundTrip = async (area: QuotaSyncArea) => repairSettings((await readSettingsItems(area, SETTINGS_KEY)).value, RULES).settings;

describe('settings in storage.sync', () => {
  test('defaults store as nothing but the version', () => {
    expect(toStored(DEFAULT_SETTINGS)).toEqual({ version: DEFAULT_SETTINGS.version });
  });

  test('small settings take one item and read back the same', async () => {
    const area = new QuotaSyncArea();
    const settings = withAllowList(['Best Buy']);
    expect(await writeSettingsItems(area, SETTINGS_KEY, toStored(settings))).toMatchObject({ ok: true });
    expect([...area.data.keys()]).toEqual([SETTINGS_KEY]);
    expect(await roundTrip(area)).toEqual(settings);
  });

  test('settings past the per-item quota are split into parts that each fit, and read back whole', async () => {
    const area = new QuotaSyncArea();
    // 400 phrases of ~70 characters, some outside the BMP: about 28 KB.
    const items = Array.from({ length: 400 }, (_, i) => `phrase number ${i} with a "quote" and an emoji 🎉 ${'x'.repeat(20)}`);
    const settings = withFlagList(items);
    expect(await writeSettingsItems(area, SETTINGS_KEY, toStored(settings))).toMatchObject({ ok: true });
    expect(area.data.size).toBeGreaterThan(3);
    expect(await roundTrip(area)).toEqual(settings);

    // Back to small: the parts are removed, not left behind.
    expect(await writeSettingsItems(area, SETTINGS_KEY, toStored(withAllowList(['Best Buy'])))).toMatchObject({ ok: true });
    expect([...area.data.keys()]).toEqual([SETTINGS_KEY]);
    expect((await roundTrip(area)).analysis.words?.allow).toEqual(['Best Buy']);
  });

  test('past the total quota nothing is written and the user is told why', async () => {
    const area = new QuotaSyncArea();
    await writeSettingsItems(area, SETTINGS_KEY, toStored(withAllowList(['Best Buy'])));
    const huge = { ...structuredClone(DEFAULT_SETTINGS), analysis: { words: { brag: Array.from({ length: 1200 }, (_, i) => `${i}`.padEnd(95, 'y')) } } };
    const result = await writeSettingsItems(area, SETTINGS_KEY, toStored(huge));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/Not saved.*KB.*Shorten the word lists/);
    expect((await roundTrip(area)).analysis.words?.allow).toEqual(['Best Buy']);
  });

  test('a missing part resets to defaults with a reason instead of failing', async () => {
    const area = new QuotaSyncArea();
    await writeSettingsItems(area, SETTINGS_KEY, toStored(withAllowList(Array.from({ length: 300 }, (_, i) => `phrase ${i}`.padEnd(60, 'z')))));
    area.data.delete(`${SETTINGS_KEY}.part.1`);
    const read = await readSettingsItems(area, SETTINGS_KEY);
    expect(read.problem).toMatch(/incomplete/);
    expect(repairSettings(read.value, RULES).settings).toEqual(DEFAULT_SETTINGS);
  });

  test('a refused write reports the browser\'s reason', async () => {
    const area = new QuotaSyncArea();
    area.set = async () => {
      throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    };
    expect(await writeSettingsItems(area, SETTINGS_KEY, { version: 2 })).toEqual({ ok: false, error: 'Not saved: MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' });
  });
});
