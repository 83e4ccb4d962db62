import type { ReactNode } from 'react';
import { sectionHeadingId, type SectionId } from '../logic/sections';

interface SectionFrameProps {
  section: SectionId;
  title: string;
  intro?: ReactNode;
  /** Buttons beside the heading (Edit, Add…). */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** One section of the page; its heading is where the table of contents and the checklist lead. */
export function SectionFrame({ section, title, intro, actions, className, children }: SectionFrameProps) {
  const headingId = sectionHeadingId(section);
  return (
    <section className={`record-section record-section-${section} ${className ?? ''}`} aria-labelledby={headingId}>
      <div className="record-section-header">
        <h2 id={headingId} tabIndex={-1}>
          {title}
        </h2>
        {actions ? <div className="section-actions">{actions}</div> : null}
      </div>
      {intro ? <p className="section-intro">{intro}</p> : null}
      {children}
    </section>
  );
}

/** Moves focus (and the view) to a section's heading. */
export function goToSection(section: SectionId): void {
  const heading = document.getElementById(sectionHeadingId(section));
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}
