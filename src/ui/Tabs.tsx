/**
 * Tabs with the keyboard behaviour screen-reader users expect: one tab stop for the list,
 * arrow keys (and Home/End) move between tabs and select them.
 */
import type { ComponentChildren } from 'preact';
import './tokens.css';
import './Tabs.css';

interface TabsProps<T extends string> {
  id: string;
  label: string;
  tabs: readonly { value: T; label: string; marked?: boolean }[];
  selected: T;
  onSelect: (value: T) => void;
  children: ComponentChildren;
}

export function Tabs<T extends string>({ id, label, tabs, selected, onSelect, children }: TabsProps<T>) {
  const tabId = (value: T): string => `${id}-tab-${value}`;
  const move = (from: number, key: string): void => {
    const last = tabs.length - 1;
    const to = key === 'ArrowRight' ? (from === last ? 0 : from + 1) : key === 'ArrowLeft' ? (from === 0 ? last : from - 1) : key === 'Home' ? 0 : key === 'End' ? last : -1;
    const target = tabs[to];
    if (!target) return;
    onSelect(target.value);
    document.getElementById(tabId(target.value))?.focus();
  };
  return (
    <div class="tabs">
      <div class="tab-list" role="tablist" aria-label={label}>
        {tabs.map((tab, i) => (
          <button
            key={tab.value}
            id={tabId(tab.value)}
            type="button"
            role="tab"
            class="tab"
            aria-selected={tab.value === selected}
            aria-controls={`${id}-panel`}
            tabIndex={tab.value === selected ? 0 : -1}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(e) => {
              if (['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(e.key)) {
                e.preventDefault();
                move(i, e.key);
              }
            }}
          >
            {tab.label}
            {tab.marked && <span class="tab-mark" title="Changed from the defaults" aria-label="(changed)" />}
          </button>
        ))}
      </div>
      <div class="tab-panel" id={`${id}-panel`} role="tabpanel" aria-labelledby={tabId(selected)}>
        {children}
      </div>
    </div>
  );
}
