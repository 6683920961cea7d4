import { findBooth } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { Lang } from '../../shared/schemas/localized.ts';
import { localized } from '../i18n/localized.ts';

/** A booth's name in the venue, in `lang`; its id while the venue is not loaded or when it left the venue. */
export function boothName(catalogue: Catalogue | null, id: string, lang: Lang): string {
  const booth = catalogue ? findBooth(catalogue, id) : undefined;
  return booth ? localized(booth.summary.title, lang) : id;
}
