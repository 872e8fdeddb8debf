/** What already works: the draft's signs of dialogue (core/strengths), so the writer keeps them. */
import { Card } from './Card.tsx';

export function Strengths({ labels }: { labels: readonly string[] }) {
  if (labels.length === 0) return null;
  return (
    <Card id="works-title" title="What already works">
      <ul class="strengths">
        {labels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </Card>
  );
}
