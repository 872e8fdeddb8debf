/**
 * What is worked out once per draft (each phrase list's matches, asks, quotations, the lines,
 * the tallies, the signals), kept in one array of slots per draft: one WeakMap entry per draft,
 * where a WeakMap per fact made one entry per fact per keystroke. Putting a new key in a WeakMap
 * costs far more than reading one (about 0.5 µs: some 75 facts took ~40 µs of every keystroke),
 * and each table's dead keys are left for the garbage collector to clear.
 */

const slotsByDraft = new WeakMap<object, unknown[]>();
/**
 * The two drafts asked about last, and their slots: one analysis asks about the same draft
 * hundreds of times, and a new draft's lists are made from the last draft's, in turn.
 */
let lastDraft: object | null = null;
let lastSlots: unknown[] = [];
let otherDraft: object | null = null;
let otherSlots: unknown[] = [];
let slotCount = 0;

function slotsOf(draft: object): unknown[] {
  if (draft === lastDraft) return lastSlots;
  let slots: unknown[] | undefined;
  if (draft === otherDraft) slots = otherSlots;
  else {
    slots = slotsByDraft.get(draft);
    if (!slots) {
      slots = [];
      slotsByDraft.set(draft, slots);
    }
  }
  otherDraft = lastDraft;
  otherSlots = lastSlots;
  lastDraft = draft;
  lastSlots = slots;
  return slots;
}

/** Lets go of the two drafts asked about last (draft.ts clearCaches): nothing here keeps a draft once the caches are cleared. */
export function forgetLastDrafts(): void {
  lastDraft = otherDraft = null;
  lastSlots = otherSlots = [];
}

/**
 * Slots a draft's array may hold. Each compiled word list takes one, and a user's own lists are
 * compiled again whenever they change: a memo made past this many keeps a WeakMap of its own,
 * so no draft's array grows without bound over a long session.
 */
const MAX_SLOTS = 1024;

/** One fact per draft (a WeakMap's get and set, for drafts only); undefined means not worked out yet. */
export class DraftMemo<T> {
  private readonly slot = slotCount++;
  private readonly own = this.slot >= MAX_SLOTS ? new WeakMap<object, T>() : null;

  get(draft: object): T | undefined {
    return this.own ? this.own.get(draft) : (slotsOf(draft)[this.slot] as T | undefined);
  }

  set(draft: object, value: T): void {
    if (this.own) this.own.set(draft, value);
    else slotsOf(draft)[this.slot] = value;
  }

  delete(draft: object): void {
    if (this.own) this.own.delete(draft);
    else slotsOf(draft)[this.slot] = undefined;
  }
}
