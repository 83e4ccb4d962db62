import type { Migration } from '../migrate';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-records';
import { migration0003 } from './0003-originals';
import { migration0004 } from './0004-custody';
import { migration0008 } from './0008-audio-redaction';
import { migration0005 } from './0005-publish';
import { migration0006 } from './0006-users';
import { migration0007 } from './0007-lifecycle';

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008];
