import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideFrontmatterSchema } from './lib/content/guide-schema';
import { agendaSchema, scenarioSchema } from './lib/content/workshop-schema';

/**
 * Content in every language lives under `content/<lang>/…`; an entry id is
 * `<lang>/<collection path>/<name>`, and the file name is the page's address.
 */
const guide = defineCollection({
  loader: glob({ base: './content', pattern: '*/guide/*.md' }),
  schema: guideFrontmatterSchema,
});

/** Facilitator agendas: `content/<lang>/workshop/agendas/<id>.md` → `/workshop/agendas/<id>/`. */
const agendas = defineCollection({
  loader: glob({ base: './content', pattern: '*/workshop/agendas/*.md' }),
  schema: agendaSchema,
});

/** Role-play scenarios: `content/<lang>/workshop/scenarios/<id>.md` → `/workshop/scenarios/<id>/`. */
const scenarios = defineCollection({
  loader: glob({ base: './content', pattern: '*/workshop/scenarios/*.md' }),
  schema: scenarioSchema,
});

export const collections = { guide, agendas, scenarios };
