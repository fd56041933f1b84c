/**
 * The generated configuration in a monospace <pre>, one span per line. Lines that are new or
 * changed since the previous text get a brief highlight (the "what did my edit do" cue), cleared
 * HIGHLIGHT_MS after the last change.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { changedLines } from './line-diff';

const HIGHLIGHT_MS = 1600;
const NONE: ReadonlySet<number> = new Set();

interface Snapshot {
  text: string;
  changed: ReadonlySet<number>;
  version: number;
}

/**
 * Memoized, like its lines: the preview re-renders for reasons other than the text (the error
 * banner, the tabs), and the text changes in a line or two per keystroke.
 */
export const CliView = memo(function CliView({
  text,
  label,
}: {
  text: string;
  /** The region's accessible name, in the page's language. */
  label: string;
}) {
  // Derived from the previous render's text (React's "store information from previous renders").
  const [snapshot, setSnapshot] = useState<Snapshot>({ text, changed: NONE, version: 0 });
  if (snapshot.text !== text) {
    setSnapshot({
      text,
      changed: changedLines(snapshot.text.split('\n'), text.split('\n')),
      version: snapshot.version + 1,
    });
  }
  const lines = text.replace(/\n$/, '').split('\n');
  const scroller = useRef<HTMLDivElement>(null);

  const { version } = snapshot;

  useEffect(() => {
    const timer = setTimeout(
      () =>
        setSnapshot((current) =>
          current.version === version && current.changed !== NONE
            ? { ...current, changed: NONE }
            : current,
        ),
      HIGHLIGHT_MS,
    );
    return () => clearTimeout(timer);
  }, [version]);

  // Bring the first changed line into view inside the preview (never scrolling the page), so an
  // edit whose lines are far down the configuration is still seen. Measured in the next frame:
  // reading geometry right after the commit would force a layout before the keystroke is shown.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const box = scroller.current;
      const line = box?.querySelector<HTMLElement>('.cli-line--changed');
      if (!box || !line) return;
      const top = line.offsetTop;
      if (top < box.scrollTop || top + line.offsetHeight > box.scrollTop + box.clientHeight) {
        box.scrollTop = Math.max(0, top - box.clientHeight / 3);
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [version]);

  return (
    <div ref={scroller} className="code-scroll" role="region" aria-label={label} tabIndex={0}>
      {/* The configuration is ASA CLI, English in every language: not for translation tools. */}
      <pre className="cli" lang="en" translate="no">
        <code>
          {lines.map((line, index) => (
            <CliLine key={index} line={line} changed={snapshot.changed.has(index)} />
          ))}
        </code>
      </pre>
    </div>
  );
});

const CliLine = memo(function CliLine({ line, changed }: { line: string; changed: boolean }) {
  const classes = ['cli-line'];
  if (line.startsWith('!')) classes.push('cli-line--comment');
  if (changed) classes.push('cli-line--changed');
  return (
    <span className={classes.join(' ')}>
      {line}
      {'\n'}
    </span>
  );
});
