/**
 * The brochure catalogue in the code becomes the venue's booths: on first start it is the venue's
 * first version; later starts with the same catalogue change nothing, and a newer catalogue adds the
 * booths it brings (its changed fields reach visitors through the merge, not through rows).
 */
import { createHash } from 'node:crypto';
import { listBooths } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { CatalogueImport, VenueRepo } from '../db/venueRepo.ts';

export function catalogueImport(catalogue: Catalogue): CatalogueImport {
  return {
    // The parsed catalogue's key order is the schema's, so equal content gives equal JSON.
    hash: createHash('sha256').update(JSON.stringify(catalogue)).digest('hex'),
    booths: listBooths(catalogue).map((b) => ({ id: b.id, kind: b.kind, zoneId: b.zoneId })),
  };
}

export function importBrochure(repo: VenueRepo, catalogue: Catalogue): Promise<{ imported: boolean; venueVersion: number }> {
  return repo.importCatalogue(catalogueImport(catalogue));
}
