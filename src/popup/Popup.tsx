/** The toolbar popup: how is this draft doing, and what should I change first? */
export function Popup() {
  return (
    <main>
      <h1>Parley</h1>
      <p>Focus a composer and start writing.</p>
    </main>
  );
}
