/**
 * The generated configuration in a monospace <pre>, one span per line. Lines that are new or
 * changed since the previous text get a brief highlight (the "what did my edit do" cue).
 */
import { useEffect, useRef, useState } from 'react';
import { changedLines } from './line-diff';

interface Snapshot {
  text: string;
  changed: ReadonlySet<number>;
  version: number;
}

export function CliView({ text, label }: { text: string; label: string }) {
  // Derived from the previous render's text (React's "store information from previous renders").
  const [snapshot, setSnapshot] = useState<Snapshot>({ text, changed: new Set(), version: 0 });
  if (snapshot.text !== text) {
    setSnapshot({
      text,
      changed: changedLines(snapshot.text.split('\n'), text.split('\n')),
      version: snapshot.version + 1,
    });
  }
  const lines = text.replace(/\n$/, '').split('\n');
  const scroller = useRef<HTMLDivElement>(null);

  // Bring the first changed line into view inside the preview (never scrolling the page), so an
  // edit whose lines are far down the configuration is still seen.
  useEffect(() => {
    const box = scroller.current;
    const line = box?.querySelector<HTMLElement>('.cli-line--changed');
    if (!box || !line) return;
    const top = line.offsetTop;
    if (top < box.scrollTop || top + line.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }, [snapshot.version]);

  return (
    <div ref={scroller} className="code-scroll" role="region" aria-label={label} tabIndex={0}>
      <pre className="cli">
        <code>
          {lines.map((line, index) => {
            const changed = snapshot.changed.has(index);
            const classes = ['cli-line'];
            if (line.startsWith('!')) classes.push('cli-line--comment');
            if (changed) classes.push('cli-line--changed');
            return (
              <span
                key={changed ? `${snapshot.version}-${index}` : index}
                className={classes.join(' ')}
              >
                {line}
                {'\n'}
              </span>
            );
          })}
        </code>
      </pre>
    </div>
  );
}
