import { z } from '@hono/zod-openapi';
import type { PersonPage } from '../data/person-page.js';
import { packSectionSchema } from './document-schemas.js';

// The person page's response, field by field, so the OpenAPI document describes it. Dates
// are yyyy-mm-dd, times yyyy-mm-dd hh:mm:ss (UTC). Record text is as the force sent it.

const text = z.string().nullable();

const personRecord = z
  .object({
    force: z.string(),
    person_ref: z.string(),
    surname: text,
    forenames: text,
    date_of_birth: text,
    gender: text,
    ethnicity: text,
    nationality: text,
    occupation: text,
    pnc_id: text,
    extract_id: z.string(),
    source_file: z.string(),
    source_line: z.number().int(),
  })
  .openapi('PersonRecord');

const personLink = z
  .object({
    force: z.string(),
    person_ref: z.string(),
    detail: text.openapi({ description: 'The link type (phone, vehicle, associate...)' }),
    extra: text.openapi({ description: 'The linked object (a number, a plate, a record)' }),
    reason: text,
    on_date: text.openapi({ description: 'When the link was recorded' }),
  })
  .openapi('PersonLink');

const personAddress = z
  .object({
    force: z.string(),
    person_ref: z.string(),
    address: text,
    postcode: text,
    force_area: text,
    address_type: text,
    effective_from: z.string(),
    effective_to: text,
  })
  .openapi('PersonAddress');

const resolveEvidence = z
  .object({
    record_l: z.string(),
    record_r: z.string(),
    match_weight: z.number(),
    match_probability: z.number().min(0).max(1),
    decided: text,
    joined: z.boolean(),
  })
  .openapi('ResolveEvidence');

const personInvolvement = z
  .object({
    force: z.string(),
    occurrence_ref: z.string(),
    person_ref: z.string(),
    role: z.string(),
    age_at_event: z.number().int().nullable(),
    occurred_from: z.string(),
    ho_code: text,
    offence_description: text,
    crime_type: text,
    da_flag: z.boolean().nullable(),
    status: text,
    outcome: text,
    postcode_district: text,
  })
  .openapi('PersonInvolvement');

/** The person page: the pack's person page for the period, plus records, evidence and links. */
export const personPageSchema = z
  .object({
    personId: z.string(),
    scope: text.openapi({ description: 'The reader’s force when only its records are shown' }),
    forces: z.array(z.string()),
    period: z.object({ from: z.string(), to: z.string() }),
    viewedOn: z.string(),
    kind: z.enum(['suspect', 'victim']),
    section: packSectionSchema.openapi({
      description: 'The pack’s suspect (or victim) page, built by the same product code',
    }),
    records: z.array(personRecord),
    links: z.array(personLink),
    addresses: z.array(personAddress),
    evidence: z.array(resolveEvidence),
    occurrences: z.array(personInvolvement),
  })
  .openapi('PersonPage');

/**
 * Compile-time only: the schema describes what `readPersonPage` returns (the section is
 * checked against the document model by `sectionMatchesModel`).
 */
export const personPageMatchesSchema = (
  page: Omit<PersonPage, 'section'>,
): Omit<z.input<typeof personPageSchema>, 'section'> => page;
