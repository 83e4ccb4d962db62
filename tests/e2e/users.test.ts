import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { randomWav } from '../unit/helpers/media-files';
import { Journey } from './journey';
import { callCore, PASSPHRASE } from './record-steps';
import { UsersSteps } from './users-steps';

const EDITOR_PASSPHRASE = 'editor passphrase for the test';
const LEGAL_NAME = 'Marwan Identityname';
const CODE = 'U-2024-001';
const TITLE = 'Testimony for the users test';

/**
 * Team roles in the browser, against the real core: an administrator adds an editor; the
 * editor unlocks by username, sees the person's code but not their name, and is refused the
 * export of an original; once removed, the editor cannot unlock.
 */
describe('Users and roles (browser, real core)', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await launchE2E();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)('an editor sees no identity details, cannot export originals, and cannot unlock once removed (%s)', async (lang, t) => {
    const vault = await e2e.newVault();
    const { api, host, page } = vault;
    await callCore(api, 'vault.create', { passphrase: PASSPHRASE });
    await callCore(api, 'settings.update', { language: lang });
    const testimony = await callCore(api, 'testimonies.create', { code: CODE, title: TITLE });
    const person = await callCore(api, 'people.create', { code: 'P-9', identity: { legalName: LEGAL_NAME, names: [], sexGender: null, birthDate: null, nationality: [], contact: '', notes: '' } });
    await callCore(api, 'records.linkPerson', { testimonyId: testimony.id, link: { personId: person.id, role: 'survivor', ageAtEvents: '', notes: '' } });
    const wav = path.join(vault.dir, 'interview.wav');
    await fs.writeFile(wav, randomWav(40_000));
    host.queueImportFiles([wav]);
    await callCore(api, 'media.import', { testimonyId: testimony.id });

    await vault.open();
    const journey = new Journey(vault, t, lang, 'users');
    const users = new UsersSteps(journey);
    await journey.heading(t.home.testimonies).waitFor();

    // The administrator adds an editor, who types their own passphrase.
    await users.open();
    await users.add({ username: 'ed-1', displayName: 'Editor One', role: 'editor', passphrase: EDITOR_PASSPHRASE });
    await journey.screenshot('added');
    await users.close();
    await journey.lockWithButton();

    // The editor unlocks by username.
    await journey.screenshot('unlock-username');
    await users.unlockAs('ed-1', EDITOR_PASSPHRASE);
    expect(await journey.button(t.users.open).count()).toBe(0);
    await page.getByRole('row').filter({ hasText: CODE }).first().click();
    await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    await page.getByText('P-9').first().waitFor();
    expect(await page.content()).not.toContain('Identityname');
    // Exporting an original is refused by the core; no save dialog is even shown.
    const dialogs = host.dialogsShown;
    await page.getByRole('button', { name: t.media.export, exact: true }).first().click();
    await page.getByRole('row').filter({ hasText: 'interview.wav' }).getByRole('alert').filter({ hasText: t.errors.FORBIDDEN_ROLE }).waitFor();
    // Nothing else on the page was refused: the editor's page is usable.
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(host.dialogsShown).toBe(dialogs);
    await journey.screenshot('editor-refused');
    await journey.lockWithButton();

    // The administrator removes the editor, after a confirmation naming them.
    await users.unlockAs('admin', PASSPHRASE);
    await users.open();
    await users.remove('Editor One');
    await journey.screenshot('removed');
    await users.close();
    await journey.lockWithButton();

    await users.submitUnlock('ed-1', EDITOR_PASSPHRASE);
    await page.getByRole('alert').filter({ hasText: t.errors.WRONG_PASSPHRASE }).waitFor({ timeout: 60_000 });
    await journey.screenshot('removed-refused');
    expect(vault.problems).toEqual([]);
  });
});
