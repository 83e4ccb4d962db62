import type { TestimonySummary } from '../../../../shared/domain/testimony';
import type { Imports } from '../media/use-imports';
import { NarrativesSection } from '../publish/narratives-section';
import { AudioRedactionPanel } from '../audio-redaction/audio-redaction-panel';
import { ConsentSection } from './consent/consent-section';
import { EventsSection } from './events/events-section';
import { FilesSection } from './files/files-section';
import { OverviewSection } from './overview/overview-section';
import { PeopleSection } from './people/people-section';
import { SessionsSection } from './sessions/sessions-section';
import { SourceSection } from './source/source-section';

interface RecordSectionsProps {
  testimony: TestimonySummary;
  imports: Imports;
  mediaVersion: number;
}

/** The sections in the order an interviewer works (logic/sections.ts). */
export function RecordSections({ testimony, imports, mediaVersion }: RecordSectionsProps) {
  return (
    <div className="record-sections">
      <OverviewSection />
      <ConsentSection />
      <SessionsSection />
      <PeopleSection />
      <EventsSection />
      <SourceSection />
      <FilesSection testimony={testimony} imports={imports} mediaVersion={mediaVersion} />
      <NarrativesSection testimony={testimony} />
      <AudioRedactionPanel key={mediaVersion} testimony={testimony} />
    </div>
  );
}
