import { useEffect, useRef, type ReactNode } from 'react';

interface ScreenProps {
  title: string;
  /** e.g. "Step 1 of 3", shown above the title. */
  eyebrow?: string;
  children: ReactNode;
  /** Focus the heading when the screen appears (when no field takes focus itself). */
  focusHeading?: boolean;
}

/** A centred card for the screens before the vault is open (create, unlock, wizard steps). */
export function Screen({ title, eyebrow, children, focusHeading }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A screen change is announced by moving focus to its heading, as a page load would be.
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <main className="screen">
      <section className="card" aria-labelledby="screen-title">
        {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
        <h1 id="screen-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </section>
    </main>
  );
}
