/**
 * Which lines of the new preview text are new or changed since the previous text, for the brief
 * highlight after an edit. A line counts as unchanged when the previous text had an equal line not
 * yet matched: cheap (linear), and good enough for a config whose lines are mostly distinct.
 */
export function changedLines(previous: readonly string[], next: readonly string[]): Set<number> {
  const available = new Map<string, number>();
  for (const line of previous) available.set(line, (available.get(line) ?? 0) + 1);
  const changed = new Set<number>();
  next.forEach((line, index) => {
    const count = available.get(line) ?? 0;
    if (count > 0) available.set(line, count - 1);
    else changed.add(index);
  });
  return changed;
}
