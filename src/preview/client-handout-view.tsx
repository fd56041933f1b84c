/**
 * The end-user handout (clientHandout) as the preview shows it: the settings at a glance, one
 * section per platform with numbered steps, then the known limitations and troubleshooting. Commands
 * and the Linux configuration files are shown as code blocks, each file under its path, exactly as
 * the user types or saves them.
 */
import { useId, type ReactNode } from 'react';
import type { ClientHandout, HandoutSection } from '../render/clients/handout';
import type { ChecklistStep } from '../render/windows/checklist-types';

function Step({ step }: { step: ChecklistStep }) {
  return (
    <li className="checklist-step">
      <h4 className="checklist-step-title">{step.title}</h4>
      {step.lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
      {step.commands && step.commands.length > 0 ? (
        <pre className="cli cli--block">
          <code>{step.commands.join('\n')}</code>
        </pre>
      ) : null}
      {(step.files ?? []).map((file) => (
        <figure key={file.path} className="config-file">
          <figcaption className="config-file-path">
            <code>{file.path}</code>
          </figcaption>
          <pre className="cli cli--block">
            <code>{file.content.replace(/\n$/, '')}</code>
          </pre>
        </figure>
      ))}
    </li>
  );
}

function Section({ section, headingId }: { section: HandoutSection; headingId: string }) {
  const List = section.numbered ? 'ol' : 'ul';
  return (
    <section className="handout-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="handout-section-title">
        {section.title}
      </h3>
      {section.intro.map((line, index) => (
        <p key={index} className="handout-section-intro">
          {line}
        </p>
      ))}
      <List
        className={section.numbered ? 'checklist-steps' : 'checklist-steps checklist-steps--plain'}
      >
        {section.steps.map((step) => (
          <Step key={step.id} step={step} />
        ))}
      </List>
    </section>
  );
}

interface Props {
  handout: ClientHandout;
  /** The region's accessible name (in the page's language). */
  label: string;
  /** Shown above the handout inside the same scrolling region (the setup files). */
  before?: ReactNode;
}

export function ClientHandoutView({ handout, label, before }: Props) {
  const baseId = useId();
  return (
    <div className="checklist client-handout" role="region" aria-label={label} tabIndex={0}>
      {before}
      {/* The handout itself is English for now (src/render), inside a page that may be Japanese. */}
      <div lang="en">
        <dl className="checklist-summary">
          {handout.summary.map((row) => (
            <div key={row.label} className="checklist-summary-row">
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
        {handout.keyNotice === null ? null : (
          <p className="handout-key-notice">{handout.keyNotice}</p>
        )}
        {handout.sections.map((section) => (
          <Section key={section.id} section={section} headingId={`${baseId}-${section.id}`} />
        ))}
      </div>
    </div>
  );
}
