/**
 * Finding enterprises a procurement officer can buy from (issue 9 §5): by product category,
 * certification and priority-purchase eligibility. Only what an enterprise's procurement facts
 * state counts: a booth that states none matches no filter. The same rules serve /list (filters in
 * its URL) and the world's search.
 */
import { CertificationTypeSchema, ProductCategorySchema, type CertificationType, type ProductCategory } from '../schemas/procurement.ts';
import type { Catalogue } from '../schemas/catalogue.ts';
import type { Enterprise } from '../schemas/enterprise.ts';

export interface BoothFilter {
  category?: ProductCategory | undefined;
  certification?: CertificationType | undefined;
  /** Only enterprises eligible for priority purchase (우선구매 가능). */
  priorityPurchase?: boolean | undefined;
}

/** The filter's URL parameters (/list?category=food&cert=마을기업&priority=1); a value not in the lists is ignored. */
export const FILTER_PARAMS = { category: 'category', certification: 'cert', priorityPurchase: 'priority' } as const;

export function filterFromParams(get: (name: string) => string | null): BoothFilter {
  const category = ProductCategorySchema.safeParse(get(FILTER_PARAMS.category));
  const certification = CertificationTypeSchema.safeParse(get(FILTER_PARAMS.certification));
  return {
    category: category.success ? category.data : undefined,
    certification: certification.success ? certification.data : undefined,
    priorityPurchase: get(FILTER_PARAMS.priorityPurchase) === '1' || undefined,
  };
}

/** The filter as URL parameters, only those that are set. */
export function filterToParams(f: BoothFilter): [string, string][] {
  const out: [string, string][] = [];
  if (f.category) out.push([FILTER_PARAMS.category, f.category]);
  if (f.certification) out.push([FILTER_PARAMS.certification, f.certification]);
  if (f.priorityPurchase) out.push([FILTER_PARAMS.priorityPurchase, '1']);
  return out;
}

export const isFilterActive = (f: BoothFilter): boolean => Boolean(f.category || f.certification || f.priorityPurchase);

export function matchesFilter(e: Enterprise, f: BoothFilter): boolean {
  const p = e.procurement;
  if (!isFilterActive(f)) return true;
  if (!p) return false;
  if (f.category && !p.categories.includes(f.category)) return false;
  if (f.certification && !p.certifications.some((c) => c.type === f.certification)) return false;
  if (f.priorityPurchase && !p.priorityPurchase) return false;
  return true;
}

/** The enterprises that match, in catalogue order. */
export function filterEnterprises(c: Catalogue, f: BoothFilter): Enterprise[] {
  return c.enterprises.filter((e) => matchesFilter(e, f));
}

