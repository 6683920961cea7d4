/**
 * What a procurement officer looks for when buying from the social economy (issue 9 §5):
 * certifications, priority-purchase eligibility, product categories, the public listing.
 */
import { z } from 'zod';
import { HttpsUrlSchema } from './link.ts';
import type { Localized } from './localized.ts';

/** The certifications Korean public buyers recognise for social-economy priority purchase. */
export const CERTIFICATION_TYPES = ['사회적기업', '예비사회적기업', '마을기업', '협동조합', '사회적협동조합', '자활기업'] as const;
export const CertificationTypeSchema = z.enum(CERTIFICATION_TYPES);
export type CertificationType = z.infer<typeof CertificationTypeSchema>;
/** How each certification reads in the UI (Korean as the law names it). */
export const CERTIFICATION_LABELS = {
  사회적기업: { ko: '사회적기업', en: 'Certified social enterprise' },
  예비사회적기업: { ko: '예비사회적기업', en: 'Pre-certified social enterprise' },
  마을기업: { ko: '마을기업', en: 'Village enterprise' },
  협동조합: { ko: '협동조합', en: 'Cooperative' },
  사회적협동조합: { ko: '사회적협동조합', en: 'Social cooperative' },
  자활기업: { ko: '자활기업', en: 'Self-sufficiency enterprise' },
} as const satisfies Record<CertificationType, Localized>;

export const CertificationSchema = z.object({
  type: CertificationTypeSchema,
  /** The certificate's number as printed on it. */
  number: z.string().trim().min(1).max(40).optional(),
  /** The day it was granted (YYYY-MM-DD). */
  date: z.iso.date().optional(),
});
export type Certification = z.infer<typeof CertificationSchema>;

/** Product and service categories, a fixed list so filters match; labels in both languages. */
export const PRODUCT_CATEGORIES = {
  food: { ko: '식품', en: 'Food' },
  crafts: { ko: '공예·생활용품', en: 'Crafts and household goods' },
  fashion: { ko: '의류·패션', en: 'Clothing and fashion' },
  eco: { ko: '친환경·재활용', en: 'Eco-friendly and upcycled' },
  education: { ko: '교육', en: 'Education' },
  culture: { ko: '문화·예술', en: 'Culture and the arts' },
  media: { ko: '영상·디자인·인쇄', en: 'Video, design and printing' },
  care: { ko: '돌봄·복지', en: 'Care and welfare' },
  cleaning: { ko: '청소·방역·시설관리', en: 'Cleaning and facility services' },
  construction: { ko: '건설·인테리어', en: 'Construction and interiors' },
  it: { ko: 'IT·소프트웨어', en: 'IT and software' },
  consulting: { ko: '컨설팅·행사', en: 'Consulting and events' },
} as const satisfies Record<string, Localized>;
export type ProductCategory = keyof typeof PRODUCT_CATEGORIES;
export const PRODUCT_CATEGORY_IDS = Object.keys(PRODUCT_CATEGORIES) as [ProductCategory, ...ProductCategory[]];
export const ProductCategorySchema = z.enum(PRODUCT_CATEGORY_IDS);

export const ProcurementSchema = z.object({
  certifications: z
    .array(CertificationSchema)
    .max(CERTIFICATION_TYPES.length)
    .refine((cs) => new Set(cs.map((c) => c.type)).size === cs.length, 'each certification once')
    .default([]),
  /** Eligible for public bodies' priority purchase (우선구매) of social-economy goods. */
  priorityPurchase: z.boolean().default(false),
  categories: z
    .array(ProductCategorySchema)
    .refine((cs) => new Set(cs).size === cs.length, 'each category once')
    .default([]),
  /** Its public procurement listing (e.g. a 나라장터 or e-store page), https only. */
  listingUrl: HttpsUrlSchema.optional(),
});
export type Procurement = z.infer<typeof ProcurementSchema>;
