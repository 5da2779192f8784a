import { z } from '@hono/zod-openapi';
import type { PackSection } from '../../products/document/pack-document.js';

// The pack document model (products/document/pack-document.ts) as zod schemas, so a route
// that returns a pack section describes its blocks in the OpenAPI document. The check at
// the end keeps the two in step: a required field added to the model and not here, or a
// field typed differently, fails the type check.

const valueKind = z.enum(['text', 'number', 'date']);

/** One cell's raw value: ISO text for dates, a number, text, or null (empty). */
export const cellValueSchema = z.union([z.string(), z.number(), z.null()]).openapi('CellValue');

const tableColumn = z.object({
  key: z.string(),
  label: z.string(),
  kind: valueKind,
  decimals: z.number().int().optional(),
  freeText: z.boolean().optional(),
});

/** A table: typed columns and rows keyed by column `key`. */
export const tableBlockSchema = z
  .object({
    kind: z.literal('table'),
    id: z.string(),
    title: z.string(),
    columns: z.array(tableColumn),
    rows: z.array(z.record(z.string(), cellValueSchema)),
    emptyText: z.string().optional(),
    displayLimit: z.object({ rows: z.number().int(), note: z.string() }).optional(),
  })
  .openapi('TableBlock');

/** A row of headline figures, each with a label, a typed value and an optional note. */
export const figuresBlockSchema = z
  .object({
    kind: z.literal('figures'),
    cards: z.array(
      z.object({
        label: z.string(),
        value: cellValueSchema,
        kind: valueKind,
        decimals: z.number().int().optional(),
        note: z.string().optional(),
      }),
    ),
  })
  .openapi('FiguresBlock');

/** A chart as data: categories (or a scatter's x values) and one value per category. */
export const chartBlockSchema = z
  .object({
    kind: z.literal('chart'),
    id: z.string(),
    title: z.string(),
    chart: z.enum(['bar', 'line', 'pie', 'scatter']),
    categories: z.array(z.string()),
    series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()) })),
    xLabel: z.string(),
    yLabel: z.string(),
    xKind: z.enum(['category', 'date']).optional(),
    horizontal: z.boolean().optional(),
    emptyText: z.string().optional(),
  })
  .openapi('ChartBlock');

/** A paragraph of explanation; `warning` notes are shown boxed. */
export const noteBlockSchema = z
  .object({
    kind: z.literal('note'),
    text: z.string(),
    tone: z.enum(['info', 'warning']).optional(),
  })
  .openapi('NoteBlock');

/** A sub-heading inside a section. */
export const headingBlockSchema = z
  .object({ kind: z.literal('heading'), text: z.string() })
  .openapi('HeadingBlock');

/** Anything a section may hold, told apart by `kind`. */
export const packBlockSchema = z
  .discriminatedUnion('kind', [
    tableBlockSchema,
    figuresBlockSchema,
    chartBlockSchema,
    noteBlockSchema,
    headingBlockSchema,
  ])
  .openapi('PackBlock');

/** A titled part of a pack (e.g. a suspect page) and its blocks, in reading order. */
export const packSectionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    blocks: z.array(packBlockSchema),
    newPage: z.boolean().optional(),
  })
  .openapi('PackSection');

/** Compile-time only: what the schema describes is a section of the pack document model. */
export const sectionMatchesModel = (section: z.output<typeof packSectionSchema>): PackSection =>
  section;
