import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../../shared/contract/names';
import { OPERATION_ROLES, PUBLIC_OPERATIONS, ROLES, rolesFor } from '../../../../shared/contract/roles';
import { assertRoleAllows } from '../../../../electron/core/users/role-check';

describe('the role table', () => {
  it('lists every operation, and nothing else, with known roles', () => {
    expect(Object.keys(OPERATION_ROLES).sort()).toEqual([...OPERATION_NAMES].sort());
    for (const roles of Object.values(OPERATION_ROLES)) for (const role of roles) expect(ROLES).toContain(role);
  });

  it('keeps the promises of issue 7', () => {
    expect(rolesFor('media.exportOriginal')).not.toContain('editor');
    expect(rolesFor('people.update')).not.toContain('editor');
    expect(rolesFor('records.export')).not.toContain('editor');
    expect(rolesFor('custody.export')).toEqual(['custodian', 'administrator']);
    expect(rolesFor('fixity.run')).toEqual(['custodian', 'administrator']);
    expect(rolesFor('backup.run')).toEqual(['custodian', 'administrator']);
    for (const op of ['users.list', 'users.add', 'users.remove'] as const) expect(rolesFor(op)).toEqual(['administrator']);
    // The administrator may do everything.
    for (const op of OPERATION_NAMES) expect(rolesFor(op)).toContain('administrator');
  });

  it('refuses by default an operation missing from the table, naming what is needed', () => {
    expect(() => assertRoleAllows('media.exportOriginal', 'editor')).toThrow(expect.objectContaining({ code: 'FORBIDDEN_ROLE', details: expect.objectContaining({ allowed: 'interviewer, custodian, administrator', role: 'editor' }) }));
    const table = OPERATION_ROLES as Record<string, readonly string[]>;
    const saved = table['media.list']!;
    delete table['media.list'];
    try {
      expect(() => assertRoleAllows('media.list', 'administrator')).toThrow(expect.objectContaining({ code: 'FORBIDDEN_ROLE' }));
    } finally {
      table['media.list'] = saved;
    }
    // Locked: only the unlock screen's operations get past here (their handlers need no session).
    for (const op of PUBLIC_OPERATIONS) expect(() => assertRoleAllows(op, 'editor')).not.toThrow();
  });
});
