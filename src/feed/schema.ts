/**
 * The feed: one JSON document holding structures (centres, associations) and their
 * actions ("fiches action"). Types are inferred from these schemas; the JSON Schema
 * shipped as `feed.schema.json` is generated from them (scripts/build-schema.ts).
 */
import * as z from 'zod/mini';
import { FUNDER_TYPES, PARTNER_TYPES, PERSON_KINDS } from './funders.js';
import {
  MAX_AMOUNT,
  MAX_COUNT,
  MAX_ETP,
  MAX_HOURS_PER_WEEK,
  MAX_LABEL_LENGTH,
  MAX_LIST_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_URL_LENGTH,
} from './limits.js';

export const FEED_VERSION = '1.0';
/**
 * Where feed.schema.json is published, pinned to the package's exact version (a test keeps it in
 * step with package.json): a feed names it in `$schema`, and editors validate and complete the file.
 */
export const FEED_SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/vitrine@0.1.0/feed.schema.json';

/** INSEE département code: 01–95 with 2A/2B, and 971–976 overseas. */
const departementCode = z.string().check(z.regex(/^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/));

/** Every bound is in limits.ts: lengths and magnitudes are checked before anything is summed or drawn. */
const text = z.string().check(z.maxLength(MAX_TEXT_LENGTH));
const label = z.string().check(z.maxLength(MAX_LABEL_LENGTH));
const nonEmpty = z.string().check(z.maxLength(MAX_LABEL_LENGTH), z.trim(), z.minLength(1));
/** A finite, non-negative number up to `max` (zod refuses NaN and ±Infinity as numbers). */
const bounded = (max: number) => z.number().check(z.nonnegative(), z.lte(max));
const amount = bounded(MAX_AMOUNT);
const etp = bounded(MAX_ETP);
const count = bounded(MAX_COUNT);
const year = z.int().check(z.gte(1900), z.lte(2100));
/** Links are only followed for these schemes: feed text is untrusted. */
const safeUrl = z.string().check(z.maxLength(MAX_URL_LENGTH), z.regex(/^(https?:\/\/|mailto:|tel:)/i));
/** A page of the web (an action's own page): http(s) only, no mailto/tel. */
const webUrl = z.string().check(z.maxLength(MAX_URL_LENGTH), z.regex(/^https?:\/\//i));
const array = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(MAX_LIST_LENGTH));
const list = <T extends z.core.SomeType>(item: T) => z._default(array(item), []);

export const communeSchema = z.object({
  name: nonEmpty,
  /** INSEE code (5 characters), used to place the structure on the map. */
  insee: z.optional(z.string().check(z.regex(/^(\d{5}|2[AB]\d{3})$/))),
  postcode: z.optional(z.string().check(z.regex(/^\d{5}$/))),
});

export const structureSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  kind: z.optional(z.enum(['centre-social', 'espace-de-vie-sociale', 'association', 'collectivite', 'autre'])),
  departement: z.optional(departementCode),
  commune: z.optional(communeSchema),
  address: z.optional(label),
  phones: z.optional(array(label)),
  email: z.optional(label),
  website: z.optional(safeUrl),
  openingHours: z.optional(array(label)),
  summary: z.optional(text),
});

export const statusSchema = z.object({
  state: z.enum(['en-cours', 'terminee', 'en-projet']),
  /** Why it ended (e.g. "fin de financement"). */
  reason: z.optional(text),
});

export const partnerSchema = z.object({
  name: nonEmpty,
  type: z.optional(z.enum(PARTNER_TYPES)),
});

export const revenueSchema = z.object({
  /** Funder as written (e.g. "Ville", "Conseil Départemental"). */
  label: nonEmpty,
  funderType: z.enum(FUNDER_TYPES),
  amount: z.optional(amount),
  approximate: z.optional(z.boolean()),
});

export const expenseSchema = z.object({
  label: nonEmpty,
  amount: z.optional(amount),
  approximate: z.optional(z.boolean()),
});

export const budgetSchema = z.object({
  /** Total cost of the action. */
  total: z.optional(amount),
  currency: z._default(z.literal('EUR'), 'EUR'),
  /** The total (or every figure) is an estimate ("env.", "environ"). */
  approximate: z.optional(z.boolean()),
  /** Figures announced before the action (forecast) or measured after it (actual). */
  basis: z.optional(z.enum(['forecast', 'actual'])),
  /** "annual" when the fiche gives a yearly budget. */
  period: z.optional(z.enum(['annual', 'one-off'])),
  revenues: list(revenueSchema),
  expenses: list(expenseSchema),
  /** The fiche's original free text, kept for audit. */
  text: z.optional(text),
});

export const personSchema = z.object({
  /** A role ("animatrice jeunesse", "référente famille"), never a person's name by default. */
  role: nonEmpty,
  kind: z.enum(PERSON_KINDS),
  count: z.optional(z.int().check(z.positive(), z.lte(MAX_COUNT))),
  etp: z.optional(etp),
  hoursPerWeek: z.optional(bounded(MAX_HOURS_PER_WEEK)),
  /** A first name, present only when the feed author chose to keep names. Never shown by default. */
  name: z.optional(label),
});

