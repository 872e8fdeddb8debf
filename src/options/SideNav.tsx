/** The section list beside the settings; marks the section being read (aria-current). */
import { useEffect, useState } from 'preact/hooks';
import { RULES } from '../core/rules/index.ts';
import { DIMENSIONS } from '../core/types.ts';
import { DIMENSION_LABELS } from '../shared/labels.ts';

const SECTIONS = [
  { id: 'rules', label: 'Rules' },
  { id: 'channels', label: 'Channel targets' },
  { id: 'words', label: 'Word lists' },
  { id: 'sites', label: 'Sites' },
  { id: 'memory', label: 'Noise memory' },
  { id: 'backup', label: 'Import, export, reset' },
];

/** The id of the section nearest the top of the window. */
function useCurrentSection(): string {
  const [current, setCurrent] = useState(SECTIONS[0]!.id);
  useEffect(() => {
    const visible = new Map<string, number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) visible.set(e.target.id, e.isIntersecting ? e.boundingClientRect.top : Infinity);
        const top = [...visible].filter(([, y]) => y !== Infinity).sort((a, b) => a[1] - b[1])[0];
        if (top) setCurrent(top[0]);
      },
      // A section counts once it reaches the band below the top bar.
      { rootMargin: '-80px 0px -55% 0px' },
    );
    for (const { id } of SECTIONS) {
      const el = document.getElementById(id);
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
  }, []);
  return current;
}

export function SideNav() {
  const current = useCurrentSection();
  const present = DIMENSIONS.filter((d) => RULES.some((r) => r.category === d));
  return (
    <nav class="side-nav" aria-label="Settings sections">
      <ul>
        {SECTIONS.map(({ id, label }) => (
          <li key={id}>
            <a href={`#${id}`} aria-current={current === id ? 'location' : undefined}>
              {label}
              {id === 'rules' && <span class="nav-count">{RULES.length}</span>}
            </a>
            {id === 'rules' && (
              <ul class="side-nav-sub">
                {present.map((d) => (
                  <li key={d}>
                    <a href={`#dim-${d}`}>{DIMENSION_LABELS[d]}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
