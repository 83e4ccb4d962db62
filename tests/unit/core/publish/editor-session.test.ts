import { describe, expect, it } from 'vitest';
import { passphraseBytes } from '../../../../electron/core/crypto/passphrase';
import { findLeaks } from '../../../../electron/core/publish/publication-leaks';
import { createNarrative, saveNarrative } from '../../../../electron/core/publish/narratives';
import { redactedText, suggestionsFor, workspace } from '../../../../electron/core/publish/review';
import { addUser } from '../../../../electron/core/users/user-admin';
import { unlockWithPassphrase } from '../../../../electron/core/vault/open-vault';
import { newVault } from '../../helpers/vault';
import { NARRATIVE_TEXT, PEOPLE, publishFixture } from './publish-fixture';

const EDITOR_PASS = 'an editor passphrase long enough';

describe('an editor, who does not hold the identity key', () => {
  it('still gets the names in the narrative suggested and caught by the leak check, through the keyed name index', async () => {
    const { session, dir } = await newVault();
    const fx = await publishFixture(session);
    await addUser(session, { username: 'editor', displayName: 'Editor', role: 'editor', passphrase: passphraseBytes(EDITOR_PASS) });
    const created = await createNarrative(session, { testimonyId: fx.testimony.id, title: 'شهادة', language: 'ar', from: null });
    await saveNarrative(session, { narrativeId: created.id, expectedVersion: 1, title: 'شهادة', publication: { description: '', rights: '', publisher: '' }, document: { ...created.document, text: NARRATIVE_TEXT } });
    await session.close();

    const editor = await unlockWithPassphrase(dir, passphraseBytes(EDITOR_PASS), { username: 'editor' });
    try {
      expect(editor.holdsIdentityKey).toBe(false);
      const w = workspace(editor, created.id);
      // The husband's recorded name is not readable here, yet its words in the narrative are his.
      const husband = w.entities.find((e) => e.personId === fx.husband.id);
      expect(husband?.variants).toEqual(expect.arrayContaining(['خالد', 'الرحمن']));
      // Only words of the narrative: nothing recorded (the Latin spelling) is revealed.
      for (const e of w.entities.filter((x) => x.origin === 'person')) for (const v of e.variants) expect(NARRATIVE_TEXT).toContain(v);
      const suggested = suggestionsFor(w).filter((s) => s.entityId === husband!.id).map((s) => NARRATIVE_TEXT.slice(s.start, s.end));
      expect(suggested.length).toBeGreaterThan(0);
      // Left unredacted, the export's leak check refuses it.
      const text = redactedText(w).text;
      const hits = findLeaks([{ file: 'narrative.md', part: 'text', page: null, text }], { document: w.document, entities: w.entities, exemptPersonIds: [] });
      expect(hits.map((h) => h.found)).toEqual(expect.arrayContaining([expect.stringContaining('خالد')]));
      expect(PEOPLE.husband.legalName).toContain('خالد');
    } finally {
      await editor.close();
    }
  });
});
