import { z } from 'zod'

const text = z.string().trim().min(1)
const rating = z.number().min(0).max(100)
const price = z.union([z.number().nonnegative(), z.string().regex(/^\d+(?:[.,]\d{1,2})?$/).transform((value) => Number(value.replace(',', '.')))])
const httpUrl = z.url({ protocol: /^https?$/ })

/** Front-matter fields the seo plugin reads beyond core's: FAQ, review and product comparison. */
export const seoFrontMatterSchema = z.object({
  faq: z.array(z.object({ question: text, answer: text }).strict()).optional(),
  review: z
    .object({
      name: text,
      brand: text.optional(),
      rating,
      bestRating: rating.default(5),
      pros: z.array(text).default([]),
      cons: z.array(text).default([]),
      price: price.optional(),
      url: httpUrl.optional(),
    })
    .strict()
    .optional(),
  products: z
    .array(z.object({ name: text, brand: text.optional(), rating: rating.optional(), price: price.optional(), url: httpUrl.optional() }).strict())
    .optional(),
})

/** Validated FAQ, review and product data of one page. */
export type SeoFrontMatter = z.output<typeof seoFrontMatterSchema>

/** Parses the seo fields of a page's front matter; the issues name the field path. */
export function parseSeoFrontMatter(frontMatter: Readonly<Record<string, unknown>>) {
  return seoFrontMatterSchema.safeParse({ faq: frontMatter.faq, review: frontMatter.review, products: frontMatter.products })
}
