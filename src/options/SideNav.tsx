/** The section list beside the settings; marks the section being read (aria-current). */
import { useEffect, useState } from 'preact/hooks';
import { RULES } from '../core/rules/index.ts';
import { DIMENSIONS } from '../core/types.ts';
import { DIMENSION_LABELS } from '../core/labels.ts';

const SECTIONS = [
  { id: 'rules', label: 'Rules' },
  { id: 'channels', label: 'Channel targets' },
  { id: 'words', label: 'Word lists' },
  { id: 'sites', label: 'Sites' },
  { id: 'memory', label: 'Noise memory' },
  { id: 'backup', label: 'Import, export, reset' },
];

/** The section being read: the last one that starts above the reading line (or the last at the page's end). */
function useCurrentSection(): string {
  const [current, setCurrent] = useState(SECTIONS[0]!.id);
  useEffect(() => {
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const line = window.innerHeight * 0.35;
      const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4;
      let id = SECTIONS[0]!.id;
      for (const s of SECTIONS) {
        const top = document.getElementById(s.id)?.getBoundingClientRect().top;
        if (top !== undefined && (top <= line || atEnd)) id = s.id;
      }
      setCurrent(id);
    };
    const onScroll = (): void => {
      frame ||= requestAnimationFrame(measure);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    measure();
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
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