export const staffingSchema = z.object({
  etpSalaried: z.optional(etp),
  etpVolunteer: z.optional(etp),
  people: list(personSchema),
  text: z.optional(text),
});

export const figureSchema = z.object({
  label: nonEmpty,
  count: z.optional(count),
  /** The count is a lower bound or an estimate ("plus de 300", "une centaine"). */
  approximate: z.optional(z.boolean()),
  year: z.optional(year),
});

export const evaluationSchema = z.object({
  territory: z.optional(text),
  centre: z.optional(text),
  inhabitants: z.optional(text),
  successFactors: z.optional(text),
});

export const linkSchema = z.object({ label: nonEmpty, url: safeUrl });

export const contactSchema = z.object({
  phone: z.optional(label),
  email: z.optional(label),
  website: z.optional(safeUrl),
});

export const sourceSchema = z.object({
  format: z.optional(z.enum(['senacs', 'senacs-questions', 'apriles', 'page', 'manual', 'unknown'])),
  file: z.optional(label),
  url: z.optional(safeUrl),
  retrieved: z.optional(label),
});

export const actionSchema = z.object({
  /** Stable slug: a re-import updates the action instead of duplicating it. */
  id: z.string().check(z.maxLength(MAX_LABEL_LENGTH), z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  structureId: nonEmpty,
  title: nonEmpty,
  /** The centre's own page for the action (http or https): the card's "Page de l'action" link. */
  url: z.optional(webUrl),
  status: z.optional(statusSchema),
  year: z.optional(year),
  period: z.optional(z.object({ start: z.optional(label), end: z.optional(label) })),
  dimension: z.optional(label),
  keywords: list(nonEmpty),
  summary: z.optional(text),
  initiative: list(nonEmpty),
  rationale: z.optional(text),
  territory: z.optional(
    z.object({
      scale: z.optional(z.enum(['quartier', 'commune', 'plusieurs-communes', 'intercommunalite', 'departement', 'autre'])),
      places: list(nonEmpty),
    }),
  ),
  public: list(nonEmpty),
  partners: list(partnerSchema),
  description: z.optional(text),
  budget: z.optional(budgetSchema),
  staffing: z.optional(staffingSchema),
  beneficiaries: list(figureSchema),
  outcomes: list(figureSchema),
  evaluation: z.optional(evaluationSchema),
  limits: z.optional(text),
  perspectives: z.optional(text),
  files: list(linkSchema),
  contact: z.optional(contactSchema),
  source: z.optional(sourceSchema),
});

/** Where the feed as a whole comes from (an observatory, a federation). */
export const feedSourceSchema = z.object({ name: z.optional(label), url: z.optional(safeUrl) });

/** The document envelope; actions are validated one by one (see validate.ts). */
export const feedSchema = z.object({
  /** The JSON Schema the feed follows (FEED_SCHEMA_URL): lets editors check and complete the file. */
  $schema: z.optional(label),
  version: z.string().check(z.regex(/^1\.\d+$/)),
  title: z.optional(label),
  generated: z.optional(label),
  source: z.optional(feedSourceSchema),
  structures: list(structureSchema),
  actions: list(actionSchema),
});

export type Commune = z.infer<typeof communeSchema>;
export type Structure = z.infer<typeof structureSchema>;
export type ActionStatus = z.infer<typeof statusSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Revenue = z.infer<typeof revenueSchema>;
export type Expense = z.infer<typeof expenseSchema>;
export type Budget = z.infer<typeof budgetSchema>;
export type Person = z.infer<typeof personSchema>;
export type Staffing = z.infer<typeof staffingSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Evaluation = z.infer<typeof evaluationSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Feed = z.infer<typeof feedSchema>;
/** What a feed author writes: defaults (empty arrays, currency) may be left out. */
export type FeedInput = z.input<typeof feedSchema>;
export type ActionInput = z.input<typeof actionSchema>;

/**
 * The envelope alone: items are checked one at a time so that one malformed
 * action never hides the valid ones.
 */
export const feedEnvelopeSchema = z.object({
  $schema: feedSchema.shape.$schema,
  version: feedSchema.shape.version,
  title: feedSchema.shape.title,
  generated: feedSchema.shape.generated,
  source: feedSchema.shape.source,
  structures: z._default(z.array(z.unknown()), []),
  actions: z._default(z.array(z.unknown()), []),
});
export type FeedEnvelope = z.infer<typeof feedEnvelopeSchema>;

/** The envelope with its optional fields unchecked, for explaining one that failed: each is then read on its own. */
export const feedEnvelopeLenientSchema = z.object({
  ...feedEnvelopeSchema.shape,
  $schema: z.optional(z.unknown()),
  title: z.optional(z.unknown()),
  generated: z.optional(z.unknown()),
  source: z.optional(z.unknown()),
});

/**
 * The envelope's optional fields, each checked on its own: a wrong title or source URL
 * is dropped and reported, the feed still shows.
 */
export const feedMetaSchemas = {
  $schema: feedSchema.shape.$schema,
  title: feedSchema.shape.title,
  generated: feedSchema.shape.generated,
  source: feedSchema.shape.source,
} as const;
