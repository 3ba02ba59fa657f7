import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideFrontmatterSchema } from './lib/content/guide-schema';

/**
 * Guide modules in every language: `content/<lang>/guide/<module>.md`. The entry id is
 * `<lang>/guide/<module>`; the file name is the module's address.
 */
const guide = defineCollection({
  loader: glob({ base: './content', pattern: '*/guide/*.md' }),
  schema: guideFrontmatterSchema,
});

export const collections = { guide };
