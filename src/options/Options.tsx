/** The options page: tune every rule, channel and word list. */
export function Options() {
  return (
    <main>
      <h1>Parley settings</h1>
    </main>
  );
}
