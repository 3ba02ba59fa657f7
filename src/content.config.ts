import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { companySchema } from './lib/content/company-schema';
import { demoScriptSchema } from './lib/content/demo-script-schema';
import { exampleSchema } from './lib/content/example-schema';
import { guideFrontmatterSchema } from './lib/content/guide-schema';
import { handoutContentSchema } from './lib/handouts/schema';
import { agendaSchema, scenarioSchema } from './lib/content/workshop-schema';
import { resourceCatalogSchema } from './lib/resources/schema';

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

/** Slide-free demo scripts, one per agenda: `content/<lang>/workshop/demo-scripts/<agenda-id>.md`. */
const demoScripts = defineCollection({
  loader: glob({ base: './content', pattern: '*/workshop/demo-scripts/*.md' }),
  schema: demoScriptSchema,
});

/** Filled weak/strong examples, one per worksheet: `content/<lang>/examples/<kind>.md` → `/examples/#<kind>`. */
const examples = defineCollection({
  loader: glob({ base: './content', pattern: '*/examples/*.md' }),
  schema: exampleSchema,
});

/** Printable handouts: `content/<lang>/handouts/<id>.md` → `/handouts/<id>/` (front matter only). */
const handouts = defineCollection({
  loader: glob({ base: './content', pattern: '*/handouts/*.md' }),
  schema: handoutContentSchema,
});

// Company adaptation: YAML files HR edits without code, each one entry validated as a whole.
// The glob loader rather than `file()`: `file()` only logs a YAML syntax error and builds with
// an empty collection, while glob stops the build naming the file and the line.
/** `content/company.yaml`: the company's name per language (optional). */
const company = defineCollection({
  loader: glob({ base: './content', pattern: 'company.yaml' }),
  schema: companySchema,
});

/** `content/<lang>/resources.yaml`: the resource catalog the 5R action canvas suggests from. */
const resources = defineCollection({
  loader: glob({ base: './content', pattern: '*/resources.yaml' }),
  schema: resourceCatalogSchema,
});

export const collections = { guide, agendas, scenarios, demoScripts, examples, handouts, company, resources };
