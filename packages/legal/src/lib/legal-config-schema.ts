import { z } from 'zod'
import { namedHostingIds } from './hosting-providers.js'

// Every field is optional here: a section left out is parsed from `{}` by core, and what the law
// requires depends on the site's country and the operator's kind. `validateLegalConfig` checks the
// legal requirements afterwards, with one catalogued message per missing field naming its paragraph.

const text = z.string().trim().min(1)

/** A postal address. */
export const postalAddressSchema = z
  .object({
    street: text,
    postalCode: text,
    city: text,
    /** ISO 3166-1 alpha-2 code, e.g. `DE`. */
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "DE"'),
  })
  .strict()

const operatorSchema = z
  .object({
    kind: z.enum(['person', 'entity']).default('person'),
    name: text.optional(),
    /** `GmbH`, `UG (haftungsbeschränkt)`, `e. K.`, `e. V.`… (entities only). */
    legalForm: text.optional(),
    /** People authorised to represent an entity (Geschäftsführer, Vorstand…). */
    representatives: z.array(text).default([]),
    address: postalAddressSchema.optional(),
  })
  .strict()

const responsiblePersonSchema = z.object({ name: text, address: postalAddressSchema.optional(), part: text.optional() }).strict()

const professionRuleSchema = z.object({ name: text, url: z.url() }).strict()

const contactSchema = z
  .object({
    email: z.email().optional(),
    phone: z.string().regex(/^\+?[0-9 ()/-]{6,}$/, 'a phone number such as "+49 40 1234567"').optional(),
    /** Root-relative or absolute URL of a contact form (an alternative to a phone number). */
    contactFormUrl: z.string().regex(/^(?:\/|https:\/\/)/, 'a root-relative path or an https URL').optional(),
  })
  .strict()

const customHostingSchema = z
  .object({
    /** The registry's generic EU host, filled in with the provider's details. */
    id: z.literal('eu-host'),
    name: text,
    address: text,
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "DE"'),
    privacyPolicyUrl: z.url({ protocol: /^https$/ }).optional(),
  })
  .strict()

/** The `legal` section of nichepress.config. */
export const legalConfigSchema = z
  .object({
    /** Turn the plugin off (no legal pages, no footer links, no checks). Default true. */
    enabled: z.boolean().default(true),
    /** ISO date (YYYY-MM-DD) when these facts were last checked; printed on every legal page. */
    updated: z.iso.date().optional(),
    /** Country of establishment (DE, AT or CH); decides which law the pages follow. Defaults to the operator's address country. */
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "DE"').optional(),
    operator: operatorSchema.optional(),
    contact: contactSchema.optional(),
    register: z.object({ court: text, number: text }).strict().optional(),
    /**
     * Share capital, only if the site mentions it anywhere: then § 5 Abs. 1 Nr. 1 DDG requires the
     * Stamm- or Grundkapital and, unless fully paid in, the total of the contributions outstanding.
     */
    capital: z.object({ amount: text, fullyPaidIn: z.boolean(), outstanding: text.optional() }).strict().optional(),
    /** An AG, KGaA or GmbH in Abwicklung or Liquidation must say so (§ 5 Abs. 1 Nr. 7 DDG). Default false. */
    inLiquidation: z.boolean().default(false),
    /** Umsatzsteuer-Identifikationsnummer (§ 27a UStG). */
    vatId: z.string().regex(/^[A-Z]{2}[0-9A-Z+*.]{2,13}$/, 'a VAT id such as "DE123456789"').optional(),
    /** Wirtschafts-Identifikationsnummer (§ 139c AO). */
    economicId: z.string().regex(/^DE[0-9]{9}(?:-[0-9]{5})?$/, 'an id such as "DE123456789-00001"').optional(),
    supervisoryAuthority: z.object({ name: text, address: text.optional(), url: z.url().optional() }).strict().optional(),
    profession: z
      .object({
        title: text,
        chamber: text,
        /** State that conferred the title, e.g. `Deutschland`. */
        country: text,
        /** The berufsrechtliche Regelungen and where to read them: one, or a list (a lawyer's BRAO, BORA, FAO, RVG…). */
        rules: z
          .union([professionRuleSchema, z.array(professionRuleSchema).min(1)])
          .transform((rules) => (Array.isArray(rules) ? rules : [rules])),
      })
      .strict()
      .optional(),
    /** Whether the site offers journalistic-editorial content (§ 18 Abs. 2 MStV). Default true: a blog usually does. */
    editorial: z.boolean().default(true),
    /** One person, or several, each with the `part` of the site they answer for (§ 18 Abs. 2 Satz 3 MStV). */
    responsibleForContent: z
      .union([responsiblePersonSchema, z.array(responsiblePersonSchema).min(1)])
      .transform((persons) => (Array.isArray(persons) ? persons : [persons]))
      .optional(),
    dataProtectionOfficer: z.object({ name: text, email: z.email(), address: postalAddressSchema.optional() }).strict().optional(),
    /**
     * Austria only: the Offenlegung of § 25 MedienG. `editorial: true` (the default) is a website
     * whose content can shape public opinion (full Offenlegung, § 25 Abs. 2–4); `editorial: false` a
     * "kleine Website" (§ 25 Abs. 5: name, Unternehmensgegenstand, Wohnort or Sitz only).
     */
    mediaDisclosure: z
      .object({
        /** Unternehmensgegenstand, e.g. "Betrieb eines Blogs über Campingkocher". */
        businessPurpose: text.optional(),
        /** Grundlegende Richtung (Blattlinie) of the website (§ 25 Abs. 4 MedienG). */
        editorialLine: text.optional(),
        /** Everyone holding a share in an entity Medieninhaber, with kind and size (§ 25 Abs. 2 MedienG). */
        owners: z.array(z.object({ name: text, share: text }).strict()).min(1).optional(),
      })
      .strict()
      .optional(),
    /** Switzerland only: the Unternehmens-Identifikationsnummer (UID), `CHE-123.456.789`. */
    uid: z.string().regex(/^CHE-[0-9]{3}\.[0-9]{3}\.[0-9]{3}$/, 'a UID such as "CHE-123.456.789"').optional(),
    /** Switzerland only: the UID is also the MWST number (printed "CHE-123.456.789 MWST"). */
    vatRegistered: z.boolean().optional(),
    /** A hosting registry id, or the generic EU host with its details. */
    hosting: z.union([z.enum(namedHostingIds), customHostingSchema]).optional(),
  })
  .strict()

/** The `legal` section as written in nichepress.config. */
export type LegalConfigInput = z.input<typeof legalConfigSchema>
/** The `legal` section after validation and defaults. */
export type LegalConfig = z.output<typeof legalConfigSchema>
/** A postal address. */
export type PostalAddress = z.output<typeof postalAddressSchema>
