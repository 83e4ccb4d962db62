import type { EntityView } from '../../../../../shared/contract/publish-operations';
import { buildEntities } from '../../../../../shared/redaction/entities';
import { namePartsOfAll } from '../../../../../shared/redaction/name-parts';
import type { CustomEntity, Entity } from '../../../../../shared/redaction/types';

/**
 * The engine's entities in the renderer: the record's, as the core built them (publish.get),
 * plus the editor's own custom entities as they stand in the unsaved draft, so an entity
 * marked a moment ago is suggested at once. The core sends no name parts (derived data);
 * they are derived here the way entities.ts does, so local suggestions equal the core's.
 */

function isPersonLike(e: EntityView): boolean {
  return e.origin === 'person' || e.origin === 'staff' || (e.origin === 'custom' && (e.category === 'person' || e.category === 'thirdParty'));
}

export function entitiesOf(views: readonly EntityView[], custom: readonly CustomEntity[]): Entity[] {
  const record = views.filter((v) => v.origin !== 'custom').map((v): Entity => ({ ...v, parts: isPersonLike(v) ? namePartsOfAll(v.variants) : [] }));
  const own = buildEntities({ people: [], roles: [], events: [], sessions: [], custom });
  return [...record, ...own];
}
