/** A titled card of the popup: the section is labelled by its heading, for screen readers. */
import type { ComponentChildren } from 'preact';

export function Card({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id} class="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
