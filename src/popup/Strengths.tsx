/** What already works: the draft's signs of dialogue (core/strengths), so the writer keeps them. */
export function Strengths({ labels }: { labels: readonly string[] }) {
  if (labels.length === 0) return null;
  return (
    <section class="card" aria-labelledby="works-title">
      <h2 id="works-title" class="section-title">
        What already works
      </h2>
      <ul class="strengths">
        {labels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </section>
  );
}
